import type { SyncDb } from '../../../db/query.ts';
import type { HandlerContext } from '../../core/context.ts';
import { AppError, invalidField } from '../../core/errors.ts';
import { euros } from '../../shared/money.ts';
import type { PaymentMethod } from '../till/kinds.ts';
import { recordPayment, type RecordedPayment } from '../till/record-payment.ts';
import { memberRow } from './repository.ts';
import { balanceCents } from './standing.ts';

/*
 * The member's account: what they owe (late fees and damage, written by the loans) and what settled it (a payment
 * at the till, or a waiver with its reason). Rows are never edited; the balance is their sum and never goes below
 * zero by mistake: nobody pays or waives more than is owed.
 */

function assertOwed(db: SyncDb, memberId: number, amountCents: number, what: string): void {
  const { number } = memberRow(db, memberId);
  const owed = balanceCents(db, memberId);
  if (owed <= 0) throw new AppError('CONFLICT', `${number} ne doit rien (solde ${euros(owed)}) : il n’y a rien à ${what}.`);
  if (amountCents > owed) {
    throw invalidField('amountCents', `${euros(amountCents)} dépasse ce que doit ${number} (${euros(owed)}) : indiquez ${euros(owed)} au plus.`);
  }
}

/** Pays (part of) the balance at the till: a payment "Pénalités et frais" and the entry that settles it. */
export function payBalance(ctx: HandlerContext, memberId: number, amountCents: number, method: PaymentMethod): RecordedPayment {
  assertOwed(ctx.db, memberId, amountCents, 'régler');
  const { number } = memberRow(ctx.db, memberId);
  const label = `Règlement du solde de l’adhérent ${number}`;
  const payment = recordPayment(ctx, { memberId, method, purpose: 'late_fee', amountCents, label });
  ctx.db.run(
    ctx.db.q.insertInto('member_account_entry').values({
      member_id: memberId,
      kind: 'payment',
      amount_cents: -amountCents,
      label: `Règlement à la caisse (reçu ${payment.receiptNumber})`,
      loan_id: null,
      payment_id: payment.id,
      created_by: ctx.user?.id ?? null,
      created_at: ctx.nowIso(),
    }),
  );
  return payment;
}

/** Writes (part of) the balance off, with the operator's reason kept on the account. */
export function waive(ctx: HandlerContext, memberId: number, amountCents: number, reason: string): void {
  assertOwed(ctx.db, memberId, amountCents, 'remettre');
  ctx.db.run(
    ctx.db.q.insertInto('member_account_entry').values({
      member_id: memberId,
      kind: 'waiver',
      amount_cents: -amountCents,
      label: `Remise : ${reason}`,
      loan_id: null,
      payment_id: null,
      created_by: ctx.user?.id ?? null,
      created_at: ctx.nowIso(),
    }),
  );
}
