import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dayOf } from '../../../src-main/agenda/events/wall-time.ts';
import type { AgendaEvent } from '../../../src-main/agenda/events/schemas.ts';
import type { Language } from '../../format/index.ts';
import { longDay, monthTitle, monthWeeks } from './dates.ts';
import { EventChip } from './EventChip.tsx';

const SHOWN_PER_DAY = 3;

/** The month as a table of weeks starting on Monday; a busy day shows its first events and a link to its week. */
export function MonthGrid({ day, today, events, onShowWeek }: { day: string; today: string; events: AgendaEvent[]; onShowWeek: (day: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const month = day.slice(0, 7);
  const byDay = new Map<string, AgendaEvent[]>();
  for (const event of events) {
    const list = byDay.get(dayOf(event.startsAt));
    if (list) list.push(event);
    else byDay.set(dayOf(event.startsAt), [event]);
  }
  const weekdays = t('agenda.events.weekdaysShort', { returnObjects: true }) as string[];
  return (
    <Table withTableBorder withColumnBorders layout="fixed" verticalSpacing={4} horizontalSpacing={4}>
      <caption style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{monthTitle(day, language)}</caption>
      <Table.Thead>
        <Table.Tr>
          {weekdays.map((name) => (
            <Table.Th key={name} ta="center">
              {name}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {monthWeeks(day).map((week) => (
          <Table.Tr key={week[0]}>
            {week.map((date) => {
              const dayEvents = byDay.get(date) ?? [];
              const outside = !date.startsWith(month);
              return (
                <Table.Td key={date} valign="top" h={110} bg={date === today ? 'blue.0' : outside ? 'gray.0' : undefined}>
                  <Text size="sm" fw={date === today ? 700 : 500} c={outside ? 'gray.7' : undefined} aria-label={longDay(date, language)} mb={2}>
                    {Number(date.slice(8))}
                  </Text>
                  {dayEvents.slice(0, SHOWN_PER_DAY).map((event) => (
                    <EventChip key={event.id} event={event} />
                  ))}
                  {dayEvents.length > SHOWN_PER_DAY && (
                    <Anchor component="button" type="button" size="xs" onClick={() => onShowWeek(date)}>
                      {t('agenda.events.more', { count: dayEvents.length - SHOWN_PER_DAY })}
                    </Anchor>
                  )}
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
