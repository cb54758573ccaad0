import type { HandlerContext } from '../../core/context.ts';
import { AppError, invalidField } from '../../core/errors.ts';
import { getEvent } from '../events/repository.ts';
import type { AgendaEvent } from '../events/schemas.ts';
import { assertPlanned } from './event.ts';
import { registrationKind } from './registrant.ts';
import { plural } from './register.ts';
import { type SeatChangeMethods, settleSeatChange } from './seat-money.ts';
import { fillFreedSeats, seatsFit } from './seats.ts';
import { eventRows, getRegistrationRow, type RegistrationRow, registrationName, waitingPositions } from './views.ts';

/*
 * A household's seats change without it losing its place: learnt on the phone (one child more) or at the door (4
 * came, not 3; attendance counts follow the seats). A confirmed registration grows only into seats free now, never
 * onto the waiting list behind the desk's back, and hands the seats it drops to the waiting line in the same write.
 * A waiting one keeps its place in line and gets in as soon as it fits. A person or a guest is one seat.
 */

function assertChangeable(row: RegistrationRow): void {
  const kind = registrationKind(row);
  if (kind === 'person') {
    throw new AppError('CONFLICT', `L’inscription de ${registrationName(row)} est individuelle : elle compte une place. Pour venir à plusieurs, inscrivez chaque personne, ou le foyer entier.`);
  }
  if (kind === 'guest') {
    throw new AppError('CONFLICT', `L’inscription de ${row.guest_name} (personne non connue) compte une place : inscrivez chaque autre personne à part.`);
  }
  if (row.status === 'cancelled') throw new AppError('CONFLICT', `L’inscription du foyer ${row.household_name} est annulée : inscrivez le foyer de nouveau.`);
}

/** "Il ne reste qu’une place : le foyer Martin garde ses 2 places." */
function noRoom(event: AgendaEvent, row: RegistrationRow): string {
  const free = Math.max(0, (event.capacity ?? 0) - event.confirmedSeats);
  const keeps = `le foyer ${row.household_name} garde ${row.seats > 1 ? `ses ${row.seats} places` : 'sa place'}`;
  if (free === 0) return `« ${event.title} » est complet : ${keeps}.`;
  return `Il ne reste ${free === 1 ? 'qu’une place' : `que ${free} places`} : ${keeps}.`;
}

export function setSeats(ctx: HandlerContext, id: number, seats: number, methods: SeatChangeMethods) {
  const { db } = ctx;
  const row = getRegistrationRow(db, id);
  assertChangeable(row);
  const event = getEvent(db, row.event_id);
  assertPlanned(event);
  if (seats === row.seats) throw invalidField('seats', `Le foyer ${row.household_name} a déjà ${plural(seats, 'place')} : indiquez un autre nombre.`);
  if (row.status === 'confirmed' && seats > row.seats && !seatsFit(event, seats - row.seats)) throw new AppError('CONFLICT', noRoom(event, row));

  const money = row.status === 'confirmed' ? settleSeatChange(ctx, event, row, seats, methods) : null;
  db.run(db.q.updateTable('agenda_registration').set({ seats, updated_at: ctx.nowIso() }).where('id', '=', id));
  // Seats given back, or a waiting household that now fits: the line moves in the same write.
  const promotions = fillFreedSeats(ctx, event.id);

  const line = eventRows(db, event.id);
  const status = line.find((r) => r.id === id)!.status as 'confirmed' | 'waiting';
  const position = waitingPositions(line).get(id) ?? null;
  const change = `Foyer ${row.household_name} : ${plural(seats, 'place')} au lieu de ${row.seats}`;
  const sentence = status === 'waiting' ? `${change}, toujours en liste d’attente (position ${position}).` : `${change}${money?.note ? ` (${money.note})` : ''}.`;
  return {
    id,
    seats,
    status,
    position,
    promotions,
    charged: money?.charged ?? null,
    refunded: money?.refunded ?? null,
    message: [sentence, ...promotions.map((p) => p.message)].join(' '),
  };
}
