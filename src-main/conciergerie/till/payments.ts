import { type InferResult, sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import type { HandlerContext } from '../../core/context.ts';
import { AppError, invalidField, notFound } from '../../core/errors.ts';
import { euros } from '../../shared/money.ts';
import { personName } from '../../shared/names.ts';
import type { TillPayment } from './contract.ts';
import type { PaymentMethod, PaymentPurpose } from './kinds.ts';
import { recordPayment, type RecordedPayment } from './record-payment.ts';
import { assertCashInDrawer, type PaymentScope } from './sessions.ts';

/* Payments as the till lists them, and refunds: a new negative payment, never a change to the original. */

/** Deposits go back at the counter with the object (the loan records it): the till does not refund them. */
const NOT_REFUNDABLE: readonly string[] = ['deposit', 'deposit_return'];

const refunded = sql<number>`(SELECT coalesce(-sum(r.amount_cents), 0) FROM payment r WHERE r.refund_of = payment.id)`;

function paymentQuery(db: SyncDb) {
  return db.q
    .selectFrom('payment')
    .leftJoin('member', 'member.id', 'payment.member_id')
    .leftJoin('person', 'person.id', 'member.person_id')
    .leftJoin('payment as original', 'original.id', 'payment.refund_of')
    .leftJoin('staff_user', 'staff_user.id', 'payment.created_by')
    .selectAll('payment')
    .select([
      'member.number as member_number',
      'person.civility',
      'person.first_name',
      'person.usage_name',
      'person.family_name',
      'original.receipt_number as original_receipt',
      'staff_user.display_name as created_by_name',
      refunded.as('refunded'),
    ]);
}

type PaymentRow = InferResult<ReturnType<typeof paymentQuery>>[number];

function refundable(row: Pick<PaymentRow, 'amount_cents' | 'refund_of' | 'purpose' | 'refunded'>): number {
  if (row.amount_cents <= 0 || row.refund_of !== null || NOT_REFUNDABLE.includes(row.purpose)) return 0;
  return row.amount_cents - row.refunded;
}

function toTillPayment(row: PaymentRow): TillPayment {
  return {
    id: row.id,
    receiptNumber: row.receipt_number,
    paidAt: row.paid_at,
    sessionId: row.session_id,
    member:
      row.member_id !== null && row.member_number !== null
        ? {
            id: row.member_id,
            number: row.member_number,
            name: personName({ civility: row.civility ?? '', first_name: row.first_name ?? '', usage_name: row.usage_name ?? '', family_name: row.family_name ?? '' }),
          }
        : null,
    method: row.method as PaymentMethod,
    purpose: row.purpose as PaymentPurpose,
    amountCents: row.amount_cents,
    label: row.label,
    refundOf: row.refund_of !== null && row.original_receipt !== null ? { id: row.refund_of, receiptNumber: row.original_receipt } : null,
    refundedCents: row.refunded,
    refundableCents: refundable(row),
    createdBy: row.created_by_name,
  };
}

export function getPayment(db: SyncDb, id: number): TillPayment {
  const row = db.get(paymentQuery(db).where('payment.id', '=', id));
  if (!row) throw notFound('Encaissement');
  return toTillPayment(row);
}

export function listPayments(db: SyncDb, scope: PaymentScope): TillPayment[] {
  let query = paymentQuery(db).orderBy('payment.id', 'desc');
  query = 'sessionId' in scope ? query.where('payment.session_id', '=', scope.sessionId) : query.where('payment.paid_at', '>=', scope.start).where('payment.paid_at', '<', scope.end);
  return db.all(query).map(toTillPayment);
}

export interface Refund {
  paymentId: number;
  amountCents: number;
  method: PaymentMethod;
  reason: string;
}

/**
 * Gives back all or part of a payment: a new payment of the same purpose, negative, pointing at the original. Never
 * more than what is left of it, never a refund of a refund or of a deposit, never more cash than the drawer holds.
 */
export function refundPayment(ctx: HandlerContext, refund: Refund): RecordedPayment {
  const row = ctx.db.get(paymentQuery(ctx.db).where('payment.id', '=', refund.paymentId));
  if (!row) throw notFound('Encaissement');
  const receipt = row.receipt_number;
  if (row.refund_of !== null || row.amount_cents < 0) throw new AppError('CONFLICT', `Le reçu ${receipt} est lui-même un remboursement : il ne se rembourse pas.`);
  if (NOT_REFUNDABLE.includes(row.purpose)) {
    throw new AppError('CONFLICT', `Le reçu ${receipt} est une caution : elle se rend au retour de l’objet, depuis le comptoir.`);
  }
  const left = refundable(row);
  if (left <= 0) throw new AppError('CONFLICT', `Le reçu ${receipt} a déjà été remboursé en totalité.`);
  if (refund.amountCents > left) {
    throw invalidField('amountCents', `Il reste ${euros(left)} à rembourser sur le reçu ${receipt} : indiquez ${euros(left)} au plus.`);
  }
  if (refund.method === 'cash') assertCashInDrawer(ctx.db, refund.amountCents);
  return recordPayment(ctx, {
    memberId: row.member_id,
    method: refund.method,
    purpose: row.purpose as PaymentPurpose,
    amountCents: -refund.amountCents,
    label: `Remboursement du reçu ${receipt} : ${refund.reason}`,
    refundOf: row.id,
  });
}
