import type { SyncDb } from '../../../db/query.ts';
import { notFound } from '../../core/errors.ts';
import type { RegistrationSummary } from '../registrations/contract.ts';
import { summaries } from '../registrations/counts.ts';
import type { Audience, EventCategory, EventStatus } from './fields.ts';
import type { AgendaEvent } from './schemas.ts';

/* The one reader of events, for both parts of the agenda: the events' screens and the registrations' checks. */

export function eventQuery(db: SyncDb) {
  return db.q.selectFrom('agenda_event').leftJoin('agenda_room', 'agenda_room.id', 'agenda_event.room_id').selectAll('agenda_event').select('agenda_room.name as room_name');
}

export type EventQuery = ReturnType<typeof eventQuery>;

const CHUNK = 500;

/** The residences of events, by event, in their sort order. */
function residencesOf(db: SyncDb, eventIds: number[]): Map<number, AgendaEvent['residences']> {
  const residences = new Map<number, AgendaEvent['residences']>();
  for (let start = 0; start < eventIds.length; start += CHUNK) {
    const linked = db.all(
      db.q
        .selectFrom('agenda_event_residence')
        .innerJoin('residence', 'residence.id', 'agenda_event_residence.residence_id')
        .select(['agenda_event_residence.event_id', 'residence.id', 'residence.name', 'residence.qpv_code'])
        .where('agenda_event_residence.event_id', 'in', eventIds.slice(start, start + CHUNK))
        .orderBy('residence.sort_name'),
    );
    for (const row of linked) {
      const residence = { id: row.id, name: row.name, qpvCode: row.qpv_code };
      const list = residences.get(row.event_id);
      if (list) list.push(residence);
      else residences.set(row.event_id, [residence]);
    }
  }
  return residences;
}

/**
 * Events narrowed by the caller, by start time, with their residences and the registrations' figures (counted in
 * one place: registrations/counts.ts), each beside the full summary of its registrations for the screens that show it.
 */
export function selectEventsWithSummary(db: SyncDb, narrow: (query: EventQuery) => EventQuery): { event: AgendaEvent; summary: RegistrationSummary }[] {
  const rows = db.all(narrow(eventQuery(db)).orderBy('agenda_event.starts_at').orderBy('agenda_event.id'));
  const ids = rows.map((row) => row.id);
  const residences = residencesOf(db, ids);
  const figures = new Map(summaries(db, ids).map((summary) => [summary.eventId, summary]));
  return rows.map((row) => {
    const summary = figures.get(row.id)!;
    const event: AgendaEvent = {
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
      confirmedSeats: summary.confirmedSeats,
      waitingCount: summary.waitingRegistrations,
      attendedCount: summary.attendedParticipants,
    };
    return { event, summary };
  });
}

export const selectEvents = (db: SyncDb, narrow: (query: EventQuery) => EventQuery): AgendaEvent[] => selectEventsWithSummary(db, narrow).map(({ event }) => event);

/** One event and the summary of its registrations. */
export function getEventWithSummary(db: SyncDb, id: number): { event: AgendaEvent; summary: RegistrationSummary } {
  const [found] = selectEventsWithSummary(db, (q) => q.where('agenda_event.id', '=', id));
  if (!found) throw notFound('Événement');
  return found;
}

export const getEvent = (db: SyncDb, id: number): AgendaEvent => getEventWithSummary(db, id).event;

/** Deletes an event that has no registration, with its residences. */
export function deleteEvent(db: SyncDb, eventId: number): void {
  db.run(db.q.deleteFrom('agenda_event_residence').where('event_id', '=', eventId));
  db.run(db.q.deleteFrom('agenda_event').where('id', '=', eventId));
}
