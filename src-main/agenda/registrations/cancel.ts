import type { HandlerContext } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import type { PaymentMethod } from '../../conciergerie/till/kinds.ts';
import { euros } from '../../shared/money.ts';
import { getEvent } from '../events/repository.ts';
import type { AgendaEvent } from '../events/schemas.ts';
import { eventDay } from './event.ts';
import { chargeSeats, heldCents, type PaymentRef, refundSeats } from './payment.ts';
import { payerMemberId, registrationKind } from './registrant.ts';
import { laterSessionIds } from './register.ts';
import { type Promotion, fillFreedSeats } from './seats.ts';
import { amountDue, getRegistrationRow, type RegistrationRow, registrationName, registrationQuery } from './views.ts';

/*
 * Cancelling frees the seats at once: the waiting line moves up in the same write and the screens say who got in.
 * A paid registration is refunded (a new negative payment, the original receipt untouched) when the desk says how;
 * otherwise the money stays in the till and the message says so.
 */

interface CancelOptions {
  wholeSeries: boolean;
  refundMethod: PaymentMethod | null;
}

/** The same registrant's live registrations in the later sessions of the series. */
function laterOfSameRegistrant(ctx: HandlerContext, event: AgendaEvent, row: RegistrationRow): RegistrationRow[] {
  const sessions = laterSessionIds(ctx, event);
  if (sessions.length === 0) return [];
  const query = registrationQuery(ctx.db).where('reg.event_id', 'in', sessions).where('reg.status', '<>', 'cancelled');
  const kind = registrationKind(row);
  if (kind === 'person') return ctx.db.all(query.where('reg.person_id', '=', row.person_id));
  const others = query.where('reg.person_id', 'is', null);
  // A guest is known by their phone (a forgotten guest has none left: nothing later to match).
  if (kind === 'guest') return row.guest_phone === null ? [] : ctx.db.all(others.where('reg.guest_phone', '=', row.guest_phone));
  return ctx.db.all(others.where('reg.guest_name', 'is', null).where('reg.household_id', '=', row.household_id));
}

function refund(ctx: HandlerContext, row: RegistrationRow, method: PaymentMethod): PaymentRef | null {
  const left = heldCents(row);
  return row.payment_id === null || left <= 0 ? null : refundSeats(ctx, row.payment_id, left, method, 'annulation de l’inscription');
}

export function cancelRegistration(ctx: HandlerContext, id: number, options: CancelOptions) {
  const { db } = ctx;
  const row = getRegistrationRow(db, id);
  if (row.status === 'cancelled') throw new AppError('CONFLICT', `L’inscription de ${registrationName(row)} est déjà annulée.`);
  if (row.attended_at !== null) throw new AppError('CONFLICT', `La présence de ${registrationName(row)} est enregistrée : retirez-la d’abord pour annuler l’inscription.`);
  const event = getEvent(db, row.event_id);
  const rows = [row, ...(options.wholeSeries ? laterOfSameRegistrant(ctx, event, row).filter((later) => later.attended_at === null) : [])];
  const now = ctx.nowIso();
  const refunds: PaymentRef[] = [];
  let unrefundedCents = 0;
  for (const target of rows) {
    db.run(db.q.updateTable('agenda_registration').set({ status: 'cancelled', cancelled_at: now, updated_at: now }).where('id', '=', target.id));
    if (options.refundMethod) {
      const given = refund(ctx, target, options.refundMethod);
      if (given) refunds.push(given);
    } else unrefundedCents += heldCents(target);
  }
  const promotions: Promotion[] = [];
  for (const target of rows) if (target.status === 'confirmed') promotions.push(...fillFreedSeats(ctx, target.event_id));

  const what = rows.length > 1 ? `${rows.length} inscriptions de ${registrationName(row)} annulées (à partir du ${eventDay(event)})` : `Inscription de ${registrationName(row)} annulée`;
  const money = [
    ...refunds.map((r) => `remboursement de ${euros(r.amountCents)} (reçu ${r.receiptNumber})`),
    ...(unrefundedCents > 0 ? [`${euros(unrefundedCents)} payés non remboursés`] : []),
  ];
  const message = [`${what}${money.length ? ` : ${money.join(', ')}` : ''}.`, ...promotions.map((p) => p.message)].join(' ');
  return { id, cancelled: rows.length, promotions, refunds, message };
}

/** Takes the price of a confirmed registration that owes it (promoted from the waiting list, or let in unpaid). */
export function payRegistration(ctx: HandlerContext, id: number, method: PaymentMethod) {
  const row = getRegistrationRow(ctx.db, id);
  const due = amountDue(row);
  if (row.status !== 'confirmed') throw new AppError('CONFLICT', `${registrationName(row)} n’a pas de place confirmée : rien à régler.`);
  if (due === 0) throw new AppError('CONFLICT', `L’inscription de ${registrationName(row)} ne doit rien${row.payment_id !== null ? ' : elle est déjà payée' : ''}.`);
  const payment = chargeSeats(ctx, getEvent(ctx.db, row.event_id), { memberId: payerMemberId(ctx.db, row), seats: row.seats }, method);
  ctx.db.run(ctx.db.q.updateTable('agenda_registration').set({ payment_id: payment.id, updated_at: ctx.nowIso() }).where('id', '=', id));
  return { id, payment };
}
