import type { z } from 'zod';
import type { SyncDb } from '../../../db/query.ts';
import type { HandlerContext } from '../../core/context.ts';
import type { Handlers } from '../../core/dispatch.ts';
import { invalidField, notFound } from '../../core/errors.ts';
import { today } from '../context.ts';
import { type BookRow, bookRows, bookTotals, yearBounds } from './book.ts';
import type { budgetContract } from './contract.ts';

type EntryFields = z.output<(typeof budgetContract)['club.budget.create']['input']>;

function entryRow(db: SyncDb, id: number): BookRow {
  const row = db.get(db.q.selectFrom('club_budget_entry').select('entry_on').where('id', '=', id));
  if (!row) throw notFound('Écriture');
  return bookRows(db, row.entry_on, row.entry_on).find((r) => r.source === 'entry' && r.id === id)!;
}

function entryColumns(fields: EntryFields, ctx: HandlerContext) {
  if (fields.entryOn > today(ctx)) throw invalidField('entryOn', 'La date de l’écriture ne peut pas être dans le futur.');
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

/** Every year that has a row, with its totals, the latest first. */
function yearTotals(db: SyncDb) {
  const rows = bookRows(db, '0000-01-01', '9999-12-31');
  const years = [...new Set(rows.map((row) => Number(row.entryOn.slice(0, 4))))].sort((a, b) => b - a);
  return years.map((year) => ({ year, ...bookTotals(rows.filter((row) => row.entryOn.startsWith(String(year)))) }));
}

export const budgetHandlers: Handlers<typeof budgetContract> = {
  'club.budget.list': ({ year }, { db }) => {
    const { from, to } = yearBounds(year);
    const rows = bookRows(db, from, to);
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
      years: yearTotals(db),
    };
  },

  'club.budget.create': (fields, ctx) => {
    const { db } = ctx;
    const columns = entryColumns(fields, ctx);
    const { id } = db.get(
      db.q.insertInto('club_budget_entry').values({ ...columns, created_by: ctx.user?.id ?? null, created_at: columns.updated_at }).returning('id'),
    )!;
    return entryRow(db, id);
  },

  'club.budget.update': ({ id, ...fields }, ctx) => {
    const { db } = ctx;
    entryRow(db, id);
    db.run(db.q.updateTable('club_budget_entry').set(entryColumns(fields, ctx)).where('id', '=', id));
    return entryRow(db, id);
  },

  'club.budget.remove': ({ id }, { db }) => {
    if (db.run(db.q.deleteFrom('club_budget_entry').where('id', '=', id)).changes === 0) throw notFound('Écriture');
    return { id };
  },
};
