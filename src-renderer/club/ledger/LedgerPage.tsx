import { Alert, Anchor, Group, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useApiQuery } from '../../api/hooks.ts';
import { useFormats } from '../../format/useFormats.ts';
import { YearSelect } from '../../components/YearSelect.tsx';

interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
}

function SumTable<T>({ rows, columns, rowKey, empty }: { rows: T[]; columns: Column<T>[]; rowKey: (row: T) => string | number; empty: string }) {
  if (rows.length === 0) return <Text>{empty}</Text>;
  return (
    <Table striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column.header} style={column.numeric ? { textAlign: 'right' } : undefined}>
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={rowKey(row)}>
            {columns.map((column) => (
              <Table.Td key={column.header} style={column.numeric ? { textAlign: 'right' } : undefined}>
                {column.cell(row)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The savings ledger: every saving counted (signature, anniversary, use), summed by household, partner and residence. */
export function LedgerPage() {
  const { t } = useTranslation();
  const { date, money } = useFormats();
  const [year, setYear] = useState<number | null>(new Date().getFullYear());
  const ledger = useApiQuery('club.savings.ledger', { year });
  const data = ledger.data;
  const empty = t('club.ledger.empty');
  const saved = { header: t('club.dashboard.saved'), numeric: true };
  const outside = t('club.common.outsideStock');

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('club.ledger.title')}</Title>
        <YearSelect value={year} onChange={setYear} allYears />
      </Group>
      <Text>{t('club.ledger.intro')}</Text>
      {ledger.error && <Alert color="red">{ledger.error.message}</Alert>}
      {data && (
        <>
          <Paper withBorder p="md">
            <Text size="sm" c="gray.7">
              {year === null ? t('club.ledger.totalAll') : t('club.ledger.total', { year })}
            </Text>
            <Text fw={700} fz="xl" data-testid="ledger-total">
              {money(data.total.cents)}
            </Text>
            <Text size="sm" data-testid="ledger-households">
              {t('club.ledger.households', { count: data.total.households, entries: data.total.entries })}
            </Text>
          </Paper>
          <Tabs defaultValue="households" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="households">{t('club.ledger.tabs.households')}</Tabs.Tab>
              <Tabs.Tab value="partners">{t('club.ledger.tabs.partners')}</Tabs.Tab>
              <Tabs.Tab value="residences">{t('club.ledger.tabs.residences')}</Tabs.Tab>
              <Tabs.Tab value="entries">{t('club.ledger.tabs.entries')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="households" pt="md">
              <SumTable
                rows={data.byHousehold}
                rowKey={(row) => row.householdId}
                empty={empty}
                columns={[
                  {
                    header: t('club.contracts.fields.household'),
                    cell: (row) => (
                      <Anchor component={Link} href={`~/foyers/${row.householdId}`}>
                        {row.householdName}
                      </Anchor>
                    ),
                  },
                  { header: t('club.ledger.currentResidence'), cell: (row) => row.residenceName ?? outside },
                  { header: t('club.ledger.entries'), cell: (row) => row.entries, numeric: true },
                  { ...saved, cell: (row) => money(row.cents) },
                ]}
              />
            </Tabs.Panel>
            <Tabs.Panel value="partners" pt="md">
              <SumTable
                rows={data.byPartner}
                rowKey={(row) => row.partnerId}
                empty={empty}
                columns={[
                  {
                    header: t('club.common.partner'),
                    cell: (row) => (
                      <Anchor component={Link} href={`/partenaires/${row.partnerId}`}>
                        {row.partnerName}
                      </Anchor>
                    ),
                  },
                  { header: t('club.partners.fields.category'), cell: (row) => t(`club.categories.${row.category}`) },
                  { header: t('club.dashboard.householdsHelped'), cell: (row) => row.households, numeric: true },
                  { ...saved, cell: (row) => money(row.cents) },
                ]}
              />
            </Tabs.Panel>
            <Tabs.Panel value="residences" pt="md">
              <Text size="sm" mb="xs">
                {t('club.ledger.residenceHint')}
              </Text>
              <SumTable
                rows={data.byResidence}
                rowKey={(row) => row.residenceId ?? 0}
                empty={empty}
                columns={[
                  { header: t('club.common.residence'), cell: (row) => row.residenceName ?? outside },
                  { header: t('club.dashboard.householdsHelped'), cell: (row) => row.households, numeric: true },
                  { ...saved, cell: (row) => money(row.cents) },
                ]}
              />
            </Tabs.Panel>
            <Tabs.Panel value="entries" pt="md">
              <SumTable
                rows={data.entries}
                rowKey={(row) => `${row.contractId}-${row.on}`}
                empty={empty}
                columns={[
                  { header: t('club.ledger.on'), cell: (row) => date(row.on) },
                  { header: t('club.contracts.fields.household'), cell: (row) => row.householdName },
                  { header: t('club.contracts.fields.offer'), cell: (row) => `${row.offerTitle} — ${row.partnerName}` },
                  { header: t('club.common.residence'), cell: (row) => row.residenceName ?? outside },
                  { header: t('club.ledger.kind'), cell: (row) => t(`club.ledger.kinds.${row.kind}`) },
                  { ...saved, cell: (row) => money(row.amountCents) },
                ]}
              />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}
