import { type RawBuilder, sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import type { ExportPeriod } from './bundle.ts';
import { type Fact, type GroupFigure, groupFigures, residenceQpvs } from './figures.ts';
import { type IndicatorId, INDICATORS } from './indicators.ts';
import { type HouseholdPlaces, householdPlaces, residenceOn, withActivity } from './places.ts';
import { savingsFacts } from './savings.ts';

/*
 * The figures behind each indicator: one query per indicator lists its facts (one row per act, or per counted
 * person, household, member or event), then every level of the indicator is counted from those rows.
 */

const NULL = sql<null>`NULL`;
const one = sql<number>`1`;
/** An act's place and household key, from its household column: where that household lived on the act's day. */
const actOf = (household: string, day: string) => ({ residence: residenceOn(sql.ref(household), sql.ref(day)), household: sql<string | null>`'h' || ${sql.ref(household)}` });
/** The day an event or session takes place (its start is local wall-clock time, 'AAAA-MM-JJTHH:MM'). */
const eventDay = sql<string>`substr(agenda_event.starts_at, 1, 10)`;

interface FactColumns {
  unit: RawBuilder<string>;
  residence?: RawBuilder<number | null>;
  qpv?: RawBuilder<string | null>;
  household?: RawBuilder<string | null>;
  value?: RawBuilder<number>;
  axis?: RawBuilder<number | null>;
  type?: RawBuilder<number | null>;
}

/** The columns of a fact; what an indicator leaves out is null, and its value 1 (one act, one person…). */
const factColumns = ({ unit, residence = NULL, qpv = NULL, household = NULL, value = one, axis = NULL, type = NULL }: FactColumns) =>
  [residence.as('residence_id'), qpv.as('qpv_code'), unit.as('unit'), household.as('household_key'), value.as('value'), axis.as('axis'), type.as('type_id')] as const;

/**
 * Facts of households reached (people, members, borrowers…), read with their household's id: each is placed where its
 * household lived on its latest day of the period, and left out when the household was not reached.
 */
function placed(rows: readonly (Fact & { household_id: number | null })[], places: HouseholdPlaces): Fact[] {
  return rows.flatMap(({ household_id: household, ...fact }) =>
    household !== null && places.has(household) ? [{ ...fact, residence_id: places.get(household) ?? null, household_key: `h${household}` }] : [],
  );
}

interface Context {
  db: SyncDb;
  period: ExportPeriod;
  /** The office's wall-clock minute (an event is held once it has started) and day (savings count up to it). */
  nowLocal: string;
  today: string;
  places: HouseholdPlaces;
}

const factsOf: Record<IndicatorId, (context: Context) => Fact[]> = {
  foyers_touches: ({ places }) =>
    [...places].map(([household, residence]) => ({ residence_id: residence, qpv_code: null, unit: `h${household}`, household_key: `h${household}`, value: 1, axis: null, type_id: null })),

  personnes_touchees: ({ db, period, places }) =>
    placed(
      db.all(
        withActivity(db, period)
          .selectFrom('activity')
          .innerJoin('person', 'person.id', 'activity.person_id')
          .select([...factColumns({ unit: sql`'p' || person.id` }), 'person.household_id'])
          .distinct(),
      ),
      places,
    ),

  adherents: ({ db, period: { from, to }, places }) =>
    placed(
      db.all(
        db.q
          .selectFrom('member')
          .innerJoin('person', 'person.id', 'member.person_id')
          .select([
            ...factColumns({
              unit: sql`'m' || member.id`,
              // A member who changed type during the period counts under the latest one.
              type: sql`(SELECT ms.type_id FROM membership ms WHERE ms.member_id = member.id AND ms.starts_on <= ${to} AND ms.ends_on >= ${from}
                ORDER BY ms.starts_on DESC, ms.id DESC LIMIT 1)`,
            }),
            'person.household_id',
          ])
          .where((eb) => eb.exists(eb.selectFrom('membership as ms').select('ms.id').whereRef('ms.member_id', '=', 'member.id').where('ms.starts_on', '<=', to).where('ms.ends_on', '>=', from))),
      ),
      places,
    ),

  prets: ({ db, period: { from, to } }) =>
    db.all(
      db.q
        .selectFrom('loan')
        .innerJoin('member', 'member.id', 'loan.member_id')
        .innerJoin('person', 'person.id', 'member.person_id')
        .select(factColumns({ ...actOf('person.household_id', 'loan.lent_on'), unit: sql`'l' || loan.id` }))
        .where('loan.lent_on', '>=', from)
        .where('loan.lent_on', '<=', to),
    ),

  emprunteurs: ({ db, period: { from, to }, places }) =>
    placed(
      db.all(
        db.q
          .selectFrom('member')
          .innerJoin('person', 'person.id', 'member.person_id')
          .select([...factColumns({ unit: sql`'m' || member.id` }), 'person.household_id'])
          .where((eb) => eb.exists(eb.selectFrom('loan').select('loan.id').whereRef('loan.member_id', '=', 'member.id').where('loan.lent_on', '>=', from).where('loan.lent_on', '<=', to))),
      ),
      places,
    ),

  commandes_services: ({ db, period }) => serviceFacts(db, period, 'order'),
  lignes_services: ({ db, period }) => serviceFacts(db, period, 'line'),
  montant_services: ({ db, period }) => serviceFacts(db, period, 'amount'),

  evenements_programmes: ({ db, period }) => eventFacts(db, period, 'event'),
  evenements_realises: ({ db, period, nowLocal }) => eventFacts(db, period, 'event', nowLocal),
  seances_realisees: ({ db, period, nowLocal }) => eventFacts(db, period, 'session', nowLocal),

  participants: ({ db, period, nowLocal }) =>
    db.all(
      attendance(db, period, nowLocal).select(
        factColumns({
          residence: residenceOn(attendeeHousehold, eventDay),
          unit: sql`'r' || agenda_registration.id`,
          // Someone not known to the office counts as a household of their own.
          household: sql`coalesce('h' || ${attendeeHousehold}, 'g' || agenda_registration.id)`,
          value: sql.ref('agenda_registration.seats'),
          axis: sql.ref('agenda_event.tfpb_axis'),
        }),
      ),
    ),

  foyers_participants: ({ db, period, nowLocal, places }) =>
    placed(
      db.all(
        attendance(db, period, nowLocal).select([
          ...factColumns({ unit: sql`'h' || ${attendeeHousehold}`, axis: sql.ref('agenda_event.tfpb_axis') }),
          attendeeHousehold.as('household_id'),
        ]),
      ),
      places,
    ),

  partenaires_actifs: ({ db, period: { from, to } }) =>
    db.all(
      db.q
        .selectFrom('club_partner')
        .select(factColumns({ unit: sql`'c' || club_partner.id` }))
        // Active at some point of the period: its status on the first day, or a change to active during it.
        .where((eb) =>
          eb.or([
            eb(sql`(SELECT s.status FROM club_partner_status s WHERE s.partner_id = club_partner.id AND s.changed_on <= ${from} ORDER BY s.changed_on DESC, s.id DESC LIMIT 1)`, '=', 'active'),
            eb.exists(eb.selectFrom('club_partner_status as s').select('s.id').whereRef('s.partner_id', '=', 'club_partner.id').where('s.status', '=', 'active').where('s.changed_on', '>', from).where('s.changed_on', '<=', to)),
          ]),
        ),
    ),

  contrats_signes: ({ db, period: { from, to } }) =>
    db.all(
      db.q
        .selectFrom('club_contract')
        .select(factColumns({ ...actOf('club_contract.household_id', 'club_contract.signed_on'), unit: sql`'k' || club_contract.id` }))
        .where('club_contract.kind', '=', 'contract')
        .where('club_contract.signed_on', '>=', from)
        .where('club_contract.signed_on', '<=', to),
    ),

  economies_foyers: ({ db, period, today }) => savingsFacts(db, period, today),

  suivis_actifs: ({ db, period: { from, to }, places }) =>
    placed(
      db.all(
        db.q
          .selectFrom('followup')
          .innerJoin('person', 'person.id', 'followup.person_id')
          .select([...factColumns({ unit: sql`'f' || followup.id` }), 'person.household_id'])
          .where('followup.started_on', '<=', to)
          .where((eb) => eb.or([eb('followup.ended_on', 'is', null), eb('followup.ended_on', '>=', from)])),
      ),
      places,
    ),

  contacts_suivi: ({ db, period: { from, to } }) =>
    db.all(
      db.q
        .selectFrom('followup_contact')
        .innerJoin('followup', 'followup.id', 'followup_contact.followup_id')
        .innerJoin('person', 'person.id', 'followup.person_id')
        .select(factColumns({ ...actOf('person.household_id', 'followup_contact.contacted_on'), unit: sql`'x' || followup_contact.id` }))
        .where('followup_contact.contacted_on', '>=', from)
        .where('followup_contact.contacted_on', '<=', to),
    ),
};

/** Orders of the period (not cancelled), their lines, or their amounts in cents, per service axis for lines. */
function serviceFacts(db: SyncDb, { from, to }: ExportPeriod, what: 'order' | 'line' | 'amount'): Fact[] {
  const orders = db.q
    .selectFrom('service_order')
    .leftJoin('member', 'member.id', 'service_order.member_id')
    .leftJoin('person', 'person.id', 'member.person_id')
    .where('service_order.status', '!=', 'cancelled')
    .where('service_order.due_on', '>=', from)
    .where('service_order.due_on', '<=', to);
  const place = {
    residence: residenceOn(sql.ref('person.household_id'), sql.ref('service_order.due_on')),
    // A customer who is not a member counts as a household of their own.
    household: sql<string | null>`coalesce('h' || person.household_id, 'o' || service_order.id)`,
  };
  if (what === 'order') return db.all(orders.select(factColumns({ ...place, unit: sql`'o' || service_order.id` })));
  return db.all(
    orders
      .innerJoin('service_order_line as line', 'line.order_id', 'service_order.id')
      .innerJoin('service', 'service.id', 'line.service_id')
      .select(
        factColumns({
          ...place,
          unit: sql`'s' || line.id`,
          value: what === 'line' ? one : sql`line.quantity * line.unit_price_cents`,
          axis: sql.ref('service.tfpb_axis'),
        }),
      ),
  );
}

/** The household behind a registration (null: a guest not known to the office); a person's registration stores theirs. */
const attendeeHousehold = sql.ref<number | null>('agenda_registration.household_id');

/** Attended registrations of the period's held sessions. */
function attendance(db: SyncDb, { from, to }: ExportPeriod, nowLocal: string) {
  return db.q
    .selectFrom('agenda_registration')
    .innerJoin('agenda_event', 'agenda_event.id', 'agenda_registration.event_id')
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
function eventFacts(db: SyncDb, { from, to }: ExportPeriod, what: 'event' | 'session', heldBy?: string): Fact[] {
  let events = db.q
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
    .select(
      factColumns({
        qpv: sql.ref('event_qpv.qpv_code'),
        unit: what === 'event' ? sql`coalesce('s' || agenda_event.series_id, 'e' || agenda_event.id)` : sql`'e' || agenda_event.id`,
        axis: sql.ref('agenda_event.tfpb_axis'),
      }),
    )
    .where(eventDay, '>=', from)
    .where(eventDay, '<=', to);
  if (heldBy !== undefined) events = events.where('agenda_event.status', '!=', 'cancelled').where('agenda_event.starts_at', '<=', heldBy);
  return db.all(events);
}

/**
 * Every indicator's figures at each of its levels. The households reached and their places are read once, each
 * indicator's facts once, and every level is counted from those rows.
 */
export function indicatorFigures(db: SyncDb, period: ExportPeriod, nowLocal: string, today: string): Map<IndicatorId, GroupFigure[]> {
  const context: Context = { db, period, nowLocal, today, places: householdPlaces(db, period) };
  const qpvOf = residenceQpvs(db);
  return new Map(INDICATORS.map(({ id, measure, levels }) => [id, groupFigures(factsOf[id](context), measure, levels, qpvOf)]));
}
