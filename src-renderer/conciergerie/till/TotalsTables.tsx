import { SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TillTotals } from '../../../src-main/conciergerie/till/contract.ts';
import { formatMoney, type Language } from '../../format/index.ts';

/** Takings by payment method and by purpose, side by side, each with its count. */
export function TotalsTables({ totals, caption }: { totals: TillTotals; caption: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const table = (title: string, rows: { key: string; label: string; count: number; amountCents: number }[]) => (
    <Table withTableBorder striped>
      <Table.Caption>{`${title} — ${caption}`}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{title}</Table.Th>
          <Table.Th ta="right">{t('till.count')}</Table.Th>
          <Table.Th ta="right">{t('till.amount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Td>{row.label}</Table.Td>
            <Table.Td ta="right">{row.count}</Table.Td>
            <Table.Td ta="right">{formatMoney(row.amountCents, language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <>
      <Text>
        {t('till.totalLine', { count: totals.count, total: formatMoney(totals.totalCents, language) })}
        {totals.refundsCents !== 0 && ` ${t('till.refundsIncluded', { amount: formatMoney(totals.refundsCents, language) })}`}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {table(
          t('till.byMethod'),
          totals.byMethod.map((m) => ({ key: m.method, label: t(`till.methods.${m.method}`), count: m.count, amountCents: m.amountCents })),
        )}
        {totals.byPurpose.length > 0 ? (
          table(
            t('till.byPurpose'),
            totals.byPurpose.map((p) => ({ key: p.purpose, label: t(`till.purposes.${p.purpose}`), count: p.count, amountCents: p.amountCents })),
          )
        ) : (
          <Text c="gray.7">{t('till.noPayments')}</Text>
        )}
      </SimpleGrid>
    </>
  );
}
