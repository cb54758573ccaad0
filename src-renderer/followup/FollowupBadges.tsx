import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowupSummary } from '../../src-main/followup/contract.ts';
import { formatDate, type Language } from '../format/index.ts';

type Schedule = Pick<FollowupSummary, 'endedOn' | 'overdue' | 'overdueDays'>;

/** "En retard de 3 jours" (red), "À jour" (green) or "Clos le …" (grey). */
export function DueBadge({ summary }: { summary: Schedule }) {
  const { t, i18n } = useTranslation();
  if (summary.endedOn) {
    return (
      <Badge color="gray.8" variant="filled">
        {t('followup.ended', { date: formatDate(summary.endedOn, i18n.language as Language) })}
      </Badge>
    );
  }
  return summary.overdue ? (
    <Badge color="red.9" variant="filled">
      {t('followup.overdueDays', { count: summary.overdueDays })}
    </Badge>
  ) : (
    <Badge color="green.9" variant="filled">
      {t('followup.onTime')}
    </Badge>
  );
}

/** The last contact, and whether it reached the person. */
export function LastContact({ summary }: { summary: Pick<FollowupSummary, 'lastContactOn' | 'lastReachedOn'> }) {
  const { t, i18n } = useTranslation();
  if (!summary.lastContactOn) return <Text span>{t('followup.never')}</Text>;
  const reached = summary.lastContactOn === summary.lastReachedOn;
  return (
    <Text span>
      {formatDate(summary.lastContactOn, i18n.language as Language)}
      {!reached && ` ${t('followup.notReached')}`}
    </Text>
  );
}
