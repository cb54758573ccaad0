import type { Selectable } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import type { TfpbActionTable } from '../../../db/schema.ts';
import { notFound } from '../../core/errors.ts';
import type { ActionSource, TfpbAction, TfpbQpv } from './contract.ts';

/* The tfpb_action rows and the QPVs they belong to. */

type Row = Selectable<TfpbActionTable>;

/** The fields only a person can fill, as a derived action starts. */
export const NOTHING_TYPED = { dwellings: null, cost_cents: 0, claimed_cents: 0, cofunders: '', partners: '', result_indicator: '', documents: '' };

export const toAction = (row: Row): TfpbAction => ({
  id: row.id,
  year: row.year,
  qpvCode: row.qpv_code,
  axis: row.axis,
  subAction: row.sub_action,
  label: row.label,
  status: row.status as TfpbAction['status'],
  dwellings: row.dwellings,
  costCents: row.cost_cents,
  claimedCents: row.claimed_cents,
  cofunders: row.cofunders,
  sessions: row.sessions,
  participants: row.participants,
  households: row.households,
  partners: row.partners,
  resultIndicator: row.result_indicator,
  documents: row.documents,
  source: row.source as ActionSource,
});

export function actionRow(db: SyncDb, id: number): Row {
  const row = db.get(db.q.selectFrom('tfpb_action').selectAll().where('id', '=', id));
  if (!row) throw notFound('Action TFPB');
  return row;
}

export function yearActions(db: SyncDb, year: number, qpvCode: string | null): TfpbAction[] {
  let query = db.q.selectFrom('tfpb_action').selectAll().where('year', '=', year);
  if (qpvCode !== null) query = query.where('qpv_code', '=', qpvCode);
  return db.all(query.orderBy('qpv_code').orderBy('axis').orderBy('source').orderBy('label').orderBy('id')).map(toAction);
}

/** Every QPV of the office's residences, and any other code holding actions that year, with their dwellings. */
export function officeQpvs(db: SyncDb, year: number): TfpbQpv[] {
  const residences = db.all(
    db.q
      .selectFrom('residence as r')
      .leftJoin('dwelling as d', (join) => join.onRef('d.residence_id', '=', 'r.id').on('d.archived_at', 'is', null))
      .select(['r.qpv_code', 'r.name', (eb) => eb.fn.count<number>('d.id').as('dwellings')])
      .where('r.qpv_code', 'is not', null)
      .where('r.archived_at', 'is', null)
      .groupBy('r.id')
      .orderBy('r.sort_name'),
  );
  const actions = db.all(
    db.q.selectFrom('tfpb_action').select(['qpv_code', (eb) => eb.fn.countAll<number>().as('n')]).where('year', '=', year).groupBy('qpv_code'),
  );
  const byCode = new Map<string, TfpbQpv>();
  const qpvOf = (code: string) => {
    let qpv = byCode.get(code);
    if (!qpv) byCode.set(code, (qpv = { code, residences: [], dwellings: 0, actions: 0 }));
    return qpv;
  };
  for (const residence of residences) {
    const qpv = qpvOf(residence.qpv_code!);
    qpv.residences.push(residence.name);
    qpv.dwellings += residence.dwellings;
  }
  for (const row of actions) qpvOf(row.qpv_code).actions = row.n;
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}
