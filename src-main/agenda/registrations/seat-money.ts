import type { HandlerContext } from '../../core/context.ts';
import { invalidField } from '../../core/errors.ts';
import type { PaymentMethod } from '../../conciergerie/till/kinds.ts';
import { euros } from '../../shared/money.ts';
import type { AgendaEvent } from '../events/schemas.ts';
import { chargeSeats, heldCents, type PaymentRef, refundSeats } from './payment.ts';
import { payerMemberId } from './registrant.ts';
import { plural } from './register.ts';
import type { RegistrationRow } from './views.ts';

/*
 * The money side of a change of seats on a paid event. A registration links one payment (payment_id); what it has
 * paid is that payment less its refunds.
 * - Not paid yet (promoted, "à régler"): nothing moves, the amount due follows the seats.
 * - Fewer seats: the difference is refunded from that payment (a new negative payment) when the desk says how, or
 *   kept, and the message says so.
 * - More seats: the till re-issues. A new payment for all the seats, then what the old one still held refunded with
 *   the same method, its label naming the new receipt. So the registration still links one payment that covers all
 *   its seats, each method's total moves by what really changed hands (the difference), and nothing is edited.
 */

interface SeatMoney {
  charged: PaymentRef | null;
  refunded: PaymentRef | null;
  /** "à régler : 15,00 €", "remboursement de 5,00 €, reçu 2026-000004"…, or null when no money is concerned. */
  note: string | null;
}

/** How the desk takes more money, or gives some back (null: not said; a refund not said keeps the money). */
export interface SeatChangeMethods {
  paymentMethod: PaymentMethod | null;
  refundMethod: PaymentMethod | null;
}

const NOTHING: SeatMoney = { charged: null, refunded: null, note: null };

/** Settles the money of a confirmed registration going from its seats to `seats` (the caller writes the seats). */
export function settleSeatChange(ctx: HandlerContext, event: AgendaEvent, row: RegistrationRow, seats: number, methods: SeatChangeMethods): SeatMoney {
  if (event.priceCents === 0) return NOTHING;
  const cost = event.priceCents * seats;
  if (row.payment_id === null) return { ...NOTHING, note: `à régler : ${euros(cost)}` };
  const paid = heldCents(row);
  if (cost > paid) return reissue(ctx, event, row, seats, paid, methods.paymentMethod);
  if (cost === paid) return NOTHING;
  if (methods.refundMethod === null) return { ...NOTHING, note: `${euros(paid - cost)} payés non remboursés` };
  const refunded = refundSeats(ctx, row.payment_id, paid - cost, methods.refundMethod, `places ramenées de ${row.seats} à ${seats}`);
  return { charged: null, refunded, note: `remboursement de ${euros(paid - cost)}, reçu ${refunded.receiptNumber}` };
}

function reissue(ctx: HandlerContext, event: AgendaEvent, row: RegistrationRow, seats: number, paid: number, method: PaymentMethod | null): SeatMoney {
  const cost = event.priceCents * seats;
  const more = euros(cost - paid);
  if (method === null) {
    throw invalidField('paymentMethod', `Le foyer ${row.household_name} passe à ${plural(seats, 'place')} : ${more} de plus à encaisser. Choisissez le moyen de paiement.`);
  }
  // Charged first: a cash refund of the old receipt then always finds the money in the drawer.
  const charged = chargeSeats(ctx, event, { memberId: payerMemberId(ctx.db, row), seats }, method);
  const refunded = paid > 0 ? refundSeats(ctx, row.payment_id!, paid, method, `remplacé par le reçu ${charged.receiptNumber} (${plural(seats, 'place')})`) : null;
  ctx.db.run(ctx.db.q.updateTable('agenda_registration').set({ payment_id: charged.id, updated_at: ctx.nowIso() }).where('id', '=', row.id));
  const replaces = refunded ? `, qui remplace le reçu ${row.receipt_number}` : '';
  return { charged, refunded, note: `${more} de plus : reçu ${charged.receiptNumber} de ${euros(cost)} pour ${plural(seats, 'place')}${replaces}` };
}
