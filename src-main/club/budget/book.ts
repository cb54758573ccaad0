import type { Selectable } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import type { ClubBudgetEntryTable } from '../../../db/schema.ts';
import { PAYMENT_METHOD_LABELS, type PaymentMethod } from '../../conciergerie/till/kinds.ts';
import type { BudgetCategory, BudgetDirection } from './categories.ts';

/*
 * The club's book: the receipts and expenses typed in, and the partners' fee payments read straight from the fee
 * calls (one source of truth: a payment recorded, corrected or removed there shows here at once).
 */

export interface BookRow {
  /** entry: typed in this book; partner_fee: a fee payment (id: the payment's). */
  source: 'entry' | 'partner_fee';
  id: number;
  entryOn: string;
  direction: BudgetDirection;
  category: BudgetCategory;
  label: string;
  amountCents: number;
  reference: string;
}

/** A row typed in this book, as the book shows it. */
export function entryRow(row: Selectable<ClubBudgetEntryTable>): BookRow {
  return {
    source: 'entry',
    id: row.id,
    entryOn: row.entry_on,
    direction: row.direction as BudgetDirection,
    category: row.category as BudgetCategory,
    label: row.label,
    amountCents: row.amount_cents,
    reference: row.reference,
  };
}

/** Every row dated within [from, to] (ISO days, inclusive), by date. */
export function bookRows(db: SyncDb, from: string, to: string): BookRow[] {
  const entries = db.all(db.q.selectFrom('club_budget_entry').selectAll().where('entry_on', '>=', from).where('entry_on', '<=', to)).map(entryRow);
  const fees: BookRow[] = db
    .all(
      db.q
        .selectFrom('club_fee_payment')
        .innerJoin('club_fee_call', 'club_fee_call.id', 'club_fee_payment.fee_call_id')
        .innerJoin('club_partner', 'club_partner.id', 'club_fee_call.partner_id')
        .select([
          'club_fee_payment.id',
          'club_fee_payment.paid_on',
          'club_fee_payment.amount_cents',
          'club_fee_payment.method',
          'club_fee_payment.reference',
          'club_fee_call.year',
          'club_partner.name',
        ])
        .where('club_fee_payment.paid_on', '>=', from)
        .where('club_fee_payment.paid_on', '<=', to),
    )
    .map((row) => ({
      source: 'partner_fee',
      id: row.id,
      entryOn: row.paid_on,
      direction: 'receipt',
      category: 'partner_fees',
      label: `Cotisation ${row.year} — ${row.name} (${PAYMENT_METHOD_LABELS[row.method as PaymentMethod].toLowerCase()})`,
      amountCents: row.amount_cents,
      reference: row.reference,
    }));
  return [...entries, ...fees].sort((a, b) => a.entryOn.localeCompare(b.entryOn) || a.source.localeCompare(b.source) || a.id - b.id);
}

export function bookTotals(rows: readonly BookRow[]) {
  const sum = (direction: BudgetDirection) => rows.filter((row) => row.direction === direction).reduce((total, row) => total + row.amountCents, 0);
  const receiptsCents = sum('receipt');
  const expensesCents = sum('expense');
  return { receiptsCents, expensesCents, balanceCents: receiptsCents - expensesCents };
}

export const yearBounds = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });
