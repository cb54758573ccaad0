import { BarChart } from '@mantine/charts';
import { Alert, Badge, Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { useFormats } from '../../format/useFormats.ts';
import { ActionsHeader, RowAction } from '../../components/RowAction.tsx';
import { YearSelect } from '../../components/YearSelect.tsx';
import { ChartFigure } from '../dashboard/ChartFigure.tsx';
import { StatCard } from '../dashboard/StatCard.tsx';
import { BudgetEntryModal } from './BudgetEntryModal.tsx';

type BookRow = Output<'club.budget.list'>['rows'][number];

/** The club's receipts and expenses book: the year's entries, its totals by category, every year's totals. */
export function BudgetPage() {
  const { t } = useTranslation();
  const { date, money } = useFormats();
  const canWrite = useCan('club', 'write');
  const [year, setYear] = useState(new Date().getFullYear());
  const [editing, setEditing] = useState<BookRow | 'new' | null>(null);
  const [removing, setRemoving] = useState<BookRow | null>(null);
  const book = useApiQuery('club.budget.list', { year });
  const remove = useApiMutation('club.budget.remove');
  const data = book.data;
  const signed = (row: { direction: string; amountCents: number }) => (row.direction === 'expense' ? `− ${money(row.amountCents)}` : money(row.amountCents));

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('club.budget.title')}</Title>
        <Group align="flex-end">
          <YearSelect value={year} onChange={(next) => setYear(next ?? year)} />
          {canWrite && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
              {t('club.budget.add')}
            </Button>
          )}
        </Group>
      </Group>
      <Text>{t('club.budget.intro')}</Text>
      {book.error && <Alert color="red">{book.error.message}</Alert>}
      {data && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <StatCard label={t('club.budget.totals.receipts')} value={money(data.totals.receiptsCents)} />
            <StatCard label={t('club.budget.totals.expenses')} value={money(data.totals.expensesCents)} />
            <StatCard label={t('club.budget.totals.balance')} value={money(data.totals.balanceCents)} />
          </SimpleGrid>

          <Title order={2} size="h3">
            {t('club.budget.byCategoryTitle', { year })}
          </Title>
          {data.byCategory.length === 0 ? (
            <Text>{t('club.budget.none')}</Text>
          ) : (
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('club.budget.fields.direction')}</Table.Th>
                  <Table.Th>{t('club.budget.fields.category')}</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>{t('club.budget.fields.amount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.byCategory.map((row) => (
                  <Table.Tr key={`${row.direction}-${row.category}`}>
                    <Table.Td>{t(`club.budget.directions.${row.direction}`)}</Table.Td>
                    <Table.Td>{t(`club.budgetCategories.${row.category}`)}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{money(row.cents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}

          <Title order={2} size="h3">
            {t('club.budget.entriesTitle', { year })}
          </Title>
          {data.rows.length === 0 ? (
            <Text>{t('club.budget.none')}</Text>
          ) : (
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('club.budget.fields.entryOn')}</Table.Th>
                  <Table.Th>{t('club.budget.fields.category')}</Table.Th>
                  <Table.Th>{t('club.budget.fields.label')}</Table.Th>
                  <Table.Th>{t('club.budget.fields.reference')}</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>{t('club.budget.fields.amount')}</Table.Th>
                  {canWrite && <ActionsHeader />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((row) => (
                  <Table.Tr key={`${row.source}-${row.id}`}>
                    <Table.Td>{date(row.entryOn)}</Table.Td>
                    <Table.Td>{t(`club.budgetCategories.${row.category}`)}</Table.Td>
                    <Table.Td>
                      {row.label}
                      {row.source === 'partner_fee' && (
                        <Badge ml={6} size="sm" color="gray.8" variant="outline">
                          {t('club.budget.automatic')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{row.reference || t('common.none')}</Table.Td>
                    <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{signed(row)}</Table.Td>
                    {canWrite && (
                      <Table.Td>
                        {row.source === 'entry' && (
                          <Group gap={4} wrap="nowrap">
                            <RowAction tooltip={t('common.edit')} label={t('club.budget.editOf', { label: row.label })} icon={IconPencil} onClick={() => setEditing(row)} />
                            <RowAction tooltip={t('club.budget.remove')} label={t('club.budget.removeOf', { label: row.label })} icon={IconTrash} tone="danger" onClick={() => setRemoving(row)} />
                          </Group>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}

          <ChartFigure
            title={t('club.budget.yearsTitle')}
            caption={t('club.budget.yearsCaption', { list: data.years.map((y) => `${y.year} : ${money(y.balanceCents)}`).join(' ; ') })}
            columns={[t('common.year'), t('club.budget.totals.receipts'), t('club.budget.totals.expenses')]}
            rows={data.years.map((y) => ({ key: y.year, label: String(y.year), value: money(y.receiptsCents), detail: money(y.expensesCents) }))}
            empty={t('club.budget.none')}
          >
            <BarChart
              h={220}
              data={[...data.years].reverse().map((y) => ({ year: String(y.year), receipts: y.receiptsCents / 100, expenses: y.expensesCents / 100 }))}
              dataKey="year"
              series={[
                { name: 'receipts', label: t('club.budget.totals.receipts'), color: 'teal.8' },
                { name: 'expenses', label: t('club.budget.totals.expenses'), color: 'red.8' },
              ]}
              unit=" €"
              withTooltip={false}
              withLegend
              accessibilityLayer={false}
            />
          </ChartFigure>
        </>
      )}
      {editing && <BudgetEntryModal entry={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      {removing && (
        <ConfirmModal
          title={t('club.budget.removeOf', { label: removing.label })}
          message={t('club.budget.removeHint')}
          confirmLabel={t('club.budget.remove')}
          busy={remove.isPending}
          onClose={() => setRemoving(null)}
          onConfirm={() =>
            remove.mutate(
              { id: removing.id },
              {
                onSuccess: () => {
                  notifySuccess(t('club.budget.removed'));
                  setRemoving(null);
                },
                onError: notifyError,
              },
            )
          }
        />
      )}
    </Stack>
  );
}
