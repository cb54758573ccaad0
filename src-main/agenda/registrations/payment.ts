import type { z } from 'zod';
import type { HandlerContext } from '../../core/context.ts';
import { invalidField } from '../../core/errors.ts';
import type { PaymentMethod } from '../../conciergerie/till/kinds.ts';
import type { paymentRefSchema } from '../../conciergerie/till/fields.ts';
import { refundPayment } from '../../conciergerie/till/payments.ts';
import { recordPayment } from '../../conciergerie/till/record-payment.ts';
import { euros } from '../../shared/money.ts';
import type { AgendaEvent } from '../events/schemas.ts';
import { eventDay } from './event.ts';
import type { RegistrationRow } from './views.ts';

/** A payment taken or given back for seats: its receipt, and the amount that changed hands (positive either way). */
export type PaymentRef = z.output<typeof paymentRefSchema>;

/** What a registration has paid and still holds: its payment less the refunds made from it (0 when unpaid). */
export const heldCents = (row: Pick<RegistrationRow, 'paid_cents' | 'refunded_cents'>): number => (row.paid_cents ?? 0) - row.refunded_cents;

/** Gives back part of a registration's payment: a new negative payment pointing at its receipt, never an edit. */
export function refundSeats(ctx: HandlerContext, paymentId: number, amountCents: number, method: PaymentMethod, reason: string): PaymentRef {
  return { ...refundPayment(ctx, { paymentId, amountCents, method, reason }), amountCents };
}

/**
 * Takes the price of `seats` seats of a paid event at the till (which must be open: recordPayment refuses clearly
 * otherwise). No name on the receipt's line: payments are never edited, and an erasure must leave nothing
 * identifying behind.
 */
export function chargeSeats(
  ctx: HandlerContext,
  event: AgendaEvent,
  payer: { memberId: number | null; seats: number },
  method: PaymentMethod | null,
): PaymentRef {
  const amountCents = event.priceCents * payer.seats;
  const seats = payer.seats > 1 ? ` (${payer.seats} places)` : '';
  if (method === null) {
    throw invalidField('paymentMethod', `« ${event.title} » est payant : ${euros(amountCents)}${seats}. Choisissez le moyen de paiement pour confirmer la place.`);
  }
  const payment = recordPayment(ctx, { memberId: payer.memberId, method, purpose: 'event', amountCents, label: `${event.title} — ${eventDay(event)}${seats}` });
  return { ...payment, amountCents };
}
