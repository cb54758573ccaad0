import type { HandlerContext } from '../../core/context.ts';
import { euros } from '../../shared/money.ts';
import { getEvent } from '../events/repository.ts';
import type { AgendaEvent } from '../events/schemas.ts';
import { eventRows, registrationName } from './views.ts';

/** A waiting registration that just got a seat, as the screens announce it. */
export interface Promotion {
  registrationId: number;
  eventId: number;
  name: string;
  /** "Léa Martin passe de la liste d’attente aux inscrits (à régler : 5,00 €)." */
  message: string;
}

/**
 * Whether `seats` more fit on an event (always, when it has no capacity). `event` is read in the same write, before
 * any seat of it changed: its confirmed seats are the count the check needs.
 */
export function seatsFit(event: Pick<AgendaEvent, 'capacity' | 'confirmedSeats'>, seats: number): boolean {
  return event.capacity === null || event.confirmedSeats + seats <= event.capacity;
}

/**
 * Promotes waiting registrations of an event, in order, while confirmed seats stay within its capacity.
 * Called after a cancellation, a change of seats, and by the events part when an event’s capacity grows.
 *
 * The line is walked in registered_at, id order and each registration that fits the seats left is promoted: a
 * household waiting for 3 seats is not promoted into 1 free seat, but a later registration for 1 seat is. Holding
 * the seat empty until 3 are free would leave children out of a session for nothing, and the household keeps its
 * place at the head of the line: it is promoted as soon as enough seats free up together (a capacity increase, a
 * household cancelling). Unpaid promotions of a paid event read "à régler": the person was not there to pay.
 */
export function fillFreedSeats(ctx: HandlerContext, eventId: number): Promotion[] {
  const { db } = ctx;
  const event = getEvent(db, eventId);
  if (event.status !== 'planned') return [];
  let free = event.capacity === null ? Number.POSITIVE_INFINITY : event.capacity - event.confirmedSeats;
  const promotions: Promotion[] = [];
  const now = ctx.nowIso();
  for (const row of eventRows(db, eventId)) {
    if (free <= 0) break;
    if (row.status !== 'waiting' || row.seats > free) continue;
    db.run(db.q.updateTable('agenda_registration').set({ status: 'confirmed', promoted_at: now, updated_at: now }).where('id', '=', row.id));
    free -= row.seats;
    const name = registrationName(row);
    const due = event.priceCents > 0 ? ` (à régler : ${euros(event.priceCents * row.seats)})` : '';
    promotions.push({ registrationId: row.id, eventId, name, message: `${name} passe de la liste d’attente aux inscrits${due}.` });
  }
  return promotions;
}
