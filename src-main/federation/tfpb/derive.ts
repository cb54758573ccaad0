import type { SyncDb } from '../../../db/query.ts';
import { CATEGORY_LABELS, type EventCategory } from '../../agenda/events/fields.ts';
import { NOTHING_TYPED } from './actions.ts';

/*
 * Actions derived from what the office recorded elsewhere: the agenda's events tagged with a TFPB axis (one action
 * per QPV × axis × category) and the conciergerie's services tagged with one (one action per QPV × service).
 * Deriving again refreshes the counts of the same rows (source_key) and keeps what was typed by hand on them.
 */

interface Derived {
  qpvCode: string;
  axis: number;
  sourceKey: string;
  source: 'event' | 'service';
  label: string;
  subAction: string;
  sessions: number;
  participants: number;
  households: number;
}

/** Events of the year that took place (not cancelled, started by `until`), once per QPV they concern. */
function heldEventsByQpv(db: SyncDb, year: number, until: string) {
  const base = db.q
    .selectFrom('agenda_event as e')
    .where('e.tfpb_axis', 'is not', null)
    .where('e.status', '<>', 'cancelled')
    .where('e.starts_at', '>=', `${year}-01-01`)
    .where('e.starts_at', '<', `${year + 1}-01-01`)
    .where('e.starts_at', '<', until);
  // The event's own QPV when set, otherwise the QPVs of the residences it is for.
  return base
    .where('e.qpv_code', 'is not', null)
    .select(['e.id as event_id', 'e.category', 'e.tfpb_axis as axis', 'e.qpv_code as qpv_code'])
    .union(
      base
        .innerJoin('agenda_event_residence as er', 'er.event_id', 'e.id')
        .innerJoin('residence as r', 'r.id', 'er.residence_id')
        .where('e.qpv_code', 'is', null)
        .where('r.qpv_code', 'is not', null)
        .select(['e.id as event_id', 'e.category', 'e.tfpb_axis as axis', 'r.qpv_code as qpv_code']),
    );
}

function fromEvents(db: SyncDb, year: number, until: string): Derived[] {
  const groups = db.all(
    db.q
      .with('held', () => heldEventsByQpv(db, year, until))
      .selectFrom('held as h')
      .leftJoin('agenda_registration as reg', (join) =>
        join.onRef('reg.event_id', '=', 'h.event_id').on('reg.attended_at', 'is not', null).on('reg.status', '<>', 'cancelled'),
      )
      .select((eb) => [
        'h.qpv_code',
        'h.axis',
        'h.category',
        eb.fn.count<number>('h.event_id').distinct().as('sessions'),
        eb.fn.coalesce(eb.fn.sum<number>('reg.seats'), eb.lit(0)).as('participants'),
        eb.fn.count<number>('reg.household_id').distinct().as('households'),
      ])
      .groupBy(['h.qpv_code', 'h.axis', 'h.category']),
  );
  return groups.map((group) => ({
    qpvCode: group.qpv_code!,
    axis: group.axis!,
    sourceKey: `event:${group.category}:${group.axis}`,
    source: 'event',
    label: `${CATEGORY_LABELS[group.category as EventCategory] ?? group.category} (agenda)`,
    subAction: 'Animations de l’agenda',
    sessions: group.sessions,
    participants: Number(group.participants),
    households: group.households,
  }));
}

/** Orders of the year (not cancelled) of services tagged with an axis, placed where the household lived then. */
function fromServices(db: SyncDb, year: number): Derived[] {
  const groups = db.all(
    db.q
      .selectFrom('service_order_line as l')
      .innerJoin('service as s', 's.id', 'l.service_id')
      .innerJoin('service_order as o', 'o.id', 'l.order_id')
      .innerJoin('member as m', 'm.id', 'o.member_id')
      .innerJoin('person as p', 'p.id', 'm.person_id')
      .innerJoin('occupancy as oc', (join) =>
        join
          .onRef('oc.household_id', '=', 'p.household_id')
          .onRef('oc.entered_on', '<=', 'o.due_on')
          .on((eb) => eb.or([eb('oc.left_on', 'is', null), eb('oc.left_on', '>', eb.ref('o.due_on'))])),
      )
      .innerJoin('dwelling as d', 'd.id', 'oc.dwelling_id')
      .innerJoin('residence as r', 'r.id', 'd.residence_id')
      .where('s.tfpb_axis', 'is not', null)
      .where('r.qpv_code', 'is not', null)
      .where('o.status', '<>', 'cancelled')
      .where('o.due_on', '>=', `${year}-01-01`)
      .where('o.due_on', '<', `${year + 1}-01-01`)
      .select((eb) => [
        'r.qpv_code',
        's.id as service_id',
        's.label',
        's.tfpb_axis as axis',
        eb.fn.count<number>('o.id').distinct().as('orders'),
        eb.fn.count<number>('m.person_id').distinct().as('people'),
        eb.fn.count<number>('p.household_id').distinct().as('households'),
      ])
      .groupBy(['r.qpv_code', 's.id']),
  );
  return groups.map((group) => ({
    qpvCode: group.qpv_code!,
    axis: group.axis!,
    sourceKey: `service:${group.service_id}`,
    source: 'service',
    label: `${group.label} (conciergerie)`,
    subAction: 'Services de la conciergerie',
    sessions: group.orders,
    participants: group.people,
    households: group.households,
  }));
}

interface DeriveResult {
  created: number;
  updated: number;
  removed: number;
}

/**
 * Refreshes the derived actions of a year. A derived row whose source disappeared is removed if nothing was typed on
 * it, otherwise kept with its counts at zero (its costs and co-funders are the user's).
 */
export function deriveActions(db: SyncDb, year: number, until: string, userId: number | null, now: string): DeriveResult {
  const derived = [...fromEvents(db, year, until), ...fromServices(db, year)];
  const existing = db.all(db.q.selectFrom('tfpb_action').selectAll().where('year', '=', year).where('source_key', 'is not', null));
  const keyOf = (qpvCode: string, sourceKey: string) => `${qpvCode}|${sourceKey}`;
  const byKey = new Map(existing.map((row) => [keyOf(row.qpv_code, row.source_key!), row]));
  const result: DeriveResult = { created: 0, updated: 0, removed: 0 };

  for (const action of derived) {
    const counts = { axis: action.axis, sessions: action.sessions, participants: action.participants, households: action.households };
    const current = byKey.get(keyOf(action.qpvCode, action.sourceKey));
    byKey.delete(keyOf(action.qpvCode, action.sourceKey));
    if (current) {
      db.run(db.q.updateTable('tfpb_action').set({ ...counts, updated_at: now }).where('id', '=', current.id));
      result.updated++;
      continue;
    }
    db.run(
      db.q.insertInto('tfpb_action').values({
        ...counts,
        ...NOTHING_TYPED,
        year,
        qpv_code: action.qpvCode,
        sub_action: action.subAction,
        label: action.label,
        status: 'done',
        source: action.source,
        source_key: action.sourceKey,
        created_by: userId,
        created_at: now,
        updated_at: now,
      }),
    );
    result.created++;
  }

  for (const gone of byKey.values()) {
    const typedByHand = gone.cost_cents > 0 || gone.claimed_cents > 0 || [gone.cofunders, gone.partners, gone.result_indicator, gone.documents].some(Boolean);
    if (typedByHand) {
      db.run(db.q.updateTable('tfpb_action').set({ sessions: 0, participants: 0, households: 0, updated_at: now }).where('id', '=', gone.id));
      result.updated++;
    } else {
      db.run(db.q.deleteFrom('tfpb_action').where('id', '=', gone.id));
      result.removed++;
    }
  }
  return result;
}
