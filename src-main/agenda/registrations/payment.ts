import type { HandlerContext } from '../../core/context.ts';
import { invalidField } from '../../core/errors.ts';
import type { PaymentMethod } from '../../conciergerie/till/kinds.ts';
import { recordPayment, type RecordedPayment } from '../../conciergerie/till/record-payment.ts';
import { euros } from '../../shared/money.ts';
import type { AgendaEvent } from '../events/schemas.ts';
import { eventDay } from './event.ts';

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
): RecordedPayment & { amountCents: number } {
  const amountCents = event.priceCents * payer.seats;
  const seats = payer.seats > 1 ? ` (${payer.seats} places)` : '';
  if (method === null) {
    throw invalidField('paymentMethod', `« ${event.title} » est payant : ${euros(amountCents)}${seats}. Choisissez le moyen de paiement pour confirmer la place.`);
  }
  const payment = recordPayment(ctx, { memberId: payer.memberId, method, purpose: 'event', amountCents, label: `${event.title} — ${eventDay(event)}${seats}` });
  return { ...payment, amountCents };
}
