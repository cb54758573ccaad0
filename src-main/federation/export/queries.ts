import { type AliasedSelectQueryBuilder, type RawBuilder, sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import type { ExportPeriod } from './bundle.ts';
import { type IndicatorId, INDICATORS, type Level, type Measure } from './indicators.ts';
import { type PeriodQueries, periodQueries, residenceOn } from './places.ts';

/*
 * The figures behind each indicator, counted by SQLite: one query per indicator lists its facts (one row per act,
 * or per counted person, household, member or event), then one grouped query per level counts them.
 */

/** One fact of an indicator. unit: what a distinct count counts; household_key: who is behind it (for the suppression rule). */
export interface FactRow {
  residence_id: number | null;
  /** Set only for facts placed by QPV directly (events); otherwise the QPV of the residence. */
  qpv_code: string | null;
  unit: string;
  household_key: string | null;
  value: number;
  axis: number | null;
  type_id: number | null;
}

/** One group's figure at one level: `key` is the residence id, QPV code, axis or type id (null: outside any). */
export interface GroupFigure {
  level: Level;
  key: string | number | null;
  value: number;
  /** Distinct households (or unknown people) behind the figure. */
  households: number;
}

type Facts = AliasedSelectQueryBuilder<FactRow, 'fact'>;

const noPlace = { residence_id: sql<number | null>`NULL`, qpv_code: sql<string | null>`NULL`, axis: sql<number | null>`NULL`, type_id: sql<number | null>`NULL` };
const one = sql<number>`1`;
const householdKey = (column: string) => sql<string | null>`'h' || ${sql.ref(column)}`;
/** The day an event or session takes place (its start is local wall-clock time, 'AAAA-MM-JJTHH:MM'). */
const eventDay = sql<string>`substr(agenda_event.starts_at, 1, 10)`;

/** Every indicator's facts, but the savings (read from the club's ledger: savings.ts). */
const factsOf: Record<Exclude<IndicatorId, 'economies_foyers'>, (q: PeriodQueries, period: ExportPeriod, nowLocal: string) => Facts> = {
  foyers_touches: (q) =>
    q
      .selectFrom('household_place as place')
      .select([
        'place.residence_id',
        noPlace.qpv_code.as('qpv_code'),
        householdKey('place.household_id').$castTo<string>().as('unit'),
        householdKey('place.household_id').as('household_key'),
        one.as('value'),
        noPlace.axis.as('axis'),
        noPlace.type_id.as('type_id'),
      ])
      .as('fact'),

  personnes_touchees: (q) =>
    q
      .selectFrom('activity')
      .innerJoin('person', 'person.id', 'activity.person_id')
      .innerJoin('household_place as place', 'place.household_id', 'person.household_id')
      .select([
        'place.residence_id',
        noPlace.qpv_code.as('qpv_code'),
        sql<string>`'p' || person.id`.as('unit'),
        householdKey('place.household_id').as('household_key'),
        one.as('value'),
        noPlace.axis.as('axis'),
        noPlace.type_id.as('type_id'),
      ])
      .as('fact'),

  adherents: (q, { from, to }) =>
    q
      .selectFrom('member')
      .innerJoin('person', 'person.id', 'member.person_id')
      .innerJoin('household_place as place', 'place.household_id', 'person.household_id')
      .select([
        'place.residence_id',
        noPlace.qpv_code.as('qpv_code'),
        sql<string>`'m' || member.id`.as('unit'),
        householdKey('place.household_id').as('household_key'),
        one.as('value'),
        noPlace.axis.as('axis'),
        // A member who changed type during the period counts under the latest one.
        sql<number | null>`(SELECT ms.type_id FROM membership ms WHERE ms.member_id = member.id AND ms.starts_on <= ${to} AND ms.ends_on >= ${from}
          ORDER BY ms.starts_on DESC, ms.id DESC LIMIT 1)`.as('type_id'),
      ])
      .where((eb) => eb.exists(eb.selectFrom('membership as ms').select('ms.id').whereRef('ms.member_id', '=', 'member.id').where('ms.starts_on', '<=', to).where('ms.ends_on', '>=', from)))
      .as('fact'),

  prets: (q, { from, to }) =>
    q
      .selectFrom('loan')
      .innerJoin('member', 'member.id', 'loan.member_id')
      .innerJoin('person', 'person.id', 'member.person_id')
      .select([
        residenceOn(sql.ref('person.household_id'), sql.ref('loan.lent_on')).as('residence_id'),
        noPlace.qpv_code.as('qpv_code'),
        sql<string>`'l' || loan.id`.as('unit'),
        householdKey('person.household_id').as('household_key'),
        one.as('value'),
        noPlace.axis.as('axis'),
        noPlace.type_id.as('type_id'),
      ])
      .where('loan.lent_on', '>=', from)
      .where('loan.lent_on', '<=', to)
      .as('fact'),

  emprunteurs: (q, { from, to }) =>
    q
      .selectFrom('member')
      .innerJoin('person', 'person.id', 'member.person_id')
      .innerJoin('household_place as place', 'place.household_id', 'person.household_id')
      .select([
        'place.residence_id',
        noPlace.qpv_code.as('qpv_code'),
        sql<string>`'m' || member.id`.as('unit'),
        householdKey('place.household_id').as('household_key'),
        one.as('value'),
        noPlace.axis.as('axis'),
        noPlace.type_id.as('type_id'),
      ])
      .where((eb) => eb.exists(eb.selectFrom('loan').select('loan.id').whereRef('loan.member_id', '=', 'member.id').where('loan.lent_on', '>=', from).where('loan.lent_on', '<=', to)))
      .as('fact'),

  commandes_services: (q, period) => serviceFacts(q, period, 'order'),
  lignes_services: (q, period) => serviceFacts(q, period, 'line'),
  montant_services: (q, period) => serviceFacts(q, period, 'amount'),

  evenements_programmes: (q, period) => eventFacts(q, period, 'event'),
  evenements_realises: (q, period, nowLocal) => eventFacts(q, period, 'event', nowLocal),
  seances_realisees: (q, period, nowLocal) => eventFacts(q, period, 'session', nowLocal),

  participants: (q, period, nowLocal) =>
    attendance(q, period, nowLocal)
      .select([
        residenceOn(attendeeHousehold, eventDay).as('residence_id'),
        noPlace.qpv_code.as('qpv_code'),
        sql<string>`'r' || agenda_registration.id`.as('unit'),
        // Someone not known to the office counts as a household of their own.
        sql<string | null>`coalesce('h' || ${attendeeHousehold}, 'g' || agenda_registration.id)`.as('household_key'),
        'agenda_registration.seats as value',
        'agenda_event.tfpb_axis as axis',
        noPlace.type_id.as('type_id'),
      ])
      .as('fact'),

  foyers_participants: (q, period, nowLocal) =>
    attendance(q, period, nowLocal)
      .innerJoin('household_place as place', (join) => join.on(sql<boolean>`place.household_id = ${attendeeHousehold}`))
      .select([
        'place.residence_id',
        noPlace.qpv_code.as('qpv_code'),
        householdKey('place.household_id').$castTo<string>().as('unit'),
        householdKey('place.household_id').as('household_key'),
        one.as('value'),
        'agenda_event.tfpb_axis as axis',
        noPlace.type_id.as('type_id'),
      ])
      .as('fact'),

  partenaires_actifs: (q, { from, to }) =>
    q
      .selectFrom('club_partner')
      .select([
        noPlace.residence_id.as('residence_id'),
        noPlace.qpv_code.as('qpv_code'),
        sql<string>`'c' || club_partner.id`.as('unit'),
        sql<string | null>`NULL`.as('household_key'),
        one.as('value'),
        noPlace.axis.as('axis'),
        noPlace.type_id.as('type_id'),
      ])
      // Active at some point of the period: its status on the first day, or a change to active during it.
      .where((eb) =>
        eb.or([
          eb(sql`(SELECT s.status FROM club_partner_status s WHERE s.partner_id = club_partner.id AND s.changed_on <= ${from} ORDER BY s.changed_on DESC, s.id DESC LIMIT 1)`, '=', 'active'),
          eb.exists(eb.selectFrom('club_partner_status as s').select('s.id').whereRef('s.partner_id', '=', 'club_partner.id').where('s.status', '=', 'active').where('s.changed_on', '>', from).where('s.changed_on', '<=', to)),
        ]),
      )
      .as('fact'),

  contrats_signes: (q, { from, to }) =>
    q
      .selectFrom('club_contract')
      .select([
        residenceOn(sql.ref('club_contract.household_id'), sql.ref('club_contract.signed_on')).as('residence_id'),
        noPlace.qpv_code.as('qpv_code'),
        sql<string>`'k' || club_contract.id`.as('unit'),
        householdKey('club_contract.household_id').as('household_key'),
        one.as('value'),
        noPlace.axis.as('axis'),
        noPlace.type_id.as('type_id'),
      ])
      .where('club_contract.kind', '=', 'contract')
      .where('club_contract.signed_on', '>=', from)
      .where('club_contract.signed_on', '<=', to)
      .as('fact'),

  suivis_actifs: (q, { from, to }) =>
    q
      .selectFrom('followup')
      .innerJoin('person', 'person.id', 'followup.person_id')
      .innerJoin('household_place as place', 'place.household_id', 'person.household_id')
      .select([
        'place.residence_id',
        noPlace.qpv_code.as('qpv_code'),
        sql<string>`'f' || followup.id`.as('unit'),
        householdKey('place.household_id').as('household_key'),
        one.as('value'),
        noPlace.axis.as('axis'),
        noPlace.type_id.as('type_id'),
      ])
      .where('followup.started_on', '<=', to)
      .where((eb) => eb.or([eb('followup.ended_on', 'is', null), eb('followup.ended_on', '>=', from)]))
      .as('fact'),

  contacts_suivi: (q, { from, to }) =>
    q
      .selectFrom('followup_contact')
      .innerJoin('followup', 'followup.id', 'followup_contact.followup_id')
      .innerJoin('person', 'person.id', 'followup.person_id')
      .select([
        residenceOn(sql.ref('person.household_id'), sql.ref('followup_contact.contacted_on')).as('residence_id'),
        noPlace.qpv_code.as('qpv_code'),
        sql<string>`'x' || followup_contact.id`.as('unit'),
        householdKey('person.household_id').as('household_key'),
        one.as('value'),
        noPlace.axis.as('axis'),
        noPlace.type_id.as('type_id'),
      ])
      .where('followup_contact.contacted_on', '>=', from)
      .where('followup_contact.contacted_on', '<=', to)
      .as('fact'),
};

/** Orders of the period (not cancelled), their lines, or their amounts in cents, per service axis for lines. */
function serviceFacts(q: PeriodQueries, { from, to }: ExportPeriod, what: 'order' | 'line' | 'amount'): Facts {
  const orders = q
    .selectFrom('service_order')
    .leftJoin('member', 'member.id', 'service_order.member_id')
    .leftJoin('person', 'person.id', 'member.person_id')
    .where('service_order.status', '!=', 'cancelled')
    .where('service_order.due_on', '>=', from)
    .where('service_order.due_on', '<=', to);
  const place = [
    residenceOn(sql.ref('person.household_id'), sql.ref('service_order.due_on')).as('residence_id'),
    noPlace.qpv_code.as('qpv_code'),
    // A customer who is not a member counts as a household of their own.
    sql<string | null>`coalesce('h' || person.household_id, 'o' || service_order.id)`.as('household_key'),
    noPlace.type_id.as('type_id'),
  ] as const;
  if (what === 'order') {
    return orders.select([...place, sql<string>`'o' || service_order.id`.as('unit'), one.as('value'), noPlace.axis.as('axis')]).as('fact');
  }
  return orders
    .innerJoin('service_order_line as line', 'line.order_id', 'service_order.id')
    .innerJoin('service', 'service.id', 'line.service_id')
    .select([
      ...place,
      sql<string>`'s' || line.id`.as('unit'),
      (what === 'line' ? one : sql<number>`line.quantity * line.unit_price_cents`).as('value'),
      'service.tfpb_axis as axis',
    ])
    .as('fact');
}

/** The household behind a registration (null: a guest not known to the office). */
const attendeeHousehold = sql<number | null>`coalesce(agenda_registration.household_id, person.household_id)`;

/** Attended registrations of the period's held sessions. */
function attendance(q: PeriodQueries, { from, to }: ExportPeriod, nowLocal: string) {
  return q
    .selectFrom('agenda_registration')
    .innerJoin('agenda_event', 'agenda_event.id', 'agenda_registration.event_id')
    .leftJoin('person', 'person.id', 'agenda_registration.person_id')
    .where('agenda_registration.attended_at', 'is not', null)
    .where('agenda_registration.status', '!=', 'cancelled')
    .where('agenda_event.status', '!=', 'cancelled')
    .where(eventDay, '>=', from)
    .where(eventDay, '<=', to)
    .where('agenda_event.starts_at', '<=', nowLocal);
}

/**
 * Events and sessions of the period, once per QPV they concern (the event's own QPV, else those of its residences).
 * An event is a one-off event or a whole series; a session is one occurrence. held: not cancelled and started by now.
 */
function eventFacts(q: PeriodQueries, { from, to }: ExportPeriod, what: 'event' | 'session', heldBy?: string): Facts {
  let events = q
    .selectFrom('agenda_event')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('agenda_event as e')
          .select(['e.id as event_id', sql<string | null>`e.qpv_code`.as('qpv_code')])
          .where('e.qpv_code', 'is not', null)
          .union(
            eb
              .selectFrom('agenda_event_residence as er')
              .innerJoin('agenda_event as e', 'e.id', 'er.event_id')
              .innerJoin('residence', 'residence.id', 'er.residence_id')
              .select(['e.id as event_id', 'residence.qpv_code'])
              .where('e.qpv_code', 'is', null)
              .where('residence.qpv_code', 'is not', null),
          )
          .as('event_qpv'),
      (join) => join.onRef('event_qpv.event_id', '=', 'agenda_event.id'),
    )
    .select([
      noPlace.residence_id.as('residence_id'),
      'event_qpv.qpv_code',
      (what === 'event' ? sql<string>`coalesce('s' || agenda_event.series_id, 'e' || agenda_event.id)` : sql<string>`'e' || agenda_event.id`).as('unit'),
      sql<string | null>`NULL`.as('household_key'),
      one.as('value'),
      'agenda_event.tfpb_axis as axis',
      noPlace.type_id.as('type_id'),
    ])
    .where(eventDay, '>=', from)
    .where(eventDay, '<=', to);
  if (heldBy !== undefined) events = events.where('agenda_event.status', '!=', 'cancelled').where('agenda_event.starts_at', '<=', heldBy);
  return events.as('fact');
}

/** Counts an indicator's facts at one level. */
function figuresAt(db: SyncDb, q: PeriodQueries, facts: Facts, measure: Measure, level: Level): GroupFigure[] {
  const value = measure === 'distinct' ? sql<number>`count(DISTINCT fact.unit)` : sql<number>`coalesce(sum(fact.value), 0)`;
  const base = q
    .selectFrom(facts)
    .leftJoin('residence', 'residence.id', 'fact.residence_id')
    .select([value.as('value'), sql<number>`count(DISTINCT fact.household_key)`.as('households')]);
  const key: RawBuilder<string | number | null> = {
    bureau: sql<null>`NULL`,
    qpv: sql<string | null>`coalesce(fact.qpv_code, residence.qpv_code)`,
    residence: sql<number | null>`fact.residence_id`,
    axe: sql<number | null>`fact.axis`,
    type_adhesion: sql<number | null>`fact.type_id`,
  }[level];
  const rows = level === 'bureau' ? db.all(base.select(key.as('key'))) : db.all(base.select(key.as('key')).groupBy(key));
  return rows.map((row) => ({ level, key: row.key, value: row.value, households: row.households }));
}

/** Every level's figures of the indicators counted in SQL. */
export function countedFigures(db: SyncDb, period: ExportPeriod, nowLocal: string): Map<IndicatorId, GroupFigure[]> {
  const q = periodQueries(db, period);
  const figures = new Map<IndicatorId, GroupFigure[]>();
  for (const { id, measure, levels } of INDICATORS) {
    if (id === 'economies_foyers') continue;
    const facts = factsOf[id](q, period, nowLocal);
    figures.set(id, levels.flatMap((level) => figuresAt(db, q, facts, measure, level)));
  }
  return figures;
}
