import { sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import type { RegistrationSummary } from './contract.ts';

/*
 * The one place that counts an event's registrations, for its page, the calendar, the events' figures and the
 * checks on seats: seats taken, the waiting line, and who came: participants (the seats of attended registrations: a
 * household checked in counts its people) and distinct households (guests have none, so they count as participants
 * only).
 */

const CHUNK = 500;

export function summaries(db: SyncDb, eventIds: readonly number[]): RegistrationSummary[] {
  const unique = [...new Set(eventIds)];
  const byEvent = new Map<number, RegistrationSummary>();
  for (let start = 0; start < unique.length; start += CHUNK) {
    const rows = db.all(
      db.q
        .selectFrom('agenda_event as e')
        .leftJoin('agenda_registration as r', 'r.event_id', 'e.id')
        .select([
          'e.id',
          'e.capacity',
          sql<number>`count(CASE WHEN r.status = 'confirmed' THEN 1 END)`.as('confirmed'),
          sql<number>`coalesce(sum(CASE WHEN r.status = 'confirmed' THEN r.seats END), 0)`.as('confirmed_seats'),
          sql<number>`count(CASE WHEN r.status = 'waiting' THEN 1 END)`.as('waiting'),
          sql<number>`coalesce(sum(CASE WHEN r.status = 'waiting' THEN r.seats END), 0)`.as('waiting_seats'),
          sql<number>`coalesce(sum(CASE WHEN r.status = 'confirmed' AND r.attended_at IS NOT NULL THEN r.seats END), 0)`.as('participants'),
          sql<number>`count(DISTINCT CASE WHEN r.status = 'confirmed' AND r.attended_at IS NOT NULL THEN r.household_id END)`.as('households'),
        ])
        .where('e.id', 'in', unique.slice(start, start + CHUNK))
        .groupBy('e.id'),
    );
    for (const row of rows) {
      byEvent.set(row.id, {
        eventId: row.id,
        capacity: row.capacity,
        confirmedRegistrations: row.confirmed,
        confirmedSeats: row.confirmed_seats,
        freeSeats: row.capacity === null ? null : Math.max(0, row.capacity - row.confirmed_seats),
        waitingRegistrations: row.waiting,
        waitingSeats: row.waiting_seats,
        attendedParticipants: row.participants,
        attendedHouseholds: row.households,
      });
    }
  }
  return eventIds.flatMap((id) => {
    const summary = byEvent.get(id);
    return summary ? [summary] : [];
  });
}

/** The seats taken on several events at once, by event (unknown ids are left out). */
export const confirmedSeatsByEvent = (db: SyncDb, eventIds: readonly number[]): Map<number, number> =>
  new Map(summaries(db, eventIds).map((summary) => [summary.eventId, summary.confirmedSeats]));

/**
 * Those of `eventIds` that have registrations of any status, cancelled ones included: such an event is never
 * deleted (cancelled instead), for their history.
 */
export function eventsWithRegistrations(db: SyncDb, eventIds: readonly number[]): Set<number> {
  const found = new Set<number>();
  for (let start = 0; start < eventIds.length; start += CHUNK) {
    const rows = db.all(db.q.selectFrom('agenda_registration').select('event_id').distinct().where('event_id', 'in', eventIds.slice(start, start + CHUNK)));
    for (const row of rows) found.add(row.event_id);
  }
  return found;
}
