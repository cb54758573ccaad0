import { sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import { notFound } from '../../core/errors.ts';
import type { Audience, EventCategory, EventStatus } from './fields.ts';
import type { AgendaEvent } from './schemas.ts';

// Counts read from the registrations part's table: cheap subqueries on its (event_id, status) index.
const confirmedSeats = sql<number>`(SELECT COALESCE(SUM(r.seats), 0) FROM agenda_registration r WHERE r.event_id = agenda_event.id AND r.status = 'confirmed')`;
const waitingCount = sql<number>`(SELECT COUNT(*) FROM agenda_registration r WHERE r.event_id = agenda_event.id AND r.status = 'waiting')`;
const attendedCount = sql<number>`(SELECT COALESCE(SUM(r.seats), 0) FROM agenda_registration r WHERE r.event_id = agenda_event.id AND r.attended_at IS NOT NULL)`;

export function eventQuery(db: SyncDb) {
  return db.q
    .selectFrom('agenda_event')
    .leftJoin('agenda_room', 'agenda_room.id', 'agenda_event.room_id')
    .selectAll('agenda_event')
    .select(['agenda_room.name as room_name', confirmedSeats.as('confirmed_seats'), waitingCount.as('waiting_count'), attendedCount.as('attended_count')]);
}

export type EventQuery = ReturnType<typeof eventQuery>;

/** Events narrowed by the caller, by start time, with their residences and registration counts. */
export function selectEvents(db: SyncDb, narrow: (query: EventQuery) => EventQuery): AgendaEvent[] {
  const rows = db.all(narrow(eventQuery(db)).orderBy('agenda_event.starts_at').orderBy('agenda_event.id'));
  const residences = new Map<number, AgendaEvent['residences']>();
  for (let start = 0; start < rows.length; start += 500) {
    const linked = db.all(
      db.q
        .selectFrom('agenda_event_residence')
        .innerJoin('residence', 'residence.id', 'agenda_event_residence.residence_id')
        .select(['agenda_event_residence.event_id', 'residence.id', 'residence.name', 'residence.qpv_code'])
        .where('agenda_event_residence.event_id', 'in', rows.slice(start, start + 500).map((row) => row.id))
        .orderBy('residence.sort_name'),
    );
    for (const row of linked) {
      const residence = { id: row.id, name: row.name, qpvCode: row.qpv_code };
      const list = residences.get(row.event_id);
      if (list) list.push(residence);
      else residences.set(row.event_id, [residence]);
    }
  }
  return rows.map((row) => ({
    id: row.id,
    uid: row.uid,
    seriesId: row.series_id,
    detached: row.detached === 1,
    title: row.title,
    category: row.category as EventCategory,
    tfpbAxis: row.tfpb_axis,
    description: row.description,
    qpvCode: row.qpv_code,
    residences: residences.get(row.id) ?? [],
    roomId: row.room_id,
    roomName: row.room_name,
    placeLabel: row.place_label,
    place: row.room_name ?? row.place_label,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    organiser: row.organiser,
    partners: row.partners,
    audience: row.audience as Audience,
    capacity: row.capacity,
    priceCents: row.price_cents,
    status: row.status as EventStatus,
    cancelReason: row.cancel_reason,
    confirmedSeats: Number(row.confirmed_seats),
    waitingCount: Number(row.waiting_count),
    attendedCount: Number(row.attended_count),
  }));
}

export function getEvent(db: SyncDb, id: number): AgendaEvent {
  const [event] = selectEvents(db, (q) => q.where('agenda_event.id', '=', id));
  if (!event) throw notFound('Événement');
  return event;
}

/** Registrations of any status: an event that has some is never deleted (cancelled instead), for their history. */
export function registrationCount(db: SyncDb, eventId: number): number {
  return db.get(db.q.selectFrom('agenda_registration').select((eb) => eb.fn.countAll<number>().as('n')).where('event_id', '=', eventId))?.n ?? 0;
}

/** Deletes an event that has no registration, with its residences. */
export function deleteEvent(db: SyncDb, eventId: number): void {
  db.run(db.q.deleteFrom('agenda_event_residence').where('event_id', '=', eventId));
  db.run(db.q.deleteFrom('agenda_event').where('id', '=', eventId));
}
