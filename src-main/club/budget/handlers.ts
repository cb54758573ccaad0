import type { z } from 'zod';
import type { SyncDb } from '../../../db/query.ts';
import type { HandlerContext } from '../../core/context.ts';
import type { Handlers } from '../../core/dispatch.ts';
import { notFound } from '../../core/errors.ts';
import { actor, assertNotFuture } from '../context.ts';
import { type BookRow, bookRows, bookTotals, entryRow } from './book.ts';
import type { budgetContract } from './contract.ts';

type EntryFields = z.output<(typeof budgetContract)['club.budget.create']['input']>;

function entryOf(db: SyncDb, id: number): BookRow {
  const row = db.get(db.q.selectFrom('club_budget_entry').selectAll().where('id', '=', id));
  if (!row) throw notFound('Écriture');
  return entryRow(row);
}

function entryColumns(fields: EntryFields, ctx: HandlerContext) {
  assertNotFuture(ctx, 'entryOn', fields.entryOn, 'La date de l’écriture');
  return {
    entry_on: fields.entryOn,
    direction: fields.direction,
    category: fields.category,
    label: fields.label,
    amount_cents: fields.amountCents,
    reference: fields.reference,
    updated_at: ctx.nowIso(),
  };
}

const yearOf = (row: BookRow) => Number(row.entryOn.slice(0, 4));

/** Every year that has a row, with its totals, the latest first. */
function yearTotals(rows: readonly BookRow[]) {
  const years = [...new Set(rows.map(yearOf))].sort((a, b) => b - a);
  return years.map((year) => ({ year, ...bookTotals(rows.filter((row) => yearOf(row) === year)) }));
}

export const budgetHandlers: Handlers<typeof budgetContract> = {
  'club.budget.list': ({ year }, { db }) => {
    // The whole book is read once: the year's rows, and every year's totals.
    const book = bookRows(db, '0000-01-01', '9999-12-31');
    const rows = book.filter((row) => yearOf(row) === year);
    const byCategory = new Map<string, { direction: BookRow['direction']; category: BookRow['category']; cents: number }>();
    for (const row of rows) {
      const key = `${row.direction}:${row.category}`;
      const group = byCategory.get(key) ?? { direction: row.direction, category: row.category, cents: 0 };
      group.cents += row.amountCents;
      byCategory.set(key, group);
    }
    return {
      year,
      rows,
      totals: bookTotals(rows),
      byCategory: [...byCategory.values()].sort((a, b) => a.direction.localeCompare(b.direction) || b.cents - a.cents),
      years: yearTotals(book),
    };
  },

  'club.budget.create': (fields, ctx) => {
    const { db } = ctx;
    const columns = entryColumns(fields, ctx);
    const { id } = db.get(
      db.q.insertInto('club_budget_entry').values({ ...columns, created_by: actor(ctx).userId, created_at: columns.updated_at }).returning('id'),
    )!;
    return entryOf(db, id);
  },

  'club.budget.update': ({ id, ...fields }, ctx) => {
    const { db } = ctx;
    entryOf(db, id);
    db.run(db.q.updateTable('club_budget_entry').set(entryColumns(fields, ctx)).where('id', '=', id));
    return entryOf(db, id);
  },

  'club.budget.remove': ({ id }, { db }) => {
    if (db.run(db.q.deleteFrom('club_budget_entry').where('id', '=', id)).changes === 0) throw notFound('Écriture');
    return { id };
  },
};
