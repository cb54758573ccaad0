import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../api/client.ts';

export type Summary = Output<'agenda.registrations.summary'>;

/** Seats taken and left, the waiting line, and who came: the figures of one event, in words and colours. */
export function SummaryBadges({ summary, attendance = true }: { summary: Summary; attendance?: boolean }) {
  const { t } = useTranslation();
  const k = 'agenda.registrations.counts';
  const full = summary.freeSeats === 0;
  return (
    <Group gap="xs">
      <Badge variant="outline" color="gray.9" size="lg">
        {summary.capacity === null ? t(`${k}.seatsNoLimit`, { taken: summary.confirmedSeats }) : t(`${k}.seats`, { taken: summary.confirmedSeats, capacity: summary.capacity })}
      </Badge>
      {summary.freeSeats !== null && (
        <Badge variant="filled" color={full ? 'red.9' : 'teal.9'} size="lg">
          {full ? t(`${k}.full`) : t(`${k}.free`, { count: summary.freeSeats })}
        </Badge>
      )}
      {summary.waitingRegistrations > 0 && (
        <Badge variant="filled" color="violet.9" size="lg">
          {t(`${k}.waiting`, { count: summary.waitingRegistrations })}
        </Badge>
      )}
      {attendance && (
        <>
          <Badge variant="filled" color="blue.9" size="lg">
            {t(`${k}.participants`, { count: summary.attendedParticipants })}
          </Badge>
          <Badge variant="outline" color="blue.9" size="lg">
            {t(`${k}.households`, { count: summary.attendedHouseholds })}
          </Badge>
        </>
      )}
    </Group>
  );
}
