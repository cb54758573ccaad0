import type { SyncDb } from '../../../db/query.ts';
import type { HandlerContext } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { todayIso } from '../../shared/days.ts';
import type { PaymentMethod, PaymentPurpose } from './kinds.ts';

interface NewPayment {
  memberId: number | null;
  method: PaymentMethod;
  purpose: PaymentPurpose;
  /** Positive for money received, negative for money given back (refund, deposit returned). Never 0. */
  amountCents: number;
  /** What the receipt says it is for, e.g. "Adhésion mensuelle (1 mois)". */
  label: string;
  refundOf?: number | null;
}

export interface RecordedPayment {
  id: number;
  receiptNumber: string;
}

/** The till session open now, if any (at most one: a unique index says so). */
export function openTillSession(db: SyncDb) {
  return db.get(db.q.selectFrom('till_session').selectAll().where('closed_at', 'is', null));
}

/**
 * The next receipt number of the year: "2026-000042". Payments are never deleted, so numbers run without gaps;
 * the caller's write transaction (IMMEDIATE) keeps two counters from taking the same one.
 */
function nextReceiptNumber(db: SyncDb, year: string): string {
  const last = db.get(
    db.q
      .selectFrom('payment')
      .select('receipt_number')
      .where('receipt_number', '>', `${year}-`)
      .where('receipt_number', '<', `${year}.`)
      .orderBy('receipt_number', 'desc')
      .limit(1),
  );
  const sequence = last ? Number(last.receipt_number.slice(5)) + 1 : 1;
  return `${year}-${String(sequence).padStart(6, '0')}`;
}

/**
 * Records one payment in the open till session: the only way money enters the till, whatever it pays for.
 * Must run inside the caller's write transaction, together with what the payment settles.
 */
export function recordPayment(ctx: HandlerContext, payment: NewPayment): RecordedPayment {
  const { db } = ctx;
  const session = openTillSession(db);
  if (!session) throw new AppError('CONFLICT', 'La caisse est fermée : ouvrez la caisse avant d’encaisser.');
  if (!Number.isInteger(payment.amountCents) || payment.amountCents === 0) {
    throw new AppError('VALIDATION', 'Le montant encaissé doit être un nombre de centimes différent de zéro.');
  }
  const receiptNumber = nextReceiptNumber(db, todayIso(ctx.clock).slice(0, 4));
  const { id } = db.get(
    db.q
      .insertInto('payment')
      .values({
        receipt_number: receiptNumber,
        session_id: session.id,
        member_id: payment.memberId,
        method: payment.method,
        purpose: payment.purpose,
        amount_cents: payment.amountCents,
        label: payment.label,
        refund_of: payment.refundOf ?? null,
        paid_at: ctx.nowIso(),
        created_by: ctx.user?.id ?? null,
      })
      .returning('id'),
  )!;
  return { id, receiptNumber };
}
