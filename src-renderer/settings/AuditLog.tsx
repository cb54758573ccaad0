import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApiQuery } from '../api/hooks.ts';
import { notifyError } from '../app/notify.ts';
import { downloadText } from '../components/download.ts';
import { ListPagination } from '../components/ListPagination.tsx';
import { formatDateTime } from '../format/datetime.ts';

const PAGE_SIZE = 50;

export function AuditLog() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const log = useApiQuery('audit.list', { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const exportCsv = () => call('audit.export', {}).then(({ fileName, csv }) => downloadText(fileName, csv), notifyError);
  const total = log.data?.total ?? 0;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('audit.title')}
        </Title>
        <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={exportCsv}>
          {t('audit.export')}
        </Button>
      </Group>
      <Text size="sm">{t('audit.intro')}</Text>
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            {(['at', 'user', 'action', 'method', 'module', 'target'] as const).map((column) => (
              <Table.Th key={column}>{t(`audit.${column}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {log.data?.rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>{formatDateTime(row.at, i18n.language)}</Table.Td>
              <Table.Td>{row.userLogin}</Table.Td>
              <Table.Td>{row.action}</Table.Td>
              <Table.Td>{row.method}</Table.Td>
              <Table.Td>{t(`staff.modules.${row.module as 'residences'}`, { defaultValue: row.module })}</Table.Td>
              <Table.Td>{row.target ?? t('common.none')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {total === 0 && <Text>{t('audit.empty')}</Text>}
      <ListPagination total={total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
    </Stack>
  );
}
