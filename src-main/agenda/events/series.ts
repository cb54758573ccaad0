import type { SyncDb } from '../../../db/query.ts';
import type { HandlerContext } from '../../core/context.ts';
import type { Handlers } from '../../core/dispatch.ts';
import { AppError, invalidField, notFound } from '../../core/errors.ts';
import { frenchDate, todayIso } from '../../shared/days.ts';
import { confirmedSeatsByEvent, eventsWithRegistrations } from '../registrations/counts.ts';
import { fillFreedSeats } from '../registrations/seats.ts';
import { assertRoomsFree, type Booking } from './conflicts.ts';
import type { eventsContract } from './contract.ts';
import { type SeriesFields, sessionTimes, skippedTimeMessage } from './fields.ts';
import { type Frequency, occurrenceDates, type RecurrenceRule, ruleProblem } from './recurrence.ts';
import { deleteEvent } from './repository.ts';
import type { Series, SeriesChange } from './schemas.ts';
import { dayOf, existsInParis, frenchLongDay } from './wall-time.ts';
import { assertCapacityHolds, assertPlacement, capacityGrew, detailColumns, detailsOf, insertEvent, ruleColumns, writeResidences } from './writing.ts';

type SeriesHandlers = Pick<Handlers<typeof eventsContract>, `agenda.series.${'get' | 'create' | 'update' | 'cancel' | 'end'}`>;

interface Session {
  id: number;
  starts_at: string;
  ends_at: string;
  status: string;
  detached: number;
  capacity: number | null;
  room_id: number | null;
}

/** Refuses sessions starting or ending in the hour the clocks skip (a series at 02:30 meets the spring-forward night). */
function assertTimesExist(bookings: { startsAt: string; endsAt: string }[]) {
  for (const { startsAt, endsAt } of bookings) {
    if (!existsInParis(startsAt)) throw invalidField('startTime', skippedTimeMessage(startsAt));
    if (!existsInParis(endsAt)) throw invalidField('endTime', skippedTimeMessage(endsAt));
  }
}

function sessionsOf(db: SyncDb, seriesId: number): Session[] {
  return db.all(
    db.q
      .selectFrom('agenda_event')
      .select(['id', 'starts_at', 'ends_at', 'status', 'detached', 'capacity', 'room_id'])
      .where('series_id', '=', seriesId)
      .orderBy('starts_at'),
  );
}

function seriesRow(db: SyncDb, id: number) {
  const row = db.get(db.q.selectFrom('agenda_series').selectAll().where('id', '=', id));
  if (!row) throw notFound('Série');
  return row;
}

/** The rule's dates, refused with a French message when it gives none or too many. */
function datesOf(rule: RecurrenceRule): string[] {
  const dates = occurrenceDates(rule);
  const problem = ruleProblem(rule, dates);
  if (problem) throw invalidField(problem.path, problem.message);
  return dates;
}

const sessionLabel = (startsAt: string) => `La séance du ${frenchLongDay(dayOf(startsAt))}`;

/**
 * Takes sessions out of a series: removed when nobody registered, cancelled (kept, with the reason) otherwise, so
 * that the people registered keep their history and can be told.
 */
function dropSessions(ctx: HandlerContext, sessions: Session[], reason: string): Pick<SeriesChange, 'removed' | 'cancelledInstead'> {
  const { db } = ctx;
  const cancelledInstead: SeriesChange['cancelledInstead'] = [];
  let removed = 0;
  const registered = eventsWithRegistrations(db, sessions.map((session) => session.id));
  for (const session of sessions) {
    if (!registered.has(session.id)) {
      deleteEvent(db, session.id);
      removed += 1;
    } else if (session.status === 'planned') {
      db.run(db.q.updateTable('agenda_event').set({ status: 'cancelled', cancel_reason: reason, updated_at: ctx.nowIso() }).where('id', '=', session.id));
      cancelledInstead.push({ id: session.id, startsAt: session.starts_at });
    }
  }
  return { removed, cancelledInstead };
}

function firstUpcomingId(db: SyncDb, seriesId: number, today: string): number | null {
  const upcoming = sessionsOf(db, seriesId).filter((s) => s.ends_at > today);
  return (upcoming.find((s) => s.status === 'planned') ?? upcoming[0])?.id ?? null;
}

export const seriesHandlers: SeriesHandlers = {
  'agenda.series.get': ({ id }, { db }) => {
    const row = seriesRow(db, id);
    const sessions = sessionsOf(db, id);
    const seats = confirmedSeatsByEvent(db, sessions.map((s) => s.id));
    const series: Series = {
      id: row.id,
      frequency: row.frequency as Frequency,
      interval: row.interval_count,
      weekday: row.weekday,
      monthWeek: row.month_week,
      startsOn: row.starts_on,
      untilOn: row.until_on,
      exdates: JSON.parse(row.exdates) as string[],
      occurrences: sessions.map((s) => ({
        id: s.id,
        startsAt: s.starts_at,
        endsAt: s.ends_at,
        status: s.status as 'planned' | 'cancelled',
        detached: s.detached === 1,
        confirmedSeats: seats.get(s.id)!,
      })),
    };
    return series;
  },

  'agenda.series.create': (fields, ctx) => {
    const { db } = ctx;
    const details = detailsOf(fields);
    const dates = datesOf(fields.rule);
    assertPlacement(db, details);
    const bookings = dates.map((day) => ({ roomId: details.roomId, ...sessionTimes(day, fields.startTime, fields.endTime) }));
    assertTimesExist(bookings);
    assertRoomsFree(db, bookings, [], 'series');
    const now = ctx.nowIso();
    const { id } = db.get(db.q.insertInto('agenda_series').values({ ...ruleColumns(fields.rule), created_at: now, updated_at: now }).returning('id'))!;
    const ids = bookings.map((booking) => insertEvent(ctx, details, booking, id));
    return { seriesId: id, firstEventId: firstUpcomingId(db, id, todayIso(ctx.clock)) ?? ids[0] ?? null, created: ids.length, updated: 0, removed: 0, cancelledInstead: [] };
  },

  'agenda.series.update': ({ id, ...fields }: SeriesFields & { id: number }, ctx) => {
    const { db } = ctx;
    seriesRow(db, id);
    const today = todayIso(ctx.clock);
    const details = detailsOf(fields);
    const targetDays = datesOf(fields.rule).filter((day) => day >= today);
    const upcoming = sessionsOf(db, id).filter((s) => dayOf(s.starts_at) >= today);
    const editable = upcoming.filter((s) => s.detached === 0);
    assertPlacement(db, details, editable[0]?.room_id ?? null);

    const targets = new Set(targetDays);
    const kept = editable.filter((s) => targets.has(dayOf(s.starts_at)));
    const dropped = editable.filter((s) => !targets.has(dayOf(s.starts_at)));
    // A day already holding a session (one edited on its own, say) gets no second one.
    const taken = new Set(upcoming.map((s) => dayOf(s.starts_at)));
    const newDays = targetDays.filter((day) => !taken.has(day));

    const keptBookings = kept.map((s) => ({ session: s, roomId: details.roomId, ...sessionTimes(dayOf(s.starts_at), fields.startTime, fields.endTime) }));
    const newBookings: Booking[] = newDays.map((day) => ({ roomId: details.roomId, ...sessionTimes(day, fields.startTime, fields.endTime) }));
    assertTimesExist([...keptBookings, ...newBookings]);
    const seats = confirmedSeatsByEvent(db, kept.map((s) => s.id));
    for (const session of kept) assertCapacityHolds(seats.get(session.id)!, details.capacity, sessionLabel(session.starts_at));
    assertRoomsFree(db, [...keptBookings.filter((b) => b.session.status === 'planned'), ...newBookings], editable.map((s) => s.id), 'series');

    db.run(db.q.updateTable('agenda_series').set({ ...ruleColumns(fields.rule), updated_at: ctx.nowIso() }).where('id', '=', id));
    for (const { session, startsAt, endsAt } of keptBookings) {
      db.run(db.q.updateTable('agenda_event').set({ ...detailColumns(details), starts_at: startsAt, ends_at: endsAt, updated_at: ctx.nowIso() }).where('id', '=', session.id));
      writeResidences(db, session.id, details.residenceIds);
      if (session.status === 'planned' && capacityGrew(session.capacity, details.capacity)) fillFreedSeats(ctx, session.id);
    }
    for (const booking of newBookings) insertEvent(ctx, details, booking, id);
    const { removed, cancelledInstead } = dropSessions(ctx, dropped, 'Séance retirée de la série.');
    return { seriesId: id, firstEventId: firstUpcomingId(db, id, today), created: newBookings.length, updated: kept.length, removed, cancelledInstead };
  },

  'agenda.series.cancel': ({ id, reason }, ctx) => {
    const { db } = ctx;
    seriesRow(db, id);
    const today = todayIso(ctx.clock);
    const planned = sessionsOf(db, id).filter((s) => dayOf(s.starts_at) >= today && s.status === 'planned');
    if (planned.length === 0) throw new AppError('CONFLICT', 'Cette série n’a plus de séance prévue à venir.');
    for (const session of planned) {
      db.run(db.q.updateTable('agenda_event').set({ status: 'cancelled', cancel_reason: reason, updated_at: ctx.nowIso() }).where('id', '=', session.id));
    }
    return { seriesId: id, firstEventId: firstUpcomingId(db, id, today), created: 0, updated: planned.length, removed: 0, cancelledInstead: [] };
  },

  'agenda.series.end': ({ id, lastDay }, ctx) => {
    const { db } = ctx;
    const row = seriesRow(db, id);
    const today = todayIso(ctx.clock);
    if (lastDay < today) throw invalidField('lastDay', `La dernière séance ne peut pas être avant aujourd’hui (${frenchDate(today)}) : les séances passées restent.`);
    if (lastDay < row.starts_on) throw invalidField('lastDay', 'Cette date précède le début de la série : pour ne garder aucune séance, annulez la série.');
    if (lastDay >= row.until_on) throw invalidField('lastDay', `La série se termine déjà le ${frenchDate(row.until_on)}.`);
    const later = sessionsOf(db, id).filter((s) => dayOf(s.starts_at) > lastDay);
    db.run(db.q.updateTable('agenda_series').set({ until_on: lastDay, updated_at: ctx.nowIso() }).where('id', '=', id));
    const { removed, cancelledInstead } = dropSessions(ctx, later, `Série arrêtée après le ${frenchDate(lastDay)}.`);
    return { seriesId: id, firstEventId: firstUpcomingId(db, id, today), created: 0, updated: 0, removed, cancelledInstead };
  },
};
