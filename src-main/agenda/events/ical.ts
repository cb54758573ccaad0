import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus } from 'ical-generator';
import { euros } from '../../shared/money.ts';
import { CATEGORY_LABELS } from './fields.ts';
import type { AgendaEvent } from './schemas.ts';

const OFFICE_TIME_ZONE = 'Europe/Paris';

/** The practical line of an event: price and how to come. */
export function accessText(event: AgendaEvent): string {
  const price = event.priceCents > 0 ? `Participation : ${euros(event.priceCents)}` : 'Gratuit';
  if (event.capacity === null) return `${price} · entrée libre`;
  const left = event.capacity - event.confirmedSeats;
  return `${price} · sur inscription, ${event.capacity} places${left <= 0 ? ' (complet, liste d’attente)' : left < event.capacity ? ` (${left} encore libres)` : ''}`;
}

function description(event: AgendaEvent): string {
  return [
    event.description,
    event.status === 'cancelled' && event.cancelReason ? `Annulé : ${event.cancelReason}` : '',
    accessText(event),
    event.organiser ? `Organisation : ${event.organiser}` : '',
    event.partners ? `Partenaires : ${event.partners}` : '',
    event.residences.length > 0 ? `Pour : ${event.residences.map((r) => r.name).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * An iCalendar file (RFC 5545): one VEVENT per event or session, its times in the office's wall-clock time with
 * TZID=Europe/Paris and the VTIMEZONE that defines it, so that any calendar places a Wednesday 14:00 session at
 * 13:00 UTC in winter and 12:00 UTC in summer. Cancelled sessions stay, with STATUS:CANCELLED, so that subscribed
 * calendars drop them.
 */
export function calendarFile(name: string, events: AgendaEvent[], now: Date): string {
  const calendar = ical({
    name,
    prodId: { company: 'Voisinage', product: 'Agenda', language: 'FR' },
    // No calendar-wide zone (DTSTAMP must stay in UTC): each event carries its TZID, and the generator adds its VTIMEZONE.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      // Wall-clock strings without offset: ical-generator writes them as they are, beside TZID=Europe/Paris.
      start: `${event.startsAt}:00`,
      end: `${event.endsAt}:00`,
      timezone: OFFICE_TIME_ZONE,
      summary: event.title,
      location: event.place,
      description: description(event),
      categories: [{ name: CATEGORY_LABELS[event.category] }],
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      stamp: now,
    });
  }
  return calendar.toString();
}
