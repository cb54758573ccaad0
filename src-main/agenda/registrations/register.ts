import type { HandlerContext } from '../../core/context.ts';
import { AppError, invalidField } from '../../core/errors.ts';
import type { PaymentMethod } from '../../conciergerie/till/kinds.ts';
import { todayIso } from '../../shared/days.ts';
import { formatPhone } from '../../shared/phone.ts';
import { type AudienceCheck, audienceCheck, notesWithOverride } from './audience.ts';
import type { RegisterInput, RegisterOutcome } from './contract.ts';
import { type EventQuery, eventQuery, getEvent, selectEvents } from '../events/repository.ts';
import type { AgendaEvent } from '../events/schemas.ts';
import { assertPlanned, eventDay, wallClockNow } from './event.ts';
import { type Registrant, registrationKind, resolveRegistrant, sameRegistrant } from './registrant.ts';
import { chargeSeats } from './payment.ts';
import { seatsFit } from './seats.ts';
import { eventRows, registrationName, waitingPositions } from './views.ts';

/*
 * Registering: the seat is checked inside the write (one IMMEDIATE transaction), so two desks can never overbook.
 * Full → the waiting line. On a paid event a seat is taken only against payment at the till; registrations promoted
 * later from the waiting line owe their price ("à régler") and are paid when the person comes by.
 */

/**
 * Why the registrant cannot register to this event (already there, counted with their household…), or null.
 * `exceptId`: a registration left out of the check (a guest's, being attached to this person).
 */
export function duplicateRefusal(ctx: HandlerContext, event: AgendaEvent, registrant: Registrant, exceptId: number | null = null): string | null {
  const rows = eventRows(ctx.db, event.id).filter((row) => row.status !== 'cancelled' && row.id !== exceptId);
  const positions = waitingPositions(rows);
  const standing = (row: (typeof rows)[number]) => (row.status === 'waiting' ? `en liste d’attente, position ${positions.get(row.id)}` : 'confirmée');
  const same = rows.find((row) => sameRegistrant(row, registrant));
  if (same) {
    const who = registrant.kind === 'guest' ? `Le ${formatPhone(registrant.guestPhone)} (${same.guest_name})` : registrant.name;
    return `${who} a déjà une inscription à « ${event.title} » du ${eventDay(event)} (${standing(same)}).`;
  }
  if (registrant.kind === 'person') {
    const household = rows.find((row) => registrationKind(row) === 'household' && row.household_id === registrant.householdId);
    if (household) return `La place de ${registrant.name} est déjà comptée dans l’inscription du foyer ${household.household_name} (${standing(household)}).`;
  }
  if (registrant.kind === 'household') {
    const alone = rows.filter((row) => registrationKind(row) === 'person' && row.household_id === registrant.householdId);
    if (alone.length > 0) {
      return `Inscription individuelle déjà faite pour : ${alone.map(registrationName).join(', ')}. Annulez-la d’abord, ou inscrivez les autres personnes une à une.`;
    }
  }
  return null;
}

interface RegisterOptions {
  paymentMethod: PaymentMethod | null;
  audienceOverride: string | null;
  notes: string;
  /** Checked in at once (a walk-in at the door). */
  attendedBy?: 'scan' | 'list';
}

/**
 * The reasons a registration is refused on this event, as one French sentence, or null. `audience`: the registrant's
 * check against events' publics, null when staff gave a reason to register them outside it.
 */
export function refusal(ctx: HandlerContext, event: AgendaEvent, registrant: Registrant, audience: AudienceCheck | null): string | null {
  if (event.status === 'cancelled') return `« ${event.title} » du ${eventDay(event)} est annulé.`;
  return duplicateRefusal(ctx, event, registrant) ?? audience?.(event) ?? null;
}

/**
 * Writes one registration (refusals checked by the caller): confirmed when its seats fit, else waiting. Returns its
 * outcome, with its place in the line or its receipt.
 */
export function insertRegistration(ctx: HandlerContext, event: AgendaEvent, registrant: Registrant, options: RegisterOptions): RegisterOutcome {
  const { db } = ctx;
  const fits = seatsFit(event, registrant.seats);
  const payment = fits && event.priceCents > 0 ? chargeSeats(ctx, event, registrant, options.paymentMethod) : null;
  const now = ctx.nowIso();
  const { id } = db.get(
    db.q
      .insertInto('agenda_registration')
      .values({
        event_id: event.id,
        person_id: registrant.personId,
        household_id: registrant.householdId,
        guest_name: registrant.guestName,
        guest_phone: registrant.guestPhone,
        seats: registrant.seats,
        status: fits ? 'confirmed' : 'waiting',
        registered_at: now,
        attended_at: options.attendedBy ? now : null,
        attendance_source: options.attendedBy ?? null,
        payment_id: payment?.id ?? null,
        notes: notesWithOverride(options.audienceOverride, options.notes),
        created_by: ctx.user?.id ?? null,
        created_at: now,
        updated_at: now,
      })
      .returning('id'),
  )!;
  const when = `« ${event.title} » du ${eventDay(event)}`;
  if (fits) {
    return {
      eventId: event.id,
      startsAt: event.startsAt,
      status: 'confirmed',
      registrationId: id,
      position: null,
      receiptNumber: payment?.receiptNumber ?? null,
      message: `Inscription confirmée pour ${registrant.name} : ${when}${payment ? ` (payé, reçu ${payment.receiptNumber})` : ''}.`,
    };
  }
  const position = waitingPositions(eventRows(db, event.id)).get(id)!;
  return {
    eventId: event.id,
    startsAt: event.startsAt,
    status: 'waiting',
    registrationId: id,
    position,
    receiptNumber: null,
    message: `Complet : ${registrant.name} en liste d’attente de ${when}, position ${position}.`,
  };
}

/** Narrows events to the later planned sessions of the event's series that have not begun (the event itself excluded). */
function laterInSeries(ctx: HandlerContext, event: AgendaEvent): ((query: EventQuery) => EventQuery) | null {
  if (event.seriesId === null) return null;
  const now = wallClockNow(ctx.clock);
  const from = event.startsAt > now ? event.startsAt : now;
  const seriesId = event.seriesId;
  return (q) => q.where('agenda_event.series_id', '=', seriesId).where('agenda_event.status', '=', 'planned').where('agenda_event.starts_at', '>', from).where('agenda_event.id', '<>', event.id);
}

/** The later planned sessions of the event's series that have not begun, read in full (to register to them). */
export function laterSessions(ctx: HandlerContext, event: AgendaEvent): AgendaEvent[] {
  const narrow = laterInSeries(ctx, event);
  return narrow ? selectEvents(ctx.db, narrow) : [];
}

/** The ids of those later sessions only: enough to count them or find registrations in them. */
export function laterSessionIds(ctx: HandlerContext, event: AgendaEvent): number[] {
  const narrow = laterInSeries(ctx, event);
  return narrow ? ctx.db.all(narrow(eventQuery(ctx.db)).clearSelect().select('agenda_event.id')).map((row) => row.id) : [];
}

export const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

/** "Léa Martin : 6 séances — 4 confirmées, 2 en liste d’attente, 1 laissée de côté." */
function seriesMessage(name: string, sessions: number, confirmed: number, waiting: number): string {
  const skipped = sessions - confirmed - waiting;
  const parts = [plural(confirmed, 'confirmée'), `${waiting} en liste d’attente`, ...(skipped > 0 ? [plural(skipped, 'laissée') + ' de côté'] : [])];
  return `${name} : ${plural(confirmed + waiting, 'séance')} — ${parts.join(', ')}.`;
}

export function register(ctx: HandlerContext, input: RegisterInput) {
  const event = getEvent(ctx.db, input.eventId);
  assertPlanned(event);
  const registrant = resolveRegistrant(ctx.db, input.who);
  const duplicate = duplicateRefusal(ctx, event, registrant);
  if (duplicate) throw new AppError('CONFLICT', duplicate);
  // Outside the public: the form then asks for the reason to register them anyway.
  const audience = input.audienceOverride === null ? audienceCheck(ctx.db, registrant, todayIso(ctx.clock)) : null;
  const outside = audience?.(event);
  if (outside) throw invalidField('audienceOverride', outside);
  const options: RegisterOptions = { paymentMethod: input.paymentMethod, audienceOverride: input.audienceOverride, notes: input.notes };
  const outcomes = [insertRegistration(ctx, event, registrant, options)];
  if (input.wholeSeries) {
    for (const session of laterSessions(ctx, event)) {
      const refused = refusal(ctx, session, registrant, audience);
      outcomes.push(
        refused
          ? { eventId: session.id, startsAt: session.startsAt, status: 'skipped', registrationId: null, position: null, receiptNumber: null, message: refused }
          : insertRegistration(ctx, session, registrant, options),
      );
    }
  }
  const confirmed = outcomes.filter((o) => o.status === 'confirmed').length;
  const waiting = outcomes.filter((o) => o.status === 'waiting').length;
  const message = outcomes.length === 1 ? outcomes[0]!.message : seriesMessage(registrant.name, outcomes.length, confirmed, waiting);
  return { id: outcomes[0]!.registrationId!, outcomes, confirmed, waiting, message };
}
