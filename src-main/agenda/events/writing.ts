import { randomUUID } from 'node:crypto';
import type { SyncDb } from '../../../db/query.ts';
import type { HandlerContext } from '../../core/context.ts';
import { invalidField } from '../../core/errors.ts';
import { foldText } from '../../shared/text.ts';
import type { EventFields, SeriesFields } from './fields.ts';
import type { RecurrenceRule } from './recurrence.ts';

/** The details an event shares with its series: everything but its times. */
export type EventDetails = Omit<EventFields, 'startsAt' | 'endsAt'>;

export const detailsOf = ({ startTime: _s, endTime: _e, rule: _r, ...details }: SeriesFields): EventDetails => details;

/**
 * Checks what an event points to: its residences, and its room (not archived, unless the event already uses it,
 * and big enough for the capacity asked for).
 */
export function assertPlacement(db: SyncDb, details: EventDetails, currentRoomId: number | null = null): void {
  if (details.residenceIds.length > 0) {
    const found = db.all(db.q.selectFrom('residence').select('id').where('id', 'in', details.residenceIds));
    if (found.length !== details.residenceIds.length) throw invalidField('residenceIds', 'Une des résidences choisies est introuvable.');
  }
  if (details.roomId === null) return;
  const room = db.get(db.q.selectFrom('agenda_room').select(['name', 'capacity', 'archived_at']).where('id', '=', details.roomId));
  if (!room) throw invalidField('roomId', 'Salle introuvable : choisissez-la dans la liste.');
  if (room.archived_at !== null && details.roomId !== currentRoomId) {
    throw invalidField('roomId', `La salle « ${room.name} » est archivée : choisissez une autre salle, ou restaurez-la depuis l’écran des salles.`);
  }
  if (room.capacity !== null && (details.capacity === null || details.capacity > room.capacity)) {
    throw invalidField('capacity', `« ${room.name} » accueille ${room.capacity} personnes au plus : indiquez une capacité de ${room.capacity} places ou moins.`);
  }
}

export function detailColumns(details: EventDetails) {
  return {
    title: details.title,
    category: details.category,
    tfpb_axis: details.tfpbAxis,
    description: details.description,
    qpv_code: details.qpvCode,
    room_id: details.roomId,
    place_label: details.placeLabel,
    organiser: details.organiser,
    partners: details.partners,
    audience: details.audience,
    capacity: details.capacity,
    price_cents: details.priceCents,
    search_text: foldText([details.title, details.placeLabel, details.organiser, details.partners, details.description].join(' ')),
  };
}

/** A series' rule as stored in agenda_series. */
export function ruleColumns(rule: RecurrenceRule) {
  return {
    frequency: rule.frequency,
    interval_count: rule.interval,
    weekday: rule.weekday,
    month_week: rule.monthWeek,
    starts_on: rule.startsOn,
    until_on: rule.untilOn,
    exdates: JSON.stringify(rule.exdates),
  };
}

export function writeResidences(db: SyncDb, eventId: number, residenceIds: number[]): void {
  db.run(db.q.deleteFrom('agenda_event_residence').where('event_id', '=', eventId));
  for (const residenceId of residenceIds) db.run(db.q.insertInto('agenda_event_residence').values({ event_id: eventId, residence_id: residenceId }));
}

/** Inserts a planned event with its residences (also used by the demo, with a context of its own). */
export function insertEvent(ctx: Pick<HandlerContext, 'db' | 'nowIso' | 'user'>, details: EventDetails, times: { startsAt: string; endsAt: string }, seriesId: number | null): number {
  const { db } = ctx;
  const now = ctx.nowIso();
  const { id } = db.get(
    db.q
      .insertInto('agenda_event')
      .values({
        ...detailColumns(details),
        uid: `${randomUUID()}@voisinage`,
        series_id: seriesId,
        detached: 0,
        cancel_reason: '',
        starts_at: times.startsAt,
        ends_at: times.endsAt,
        status: 'planned',
        created_by: ctx.user?.id ?? null,
        created_at: now,
        updated_at: now,
      })
      .returning('id'),
  )!;
  writeResidences(db, id, details.residenceIds);
  return id;
}

/**
 * Refuses a capacity below the seats already confirmed (`seats`, from the registrations' counts): no overbooking.
 * `label` names the session for a series edit.
 */
export function assertCapacityHolds(seats: number, capacity: number | null, label = 'Cet événement'): void {
  if (capacity !== null && seats > capacity) {
    throw invalidField('capacity', `${label} a déjà ${seats} places confirmées : la capacité ne peut pas descendre sous ${seats}. Annulez d’abord des inscriptions.`);
  }
}

/** True when the new capacity lets more people in than the old one (then waiting registrations are promoted). */
export const capacityGrew = (before: number | null, after: number | null) => before !== null && (after === null || after > before);
