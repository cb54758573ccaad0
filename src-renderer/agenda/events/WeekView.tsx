import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dayOf } from '../../../src-main/agenda/events/wall-time.ts';
import type { AgendaEvent } from '../../../src-main/agenda/events/schemas.ts';
import type { Language } from '../../format/index.ts';
import { longDay, weekDays } from './dates.ts';
import { EventChip } from './EventChip.tsx';

/** Seven columns, Monday to Sunday, each with its events in time order (an event over several days shows each day). */
export function WeekView({ day, today, events }: { day: string; today: string; events: AgendaEvent[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <SimpleGrid cols={{ base: 1, sm: 4, lg: 7 }} spacing="xs">
      {weekDays(day).map((date) => {
        const dayEvents = events.filter((event) => dayOf(event.startsAt) <= date && dayOf(event.endsAt) >= date);
        return (
          <Paper key={date} withBorder p="xs" bg={date === today ? 'blue.0' : undefined} mih={160}>
            <Stack gap={4}>
              <Title order={3} size="h6" tt="capitalize">
                {longDay(date, language).replace(/ \d{4}$/, '')}
              </Title>
              {dayEvents.length === 0 && (
                <Text size="xs" c="gray.7">
                  {t('agenda.events.noEvent')}
                </Text>
              )}
              {dayEvents.map((event) => (
                <EventChip key={event.id} event={event} showPlace />
              ))}
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
