import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HoldView } from '../../../src-main/conciergerie/holds/contract.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { formatDate, type Language } from '../../format/index.ts';
import { HoldStatusBadge } from './HoldStatusBadge.tsx';

/** The waiting list of every record someone waits for: copies put aside first, then members by position. */
export function WaitingListsPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const canWrite = useCan('conciergerie', 'write');
  const lists = useApiQuery('holds.waitingLists', { itemId: null });
  const cancel = useApiMutation('holds.cancel');
  const leave = async (hold: HoldView) => {
    try {
      notifySuccess((await cancel.mutateAsync({ id: hold.id })).message);
    } catch (error) {
      notifyError(error);
    }
  };
  if (lists.data && lists.data.lists.length === 0) return <Text>{t('holds.lists.none')}</Text>;
  return (
    <Stack>
      {lists.data?.lists.map((list) => (
        <Paper key={list.itemId} component="section" withBorder p="md" aria-labelledby={`holds-list-${list.itemId}`}>
          <Title order={2} size="h4" id={`holds-list-${list.itemId}`}>
            {list.title}
          </Title>
          <Text mb="xs">
            {t('holds.lists.copies', { available: list.available, count: list.copies })}
            {list.nextDueOn ? ` · ${t('holds.lists.nextDue', { date: formatDate(list.nextDueOn, language) })}` : ''}
          </Text>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('holds.columns.position')}</Table.Th>
                <Table.Th>{t('holds.columns.member')}</Table.Th>
                <Table.Th>{t('holds.columns.since')}</Table.Th>
                <Table.Th>{t('holds.columns.status')}</Table.Th>
                {canWrite && <Table.Th>{t('holds.columns.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.entries.map((hold) => (
                <Table.Tr key={hold.id}>
                  <Table.Td>{hold.position ?? t('common.none')}</Table.Td>
                  <Table.Td>
                    {hold.memberNumber} — {hold.memberName}
                  </Table.Td>
                  <Table.Td>{formatDate(hold.createdAt, language)}</Table.Td>
                  <Table.Td>
                    <HoldStatusBadge status={hold.status} />{' '}
                    {hold.status === 'ready' && t('holds.lists.setAside', { barcode: hold.copyBarcode, date: formatDate(hold.collectBy, language) })}
                    {hold.lapsed && t('holds.lists.lapsed', { barcode: hold.copyBarcode })}
                  </Table.Td>
                  {canWrite && (
                    <Table.Td>
                      {!hold.lapsed && (
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => void leave(hold)}
                          aria-label={t('holds.lists.leaveFor', { number: hold.memberNumber, title: hold.title })}
                        >
                          {t('holds.lists.leave')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ))}
    </Stack>
  );
}
