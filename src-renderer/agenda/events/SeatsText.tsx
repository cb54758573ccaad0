import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaEvent } from '../../../src-main/agenda/events/schemas.ts';

/** "5 / 8 places · 2 en attente", or "5 inscrits" without a limit. */
export function SeatsText({ event }: { event: AgendaEvent }) {
  const { t } = useTranslation();
  const seats =
    event.capacity === null ? t('agenda.events.seatsUnlimited', { confirmed: event.confirmedSeats }) : t('agenda.events.seats', { confirmed: event.confirmedSeats, capacity: event.capacity });
  return (
    <Text size="sm" span>
      {seats}
      {event.waitingCount > 0 && ` · ${t('agenda.events.waiting', { count: event.waitingCount })}`}
    </Text>
  );
}
