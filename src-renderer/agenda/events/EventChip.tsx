import { Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AgendaEvent } from '../../../src-main/agenda/events/schemas.ts';
import type { Language } from '../../format/index.ts';
import { CATEGORY_COLORS } from './categories.ts';
import { eventWhen, timeSpan } from './dates.ts';

/** One event in the month or week view: a link whose accessible name says what, when, and if it is cancelled. */
export function EventChip({ event, showPlace = false }: { event: AgendaEvent; showPlace?: boolean }) {
  const { t, i18n } = useTranslation();
  const cancelled = event.status === 'cancelled';
  const when = eventWhen(event, i18n.language as Language);
  const color = CATEGORY_COLORS[event.category];
  return (
    <UnstyledButton
      component={Link}
      href={`/evenements/${event.id}`}
      aria-label={t(cancelled ? 'agenda.events.eventLabelCancelled' : 'agenda.events.eventLabel', { title: event.title, when })}
      title={`${event.title} — ${when}${event.place ? ` — ${event.place}` : ''}`}
      display="block"
      w="100%"
      px={6}
      py={2}
      mb={4}
      style={{
        borderLeft: `4px solid var(--mantine-color-${color}-7)`,
        background: `var(--mantine-color-${color}-0)`,
        borderRadius: 4,
        textDecoration: cancelled ? 'line-through' : undefined,
      }}
    >
      <Text size="xs" fw={700} span>
        {timeSpan(event)}
      </Text>{' '}
      <Text size="xs" span lineClamp={showPlace ? undefined : 2}>
        {event.title}
      </Text>
      {showPlace && event.place && (
        <Text size="xs" c="gray.7">
          {event.place}
        </Text>
      )}
    </UnstyledButton>
  );
}
