import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LoanView } from '../../../src-main/conciergerie/loans/contract.ts';
import { formatDate, formatMoney, type Language } from '../../format/index.ts';
import { DueDate } from './DueDate.tsx';

interface Props {
  rows: LoanView[];
  /** History: the return's date, condition and fee instead of the renewals. */
  returned?: boolean;
  onRenew?: (loan: LoanView) => void;
  caption: string;
}

/** Loans, one per row: the copy, the member, the dates; out ones with their lateness, back ones with their return. */
export function LoanTable({ rows, returned = false, onRenew, caption }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <Table striped withTableBorder>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('loans.columns.item')}</Table.Th>
          <Table.Th>{t('loans.columns.member')}</Table.Th>
          <Table.Th>{t('loans.columns.lentOn')}</Table.Th>
          <Table.Th>{t('loans.columns.dueOn')}</Table.Th>
          {returned ? (
            <>
              <Table.Th>{t('loans.columns.returnedOn')}</Table.Th>
              <Table.Th>{t('loans.columns.condition')}</Table.Th>
            </>
          ) : (
            <Table.Th>{t('loans.columns.renewals')}</Table.Th>
          )}
          <Table.Th>{t('loans.columns.fee')}</Table.Th>
          {onRenew && <Table.Th>{t('loans.columns.actions')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((loan) => (
          <Table.Tr key={loan.id}>
            <Table.Td>
              <Text span fw={600}>
                {loan.title}
              </Text>{' '}
              <Text span>({loan.barcode})</Text>
              {loan.backdated && <Text size="sm">{t('loans.backdated')}</Text>}
            </Table.Td>
            <Table.Td>
              {loan.memberNumber} — {loan.memberName}
            </Table.Td>
            <Table.Td>{formatDate(loan.lentOn, language)}</Table.Td>
            <Table.Td>{returned ? formatDate(loan.dueOn, language) : <DueDate loan={loan} />}</Table.Td>
            {returned ? (
              <>
                <Table.Td>
                  {formatDate(loan.returnedOn, language)}
                  {loan.daysLate > 0 && <Text size="sm">{t('loans.lateBy', { count: loan.daysLate })}</Text>}
                </Table.Td>
                <Table.Td>
                  {loan.conditionIn ? t(`counter.conditions.${loan.conditionIn}`) : t('common.none')}
                  {loan.returnNote && <Text size="sm">{loan.returnNote}</Text>}
                </Table.Td>
              </>
            ) : (
              <Table.Td>{loan.renewals}</Table.Td>
            )}
            <Table.Td>{loan.lateFeeCents > 0 ? formatMoney(loan.lateFeeCents, language) : t('common.none')}</Table.Td>
            {onRenew && (
              <Table.Td>
                <Button size="compact-sm" variant="default" onClick={() => onRenew(loan)} aria-label={t('loans.renewItem', { title: loan.title, number: loan.memberNumber })}>
                  {t('loans.renew')}
                </Button>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
