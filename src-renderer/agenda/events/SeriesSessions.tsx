import { Anchor, Group, List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Series } from '../../../src-main/agenda/events/schemas.ts';
import { formatDate, type Language } from '../../format/index.ts';
import { eventWhen } from './dates.ts';

/** The series' rule in words and its sessions, each a link (cancelled ones struck through). */
export function SeriesSessions({ series, currentId }: { series: Series; currentId: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const weekday = (t('agenda.events.weekdays', { returnObjects: true }) as string[])[series.weekday - 1] ?? '';
  const week = series.monthWeek === null ? '' : t(`agenda.events.form.monthWeeks.${String(series.monthWeek) as '1'}`).toLowerCase();
  const rule =
    series.frequency === 'weekly'
      ? t(series.interval === 1 ? 'agenda.events.page.seriesRule.weekly' : 'agenda.events.page.seriesRule.weeklyN', { weekday, n: series.interval })
      : t(series.interval === 1 ? 'agenda.events.page.seriesRule.monthly' : 'agenda.events.page.seriesRule.monthlyN', { weekday, week, n: series.interval });
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4">
        {t('agenda.events.page.seriesTitle')}
      </Title>
      <Text size="sm" mb="xs">
        {rule}, {t('agenda.events.page.seriesRule.span', { from: formatDate(series.startsOn, language), to: formatDate(series.untilOn, language) })}
      </Text>
      <List size="sm" spacing={2}>
        {series.occurrences.map((session) => (
          <List.Item key={session.id}>
            <Group gap="xs">
              {session.id === currentId ? (
                <Text size="sm" fw={700} aria-current="page">
                  {eventWhen(session, language)}
                </Text>
              ) : (
                <Anchor component={Link} href={`/evenements/${session.id}`} size="sm" td={session.status === 'cancelled' ? 'line-through' : undefined}>
                  {eventWhen(session, language)}
                </Anchor>
              )}
              {session.status === 'cancelled' && (
                <Text size="xs" c="red.9">
                  {t('agenda.events.cancelledBadge')}
                </Text>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
