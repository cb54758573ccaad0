import { type InferResult, sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import { notFound } from '../../core/errors.ts';
import type { CopyCondition } from '../catalogue/kinds.ts';
import type { RepairFilter, RepairTicket } from './contract.ts';
import type { RepairStatus } from './statuses.ts';

function ticketQuery(db: SyncDb) {
  return db.q
    .selectFrom('repair')
    .innerJoin('copy', 'copy.id', 'repair.copy_id')
    .innerJoin('item', 'item.id', 'copy.item_id')
    .selectAll('repair')
    .select(['copy.barcode', 'copy.condition', 'item.id as item_id', 'item.title']);
}

type TicketRow = InferResult<ReturnType<typeof ticketQuery>>[number];

const toTicket = (row: TicketRow): RepairTicket => ({
  id: row.id,
  copyId: row.copy_id,
  barcode: row.barcode,
  itemId: row.item_id,
  title: row.title,
  condition: row.condition as CopyCondition,
  status: row.status as RepairStatus,
  problem: row.problem,
  repairer: row.repairer,
  costCents: row.cost_cents,
  notes: row.notes,
  openedOn: row.opened_on,
  closedOn: row.closed_on,
});

export function getTicket(db: SyncDb, id: number): RepairTicket {
  const row = db.get(ticketQuery(db).where('repair.id', '=', id));
  if (!row) throw notFound('Ticket de réparation');
  return toTicket(row);
}

/** The open ticket of a copy, if any (at most one: a unique index says so). */
export function openTicketOf(db: SyncDb, copyId: number) {
  return db.get(db.q.selectFrom('repair').select(['id', 'opened_on']).where('copy_id', '=', copyId).where('closed_on', 'is', null));
}

export function listTickets(db: SyncDb, filter: RepairFilter, offset: number, limit: number): { rows: RepairTicket[]; total: number } {
  let base = ticketQuery(db);
  if (filter === 'active') base = base.where('repair.closed_on', 'is', null);
  else if (filter === 'closed') base = base.where('repair.closed_on', 'is not', null);
  else if (filter !== 'all') base = base.where('repair.status', '=', filter);
  const total = db.get(base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
  const rows = db.all(
    base
      .orderBy(sql`repair.closed_on IS NOT NULL`)
      .orderBy(sql`CASE WHEN repair.closed_on IS NULL THEN repair.opened_on END`)
      .orderBy('repair.closed_on', 'desc')
      .orderBy('repair.id', 'desc')
      .limit(limit)
      .offset(offset),
  );
  return { rows: rows.map(toTicket), total };
}
