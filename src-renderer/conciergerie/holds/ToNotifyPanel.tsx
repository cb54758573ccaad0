import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { formatDate, type Language } from '../../format/index.ts';
import { formatPhone } from '../../../src-main/shared/phone.ts';

/** Copies put aside whose member has not been told yet: who to call, and "told" once done. */
export function ToNotifyPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const canWrite = useCan('conciergerie', 'write');
  const list = useApiQuery('holds.toNotify', {});
  const told = useApiMutation('holds.markNotified');
  const markTold = async (id: number) => {
    try {
      notifySuccess((await told.mutateAsync({ id })).message);
    } catch (error) {
      notifyError(error);
    }
  };
  const rows = list.data?.rows ?? [];
  if (list.data && rows.length === 0) return <Text>{t('holds.notify.none')}</Text>;
  return (
    <Table striped withTableBorder>
      <Table.Caption>{t('holds.notify.caption', { count: rows.length })}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('holds.columns.member')}</Table.Th>
          <Table.Th>{t('holds.columns.contact')}</Table.Th>
          <Table.Th>{t('holds.columns.item')}</Table.Th>
          <Table.Th>{t('holds.columns.readyOn')}</Table.Th>
          <Table.Th>{t('holds.columns.collectBy')}</Table.Th>
          {canWrite && <Table.Th>{t('holds.columns.actions')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((hold) => (
          <Table.Tr key={hold.id}>
            <Table.Td>
              {hold.memberNumber} — {hold.memberName}
              {hold.note && <Text size="sm">{hold.note}</Text>}
            </Table.Td>
            <Table.Td>{[formatPhone(hold.phone), hold.email].filter(Boolean).join(' · ') || t('holds.notify.noContact')}</Table.Td>
            <Table.Td>
              {hold.title} ({hold.copyBarcode})
            </Table.Td>
            <Table.Td>{formatDate(hold.readyOn, language)}</Table.Td>
            <Table.Td>{formatDate(hold.collectBy, language)}</Table.Td>
            {canWrite && (
              <Table.Td>
                <Button size="compact-sm" variant="default" onClick={() => void markTold(hold.id)} aria-label={t('holds.notify.markFor', { number: hold.memberNumber, title: hold.title })}>
                  {t('holds.notify.mark')}
                </Button>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
