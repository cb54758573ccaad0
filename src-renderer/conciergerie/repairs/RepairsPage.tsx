import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { REPAIR_FILTERS, type RepairFilter, type RepairTicket } from '../../../src-main/conciergerie/repairs/contract.ts';
import type { RepairStatus } from '../../../src-main/conciergerie/repairs/statuses.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { ListPagination } from '../../components/ListPagination.tsx';
import { formatDate, formatMoney } from '../../format/index.ts';
import { OpenTicketForm } from './OpenTicketForm.tsx';
import { TicketModal } from './TicketModal.tsx';

const PAGE_SIZE = 50;

const STATUS_COLORS: Record<RepairStatus, string> = { open: 'red.9', in_progress: 'indigo.9', done: 'teal.9', scrapped: 'gray.8' };

/** Repairs: open a ticket by scanning a copy, tickets still open first, then the history. */
export function RepairsPage() {
  const { t } = useTranslation();
  const canWrite = useCan('conciergerie', 'write');
  const [filter, setFilter] = useState<RepairFilter>('all');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<RepairTicket | null>(null);
  const list = useApiQuery('repairs.list', { filter, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const total = list.data?.total ?? 0;

  return (
    <Stack>
      <Title order={1}>{t('repairs.title')}</Title>
      {canWrite && <OpenTicketForm />}
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3">
          {t('repairs.tickets')}
        </Title>
        <Select
          label={t('repairs.filterLabel')}
          data={REPAIR_FILTERS.map((value) => ({ value, label: t(`repairs.filters.${value}`) }))}
          value={filter}
          onChange={(value) => {
            setFilter((value ?? 'all') as RepairFilter);
            setPage(1);
          }}
          allowDeselect={false}
          w={240}
        />
      </Group>
      <Text size="sm" c="gray.7" aria-live="polite">
        {list.isLoading ? t('common.loading') : t('repairs.count', { count: total })}
      </Text>
      {list.data && list.data.rows.length > 0 && (
        <Table withTableBorder striped aria-label={t('repairs.tickets')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('repairs.columns.number')}</Table.Th>
              <Table.Th>{t('repairs.columns.copy')}</Table.Th>
              <Table.Th>{t('repairs.fields.problem')}</Table.Th>
              <Table.Th>{t('repairs.fields.status')}</Table.Th>
              <Table.Th>{t('repairs.columns.dates')}</Table.Th>
              <Table.Th>{t('repairs.fields.cost')}</Table.Th>
              {canWrite && <Table.Th>{t('repairs.columns.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.rows.map((ticket) => (
              <Table.Tr key={ticket.id}>
                <Table.Td>{ticket.id}</Table.Td>
                <Table.Td>
                  <Text ff="monospace" fw={600} size="sm">
                    {ticket.barcode}
                  </Text>
                  <Anchor component={Link} href={`/catalogue/${ticket.itemId}`} size="sm">
                    {ticket.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{ticket.problem}</Text>
                  {ticket.repairer && (
                    <Text size="sm" c="gray.7">
                      {t('repairs.by', { repairer: ticket.repairer })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td miw={150}>
                  <Badge variant="filled" color={STATUS_COLORS[ticket.status]}>
                    {t(`repairs.statuses.${ticket.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t('repairs.openedOn', { date: formatDate(ticket.openedOn) })}</Text>
                  {ticket.closedOn && <Text size="sm">{t('repairs.closedOn', { date: formatDate(ticket.closedOn) })}</Text>}
                </Table.Td>
                <Table.Td>{ticket.costCents > 0 ? formatMoney(ticket.costCents) : t('common.none')}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setEditing(ticket)} aria-label={t('repairs.updateOne', { id: ticket.id, barcode: ticket.barcode })}>
                      {t('repairs.update')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {list.data && list.data.rows.length === 0 && <Text>{t('repairs.none')}</Text>}
      <ListPagination total={total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
      {editing && <TicketModal ticket={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
