import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LoanView } from '../../../src-main/conciergerie/loans/contract.ts';
import { formatDate, type Language } from '../../format/index.ts';

/** A loan's due date, in red with the days of lateness when it is overdue (colour and words, not colour alone). */
export function DueDate({ loan }: { loan: Pick<LoanView, 'dueOn' | 'overdue' | 'daysLate'> }) {
  const { t, i18n } = useTranslation();
  const date = formatDate(loan.dueOn, i18n.language as Language);
  if (!loan.overdue) return <Text span>{date}</Text>;
  return (
    <Group gap={6} wrap="nowrap">
      <Text span c="red.9" fw={700}>
        {date}
      </Text>
      <Badge variant="filled" color="red.9">
        {t('loans.lateBy', { count: loan.daysLate })}
      </Badge>
    </Group>
  );
}
