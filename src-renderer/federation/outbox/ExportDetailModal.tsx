import { Code, Loader, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks.ts';
import { Fact } from '../../components/Fact.tsx';
import { useFormats } from '../../format/useFormats.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** One export: where it goes, its key, its files with their SHA-256 and every attempt, latest first. */
export function ExportDetailModal({ id, title, onClose }: { id: number; title: string; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormats();
  const detail = useApiQuery('federation.outbox.detail', { id });
  const data = detail.data;
  return (
    <Modal opened onClose={onClose} title={title} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {!data ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Fact label={t('federation.outbox.columns.status')}>
              <StatusBadge status={data.status} />
            </Fact>
            <Fact label={t('federation.outbox.detail.endpoint')}>{data.endpointUrl ?? t('federation.outbox.detail.none')}</Fact>
            <Fact label={t('federation.outbox.detail.key')}>
              <Code>{data.idempotencyKey}</Code>
            </Fact>
            <Fact label={t('federation.outbox.detail.schema')}>
              {data.schemaVersion} · {t('federation.outbox.detail.threshold')} : {data.threshold}
            </Fact>
          </SimpleGrid>

          <Title order={2} size="h4">
            {t('federation.outbox.detail.files')}
          </Title>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('federation.outbox.detail.file')}</Table.Th>
                <Table.Th ta="right">{t('federation.outbox.detail.size')}</Table.Th>
                <Table.Th>{t('federation.outbox.detail.sha256')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.files.map((file) => (
                <Table.Tr key={file.name}>
                  <Table.Td>{file.name}</Table.Td>
                  <Table.Td ta="right">{t('federation.outbox.detail.bytes', { count: file.bytes, formatted: format.number(file.bytes) })}</Table.Td>
                  <Table.Td>
                    <Code style={{ wordBreak: 'break-all' }}>{file.sha256}</Code>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>

          <Title order={2} size="h4">
            {t('federation.outbox.detail.history')}
          </Title>
          {data.history.length === 0 ? (
            <Text size="sm">{t('federation.outbox.detail.noAttempt')}</Text>
          ) : (
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('federation.outbox.detail.when')}</Table.Th>
                  <Table.Th>{t('federation.outbox.detail.outcome')}</Table.Th>
                  <Table.Th>{t('federation.outbox.detail.http')}</Table.Th>
                  <Table.Th>{t('federation.outbox.detail.message')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.history.map((attempt) => (
                  <Table.Tr key={attempt.id}>
                    <Table.Td>{format.dateTime(attempt.attemptedAt)}</Table.Td>
                    <Table.Td>{t(`federation.outbox.outcome.${attempt.outcome}`)}</Table.Td>
                    <Table.Td>{attempt.httpStatus ?? t('federation.outbox.detail.none')}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{attempt.message}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </Modal>
  );
}
