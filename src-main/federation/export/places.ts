import { type Expression, sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import type { ExportPeriod } from './bundle.ts';

/*
 * Where the office's activity happened. Every act (a loan, an order, a seat at an event, a contract, a follow-up
 * contact) is attached to the residence its household lived in on the day it happened; a household counted once
 * (households or people reached, members…) is attached to the residence it lived in on the day of its latest
 * activity of the period, so that each one sits in exactly one place and the places add up to the office's total.
 * No home on that day (non-tenant members, guests): "hors parc".
 */

/** The residence a household lived in on a day (the latest stay covering it; null outside the stock). */
export const residenceOn = (household: Expression<number | null>, day: Expression<string>) =>
  sql<number | null>`(SELECT d.residence_id FROM occupancy o JOIN dwelling d ON d.id = o.dwelling_id
    WHERE o.household_id = ${household} AND o.entered_on <= ${day} AND (o.left_on IS NULL OR o.left_on > ${day})
    ORDER BY o.entered_on DESC, o.id DESC LIMIT 1)`;

/** The earlier of two ISO dates. */
const earlier = (a: Expression<string | null>, b: string) => sql<string>`min(coalesce(${a}, ${b}), ${b})`;

/**
 * The period's queries, with one named sub-result, activity(household_id, person_id, day): every sign of a household
 * or person reached in the period (membership in force, loan, service order, presence at an event, club contract in
 * force or offer used, follow-up active or contact made).
 */
export function withActivity(db: SyncDb, { from, to }: ExportPeriod) {
  return db.q
    .with('activity', (qc) =>
      qc
        .selectFrom('membership')
        .innerJoin('member', 'member.id', 'membership.member_id')
        .innerJoin('person', 'person.id', 'member.person_id')
        .select([sql<number | null>`coalesce(membership.household_id, person.household_id)`.as('household_id'), sql<number | null>`person.id`.as('person_id'), earlier(sql.ref('membership.ends_on'), to).as('day')])
        .where('membership.starts_on', '<=', to)
        .where('membership.ends_on', '>=', from)
        .unionAll(
          qc
            .selectFrom('loan')
            .innerJoin('member', 'member.id', 'loan.member_id')
            .innerJoin('person', 'person.id', 'member.person_id')
            .select([sql<number | null>`person.household_id`.as('household_id'), sql<number | null>`person.id`.as('person_id'), sql<string>`loan.lent_on`.as('day')])
            .where('loan.lent_on', '>=', from)
            .where('loan.lent_on', '<=', to),
        )
        .unionAll(
          qc
            .selectFrom('service_order')
            .innerJoin('member', 'member.id', 'service_order.member_id')
            .innerJoin('person', 'person.id', 'member.person_id')
            .select([sql<number | null>`person.household_id`.as('household_id'), sql<number | null>`person.id`.as('person_id'), sql<string>`service_order.due_on`.as('day')])
            .where('service_order.status', '!=', 'cancelled')
            .where('service_order.due_on', '>=', from)
            .where('service_order.due_on', '<=', to),
        )
        .unionAll(
          qc
            .selectFrom('agenda_registration')
            .innerJoin('agenda_event', 'agenda_event.id', 'agenda_registration.event_id')
            .leftJoin('person', 'person.id', 'agenda_registration.person_id')
            .select([
              sql<number | null>`coalesce(agenda_registration.household_id, person.household_id)`.as('household_id'),
              sql<number | null>`agenda_registration.person_id`.as('person_id'),
              sql<string>`substr(agenda_event.starts_at, 1, 10)`.as('day'),
            ])
            .where('agenda_registration.attended_at', 'is not', null)
            .where('agenda_registration.status', '!=', 'cancelled')
            .where('agenda_event.status', '!=', 'cancelled')
            .where(sql<string>`substr(agenda_event.starts_at, 1, 10)`, '>=', from)
            .where(sql<string>`substr(agenda_event.starts_at, 1, 10)`, '<=', to),
        )
        .unionAll(
          qc
            .selectFrom('club_contract')
            .select([
              sql<number | null>`club_contract.household_id`.as('household_id'),
              sql<number | null>`club_contract.signed_by_person_id`.as('person_id'),
              earlier(sql.ref('club_contract.ends_on'), to).as('day'),
            ])
            .where('club_contract.signed_on', '<=', to)
            .where((eb) => eb.or([eb('club_contract.kind', '=', 'contract').and(eb.or([eb('club_contract.ends_on', 'is', null), eb('club_contract.ends_on', '>=', from)])), eb('club_contract.signed_on', '>=', from)])),
        )
        .unionAll(
          qc
            .selectFrom('followup')
            .innerJoin('person', 'person.id', 'followup.person_id')
            .select([sql<number | null>`person.household_id`.as('household_id'), sql<number | null>`person.id`.as('person_id'), earlier(sql.ref('followup.ended_on'), to).as('day')])
            .where('followup.started_on', '<=', to)
            .where((eb) => eb.or([eb('followup.ended_on', 'is', null), eb('followup.ended_on', '>=', from)])),
        ),
    );
}

/** Each household reached in the period → the residence it lived in on its latest day of activity (null: hors parc). */
export type HouseholdPlaces = ReadonlyMap<number, number | null>;

/** The households reached in the period and their places, read once per export. */
export function householdPlaces(db: SyncDb, period: ExportPeriod): HouseholdPlaces {
  const rows = db.all(
    withActivity(db, period)
      .with('household_last', (qc) =>
        qc
          .selectFrom('activity')
          .select(['activity.household_id', (eb) => eb.fn.max('activity.day').as('day')])
          .where('activity.household_id', 'is not', null)
          .groupBy('activity.household_id'),
      )
      .selectFrom('household_last')
      .select([sql<number>`household_last.household_id`.as('household_id'), residenceOn(sql.ref('household_last.household_id'), sql.ref('household_last.day')).as('residence_id')]),
  );
  return new Map(rows.map((row) => [row.household_id, row.residence_id]));
}
