import type { SyncDb } from '../../../db/query.ts';
import type { Clock } from '../../core/clock.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { frenchDate } from '../../shared/days.ts';

/* The event a registration is for, as this part reads it (the events part owns the table and its screens). */

export interface AgendaEvent {
  id: number;
  title: string;
  seriesId: number | null;
  startsAt: string;
  endsAt: string;
  audience: 'all' | 'members' | 'residences';
  /** null: no limit. */
  capacity: number | null;
  priceCents: number;
  status: 'planned' | 'cancelled';
  /** The room's name, or the place typed for an outing. */
  place: string;
}

export function eventQuery(db: SyncDb) {
  return db.q
    .selectFrom('agenda_event')
    .leftJoin('agenda_room', 'agenda_room.id', 'agenda_event.room_id')
    .select([
      'agenda_event.id',
      'agenda_event.title',
      'agenda_event.series_id',
      'agenda_event.starts_at',
      'agenda_event.ends_at',
      'agenda_event.audience',
      'agenda_event.capacity',
      'agenda_event.price_cents',
      'agenda_event.status',
      'agenda_event.place_label',
      'agenda_room.name as room_name',
    ]);
}

type EventRow = NonNullable<ReturnType<typeof firstEvent>>;
const firstEvent = (db: SyncDb, id: number) => db.get(eventQuery(db).where('agenda_event.id', '=', id));

export function toAgendaEvent(row: EventRow): AgendaEvent {
  return {
    id: row.id,
    title: row.title,
    seriesId: row.series_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    audience: row.audience as AgendaEvent['audience'],
    capacity: row.capacity,
    priceCents: row.price_cents,
    status: row.status as AgendaEvent['status'],
    place: row.room_name ?? row.place_label,
  };
}

export function getEvent(db: SyncDb, id: number): AgendaEvent {
  const row = firstEvent(db, id);
  if (!row) throw notFound('Événement');
  return toAgendaEvent(row);
}

/** A cancelled event takes no registration, check-in or promotion. */
export function assertPlanned(event: AgendaEvent): void {
  if (event.status === 'cancelled') {
    throw new AppError('CONFLICT', `« ${event.title} » du ${eventDay(event)} est annulé : il ne prend plus d’inscriptions ni de pointage.`);
  }
}

/**
 * The office's wall-clock time now, as events store it ('AAAA-MM-JJTHH:MM', no offset): events are compared with it
 * to tell upcoming from past.
 */
export function wallClockNow(clock: Clock): string {
  const now = clock.now();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** "12/03/2026 à 14:00": how messages and receipts name an occurrence. */
export const eventDay = (event: Pick<AgendaEvent, 'startsAt'>) => `${frenchDate(event.startsAt.slice(0, 10))} à ${event.startsAt.slice(11, 16)}`;
