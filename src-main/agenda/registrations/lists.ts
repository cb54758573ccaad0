import { sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import type { HandlerContext } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { findMemberByNumber } from '../../conciergerie/loans/member-identity.ts';
import { MEMBER_NUMBER, normaliseMemberNumber } from '../../conciergerie/members/numbers.ts';
import { ftsQuery } from '../../households/search-index.ts';
import { todayIso } from '../../shared/days.ts';
import { currentHomes } from '../../shared/homes.ts';
import { personName } from '../../shared/names.ts';
import { audienceCheck } from './audience.ts';
import type { HouseholdLine } from './contract.ts';
import { getEventWithSummary, selectEventsWithSummary } from '../events/repository.ts';
import { eventBrief, wallClockNow } from './event.ts';
import { laterSessionIds } from './register.ts';
import { registrationKind, resolveRegistrant } from './registrant.ts';
import { amountDue, eventRows, registrationName, registrationQuery, toViews, waitingLines, waitingPositions } from './views.ts';

/* What the screens read: an event's lists, people to register, a household's events, events open to registration. */

export function eventRegistrations(ctx: HandlerContext, eventId: number) {
  const { event, summary } = getEventWithSummary(ctx.db, eventId);
  const rows = eventRows(ctx.db, eventId);
  const views = toViews(ctx.db, rows, waitingPositions(rows));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr');
  return {
    event: eventBrief(event),
    summary,
    confirmed: views.filter((v) => v.status === 'confirmed').sort(byName),
    waiting: views.filter((v) => v.status === 'waiting'),
    cancelled: views.filter((v) => v.status === 'cancelled'),
    laterSessions: laterSessionIds(ctx, event).length,
  };
}

/** People whose words match (every word a prefix, accents ignored) or whose card is this member number; 20 at most. */
export function findPeople(db: SyncDb, eventId: number, query: string) {
  // Searched at each keystroke: the event's existence is all that is checked here.
  if (!db.get(db.q.selectFrom('agenda_event').select('id').where('id', '=', eventId))) throw notFound('Événement');
  const typed = normaliseMemberNumber(query);
  let personIds: number[];
  if (MEMBER_NUMBER.test(typed)) {
    const member = findMemberByNumber(db, typed);
    personIds = member ? [member.personId] : [];
  } else {
    const words = ftsQuery(query);
    if (!words) return [];
    personIds = db
      .all(db.q.selectFrom('person_search').select('rowid').where(sql<boolean>`person_search MATCH ${words}`).orderBy(sql`rank`).limit(20))
      .map((row) => row.rowid!);
  }
  if (personIds.length === 0) return [];
  const rows = db.all(
    db.q
      .selectFrom('person')
      .innerJoin('household', 'household.id', 'person.household_id')
      .leftJoin('member', 'member.person_id', 'person.id')
      .select([
        'person.id',
        'person.civility',
        'person.first_name',
        'person.usage_name',
        'person.family_name',
        'person.household_id',
        'household.name as household_name',
        'member.number as member_number',
        sql<number>`(SELECT count(*) FROM person p WHERE p.household_id = person.household_id AND p.erased_at IS NULL)`.as('household_size'),
      ])
      .where('person.id', 'in', personIds)
      .where('person.erased_at', 'is', null),
  );
  const live = eventRows(db, eventId).filter((row) => row.status !== 'cancelled');
  const homes = currentHomes(db, rows.map((row) => row.household_id));
  const order = new Map(personIds.map((id, index) => [id, index]));
  return rows
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map((row) => ({
      personId: row.id,
      name: personName(row),
      householdId: row.household_id,
      householdName: row.household_name,
      householdSize: row.household_size,
      residenceName: homes.get(row.household_id)?.residenceName ?? null,
      memberNumber: row.member_number,
      registered: live.some((reg) => reg.person_id === row.id || (registrationKind(reg) === 'household' && reg.household_id === row.household_id)),
    }));
}

/** A household's registrations (its people's and its own), upcoming and past, and its attendance this year. */
export function householdRegistrations(ctx: HandlerContext, householdId: number) {
  const { db } = ctx;
  if (!db.get(db.q.selectFrom('household').select('id').where('id', '=', householdId))) throw notFound('Foyer');
  const now = wallClockNow(ctx.clock);
  const year = Number(todayIso(ctx.clock).slice(0, 4));
  const rows = db.all(
    registrationQuery(db)
      .leftJoin('agenda_room', 'agenda_room.id', 'agenda_event.room_id')
      .select(['agenda_event.title', 'agenda_event.starts_at', 'agenda_event.ends_at', 'agenda_event.status as event_status', 'agenda_event.place_label', 'agenda_room.name as room_name'])
      .where('reg.household_id', '=', householdId)
      .orderBy('agenda_event.starts_at')
      .orderBy('reg.id'),
  );
  const positions = waitingLines(db, [...new Set(rows.filter((r) => r.status === 'waiting').map((r) => r.event_id))]);
  const line = (row: (typeof rows)[number]): HouseholdLine => ({
    id: row.id,
    eventId: row.event_id,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    place: row.room_name ?? row.place_label,
    eventCancelled: row.event_status === 'cancelled',
    name: registrationName(row),
    seats: row.seats,
    status: row.status as HouseholdLine['status'],
    position: positions.get(row.id) ?? null,
    attended: row.attended_at !== null,
    amountDueCents: amountDue(row),
  });
  const upcoming = rows.filter((row) => row.ends_at >= now && row.status !== 'cancelled' && row.event_status === 'planned').map(line);
  // Past: what it registered to and did not cancel, latest first; attended or not.
  const past = rows.filter((row) => row.ends_at < now && row.status === 'confirmed').map(line).reverse();
  const attendedThisYear = new Set(past.filter((p) => p.attended && p.startsAt.startsWith(String(year))).map((p) => p.eventId)).size;
  return { upcoming, past, attendedThisYear, year };
}

/** Planned events not yet begun (the next 200), their seats left and line, and whether the household may come. */
export function openEvents(ctx: HandlerContext, householdId: number | null) {
  const { db } = ctx;
  const now = wallClockNow(ctx.clock);
  const events = selectEventsWithSummary(db, (q) => q.where('agenda_event.status', '=', 'planned').where('agenda_event.starts_at', '>=', now).limit(200));
  const audience = householdId === null ? null : audienceCheck(db, resolveRegistrant(db, { kind: 'household', householdId, seats: null }), todayIso(ctx.clock));
  return events.map(({ event, summary }) => ({
    ...eventBrief(event),
    summary,
    eligible: audience === null || audience(event) === null,
  }));
}
