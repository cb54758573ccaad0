import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconInfoCircle, IconRefresh, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportSummary } from '../../../src-main/federation/outbox/contract.ts';
import { call } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { ActionsHeader, RowAction } from '../../components/RowAction.tsx';
import { downloadBase64 } from '../../components/download.ts';
import { useFormats } from '../../format/useFormats.ts';
import { ExportDetailModal } from './ExportDetailModal.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/** /federation/envois: every export saved or sent, the outbox of those waiting, their attempts. */
export function OutboxPage() {
  const { t } = useTranslation();
  const { date, dateTime } = useFormats();
  const canWrite = useCan('federation', 'write');
  const list = useApiQuery('federation.outbox.list', {});
  const cancel = useApiMutation('federation.outbox.cancel');
  const retry = useApiMutation('federation.outbox.retryNow');
  const [showing, setShowing] = useState<ExportSummary | null>(null);
  const [cancelling, setCancelling] = useState<ExportSummary | null>(null);
  const period = (row: ExportSummary) => ({ from: date(row.from), to: date(row.to) });

  const onRetry = () =>
    retry.mutateAsync({}).then((result) => notifySuccess(t('federation.outbox.retried', result)), notifyError);
  const onDownload = (row: ExportSummary) =>
    call('federation.outbox.download', { id: row.id }).then((file) => {
      downloadBase64(file.fileName, file.base64, 'application/zip');
      notifySuccess(t('federation.outbox.downloaded', { fileName: file.fileName }));
    }, notifyError);
  const onCancel = (row: ExportSummary) =>
    cancel.mutateAsync({ id: row.id }).then(() => {
      notifySuccess(t('federation.outbox.cancelled'));
      setCancelling(null);
    }, notifyError);

  const rows = list.data?.rows ?? [];
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('federation.outbox.title')}</Title>
        {canWrite && (
          <Button leftSection={<IconRefresh size={16} aria-hidden />} loading={retry.isPending} disabled={(list.data?.waiting ?? 0) === 0} onClick={onRetry}>
            {t('federation.outbox.retryNow')}
          </Button>
        )}
      </Group>
      <Text>{t('federation.outbox.intro')}</Text>
      <Text size="sm">{t('federation.outbox.refusedHelp')}</Text>
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      {list.data && list.data.waiting > 0 && (
        <Alert color="yellow" variant="light">
          {t('federation.outbox.waiting', { count: list.data.waiting })}
        </Alert>
      )}
      {list.data && rows.length === 0 ? (
        <Text>{t('federation.outbox.empty')}</Text>
      ) : (
        <Table striped withTableBorder>
          <Table.Caption>{t('federation.outbox.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('federation.outbox.columns.period')}</Table.Th>
              <Table.Th>{t('federation.outbox.columns.created')}</Table.Th>
              <Table.Th>{t('federation.outbox.columns.status')}</Table.Th>
              <Table.Th ta="right">{t('federation.outbox.columns.attempts')}</Table.Th>
              <Table.Th>{t('federation.outbox.columns.lastError')}</Table.Th>
              <Table.Th>{t('federation.outbox.columns.sentAt')}</Table.Th>
              <ActionsHeader />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>{t('federation.outbox.periodValue', period(row))}</Table.Td>
                <Table.Td>
                  {dateTime(row.createdAt)}
                  {row.createdBy && (
                    <Text size="xs" c="gray.8">
                      {t('federation.outbox.createdBy', { name: row.createdBy })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={row.status} />
                  {row.status === 'queued' && row.nextAttemptAt && (
                    <Text size="xs" c="gray.8">
                      {t('federation.outbox.nextAttempt', { when: dateTime(row.nextAttemptAt) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{row.attempts}</Table.Td>
                <Table.Td>
                  <Text size="sm">{row.lastError}</Text>
                </Table.Td>
                <Table.Td>{row.sentAt ? dateTime(row.sentAt) : ''}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <RowAction tooltip={t('federation.outbox.details')} label={t('federation.outbox.detailsOf', period(row))} icon={IconInfoCircle} tone="main" onClick={() => setShowing(row)} />
                    <RowAction tooltip={t('federation.outbox.download')} label={t('federation.outbox.downloadOf', period(row))} icon={IconDownload} onClick={() => void onDownload(row)} />
                    {canWrite && row.status === 'queued' && (
                      <RowAction tooltip={t('federation.outbox.cancel')} label={t('federation.outbox.cancelOf', period(row))} icon={IconX} tone="danger" onClick={() => setCancelling(row)} />
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {showing && <ExportDetailModal id={showing.id} title={t('federation.outbox.detailsOf', period(showing))} onClose={() => setShowing(null)} />}
      {cancelling && (
        <ConfirmModal
          title={t('federation.outbox.cancelOf', period(cancelling))}
          message={t('federation.outbox.cancelConfirm')}
          confirmLabel={t('federation.outbox.cancel')}
          busy={cancel.isPending}
          onConfirm={() => void onCancel(cancelling)}
          onClose={() => setCancelling(null)}
        />
      )}
    </Stack>
  );
}
