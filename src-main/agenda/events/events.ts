import { sql } from 'kysely';
import type { Handlers } from '../../core/dispatch.ts';
import { AppError } from '../../core/errors.ts';
import { addDays, todayIso } from '../../shared/days.ts';
import { escapeLike, searchWords } from '../../shared/text.ts';
import { fillFreedSeats } from '../registrations/seats.ts';
import { assertRoomsFree } from './conflicts.ts';
import type { eventsContract } from './contract.ts';
import type { EventCategory } from './fields.ts';
import { type EventQuery, eventQuery, getEvent, selectEvents } from './repository.ts';
import { assertCapacityHolds, assertPlacement, capacityGrew, detailColumns, insertEvent, writeResidences } from './writing.ts';

type EventHandlers = Pick<Handlers<typeof eventsContract>, `agenda.events.${'range' | 'list' | 'get' | 'create' | 'update' | 'cancel' | 'reinstate'}`>;

interface Filters {
  residenceId: number | null;
  category: EventCategory | null;
  roomId: number | null;
}

/** A residence's events are those for it and those for no residence in particular (open to every residence). */
export function narrowTo(query: EventQuery, { residenceId, category, roomId }: Filters): EventQuery {
  let narrowed = query;
  if (residenceId !== null) {
    narrowed = narrowed.where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('agenda_event_residence as er').select('er.event_id').whereRef('er.event_id', '=', 'agenda_event.id').where('er.residence_id', '=', residenceId)),
        eb.not(eb.exists(eb.selectFrom('agenda_event_residence as er').select('er.event_id').whereRef('er.event_id', '=', 'agenda_event.id'))),
      ]),
    );
  }
  if (category !== null) narrowed = narrowed.where('agenda_event.category', '=', category);
  if (roomId !== null) narrowed = narrowed.where('agenda_event.room_id', '=', roomId);
  return narrowed;
}

/** Events that take place (even partly) between two days, both included. */
// An event lasts a week at most (fields.ts): the lower bound on starts_at changes no result but lets the index on
// starts_at read only the weeks around the view instead of every past event.
export const overlapping = (query: EventQuery, from: string, to: string): EventQuery =>
  query
    .where('agenda_event.starts_at', '>=', addDays(from.slice(0, 10), -7))
    .where('agenda_event.starts_at', '<', addDays(to, 1))
    .where('agenda_event.ends_at', '>', from);

export const eventHandlers: EventHandlers = {
  'agenda.events.range': ({ from, to, ...filters }, { db }) => ({ rows: selectEvents(db, (q) => narrowTo(overlapping(q, from, to), filters)) }),

  'agenda.events.list': ({ from, search, includeCancelled, offset, limit, ...filters }, ctx) => {
    const { db } = ctx;
    const day = from ?? todayIso(ctx.clock);
    const narrow = (query: EventQuery) => {
      let q = narrowTo(query.where('agenda_event.starts_at', '>=', addDays(day, -7)).where('agenda_event.ends_at', '>', day), filters);
      for (const word of searchWords(search)) {
        const pattern = `%${escapeLike(word)}%`;
        q = q.where((eb) => eb.or([sql<boolean>`agenda_event.search_text LIKE ${pattern} ESCAPE '\\'`, sql<boolean>`lower(agenda_room.name) LIKE ${pattern} ESCAPE '\\'`]));
      }
      return includeCancelled ? q : q.where('agenda_event.status', '=', 'planned');
    };
    const total = db.get(narrow(eventQuery(db)).clearSelect().select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
    return { rows: selectEvents(db, (q) => narrow(q).limit(limit).offset(offset)), total };
  },

  'agenda.events.get': ({ id }, { db }) => getEvent(db, id),

  'agenda.events.create': ({ startsAt, endsAt, ...details }, ctx) => {
    assertPlacement(ctx.db, details);
    assertRoomsFree(ctx.db, [{ roomId: details.roomId, startsAt, endsAt }], [], 'event');
    return getEvent(ctx.db, insertEvent(ctx, details, { startsAt, endsAt }, null));
  },

  'agenda.events.update': ({ id, startsAt, endsAt, ...details }, ctx) => {
    const { db } = ctx;
    const current = getEvent(db, id);
    assertPlacement(db, details, current.roomId);
    assertCapacityHolds(current.confirmedSeats, details.capacity);
    if (current.status === 'planned') assertRoomsFree(db, [{ roomId: details.roomId, startsAt, endsAt }], [id], 'event');
    db.run(
      db.q
        .updateTable('agenda_event')
        .set({ ...detailColumns(details), starts_at: startsAt, ends_at: endsAt, detached: current.seriesId === null ? 0 : 1, updated_at: ctx.nowIso() })
        .where('id', '=', id),
    );
    writeResidences(db, id, details.residenceIds);
    if (capacityGrew(current.capacity, details.capacity)) fillFreedSeats(ctx, id);
    return getEvent(db, id);
  },

  'agenda.events.cancel': ({ id, reason }, ctx) => {
    const { db } = ctx;
    const current = getEvent(db, id);
    if (current.status === 'cancelled') throw new AppError('CONFLICT', 'Cet événement est déjà annulé.');
    db.run(db.q.updateTable('agenda_event').set({ status: 'cancelled', cancel_reason: reason, updated_at: ctx.nowIso() }).where('id', '=', id));
    return getEvent(db, id);
  },

  'agenda.events.reinstate': ({ id }, ctx) => {
    const { db } = ctx;
    const current = getEvent(db, id);
    if (current.status === 'planned') throw new AppError('CONFLICT', 'Cet événement n’est pas annulé.');
    assertRoomsFree(db, [current], [id], 'event');
    db.run(db.q.updateTable('agenda_event').set({ status: 'planned', cancel_reason: '', updated_at: ctx.nowIso() }).where('id', '=', id));
    return getEvent(db, id);
  },
};
