import type { HandlerContext } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import type { PaymentMethod } from '../../conciergerie/till/kinds.ts';
import { findMemberByNumber } from '../../conciergerie/loans/member-identity.ts';
import { MEMBER_NUMBER, normaliseMemberNumber } from '../../conciergerie/members/numbers.ts';
import { frenchTime } from '../../shared/clock-day.ts';
import { todayIso } from '../../shared/days.ts';
import { audienceCheck } from './audience.ts';
import type { CheckInResult } from './contract.ts';
import { summaries } from './counts.ts';
import { getEvent } from '../events/repository.ts';
import { assertPlanned } from './event.ts';
import { insertRegistration, refusal } from './register.ts';
import { registrationKind, resolveRegistrant } from './registrant.ts';
import { seatsFit } from './seats.ts';
import { eventRows, getRegistrationRow, registrationName, registrationView, waitingPositions } from './views.ts';

/*
 * Attendance: ticked on the list, or checked in at the door by scanning member cards. A household registration is
 * checked in by the card of any of its people. A registration is counted once, however many times it is scanned.
 */

function markAttended(ctx: HandlerContext, id: number, source: 'scan' | 'list'): void {
  const now = ctx.nowIso();
  ctx.db.run(ctx.db.q.updateTable('agenda_registration').set({ attended_at: now, attendance_source: source, updated_at: now }).where('id', '=', id));
}

export function setAttended(ctx: HandlerContext, id: number, attended: boolean) {
  const row = getRegistrationRow(ctx.db, id);
  assertPlanned(getEvent(ctx.db, row.event_id));
  if (row.status !== 'confirmed') {
    throw new AppError('CONFLICT', `${registrationName(row)} n’a pas de place confirmée (${row.status === 'waiting' ? 'liste d’attente' : 'inscription annulée'}) : pas de présence à pointer.`);
  }
  if (attended && row.attended_at === null) markAttended(ctx, id, 'list');
  if (!attended && row.attended_at !== null) {
    ctx.db.run(ctx.db.q.updateTable('agenda_registration').set({ attended_at: null, attendance_source: null, updated_at: ctx.nowIso() }).where('id', '=', id));
  }
  return registrationView(ctx.db, id);
}

interface CheckIn {
  eventId: number;
  code: string;
  walkIn: boolean;
  paymentMethod: PaymentMethod | null;
}

export function checkIn(ctx: HandlerContext, input: CheckIn): CheckInResult {
  const { db } = ctx;
  const event = getEvent(db, input.eventId);
  assertPlanned(event);
  const code = normaliseMemberNumber(input.code);
  if (!MEMBER_NUMBER.test(code)) throw new AppError('VALIDATION', `« ${code} » n’est pas une carte d’adhérent : le numéro est un A suivi de 5 chiffres (A00042).`);
  const member = findMemberByNumber(db, code);
  if (!member) throw new AppError('NOT_FOUND', `Aucun adhérent n’a le numéro ${code} : vérifiez la carte, ou inscrivez la personne depuis la liste.`);

  const result = (id: number | null, kind: CheckInResult['kind'], message: string): CheckInResult => ({
    id,
    kind,
    message,
    memberNumber: member.number,
    name: member.name,
    summary: summaries(db, [event.id])[0]!,
  });

  const live = eventRows(db, event.id).filter((row) => row.status !== 'cancelled');
  const own = live.find((row) => row.person_id === member.personId);
  const household = live.find((row) => registrationKind(row) === 'household' && row.household_id === member.householdId);
  const registration = own ?? household;
  if (registration) {
    const who = registration === own ? member.name : `${member.name} (${registrationName(registration)})`;
    if (registration.status === 'waiting') {
      const position = waitingPositions(live).get(registration.id);
      return result(registration.id, 'waiting', `${who} : en liste d’attente (position ${position}), pas de place confirmée.`);
    }
    if (registration.attended_at !== null) {
      return result(registration.id, 'already', `${who} : présence déjà enregistrée à ${frenchTime(registration.attended_at)}, comptée une seule fois.`);
    }
    markAttended(ctx, registration.id, 'scan');
    return result(registration.id, 'checked_in', `Bienvenue ${who} : présence enregistrée.`);
  }

  // Not registered: a walk-in, when the public and a free seat allow it.
  const registrant = resolveRegistrant(db, { kind: 'person', personId: member.personId });
  const refused = refusal(ctx, event, registrant, audienceCheck(db, registrant, todayIso(ctx.clock)));
  if (refused) throw new AppError('CONFLICT', refused);
  if (!seatsFit(event, 1)) throw new AppError('CONFLICT', `${member.name} n’a pas d’inscription et « ${event.title} » est complet : pas de place sur place.`);
  if (!input.walkIn) return result(null, 'offer_walk_in', `${member.name} n’a pas d’inscription : une place est libre, l’inscrire sur place ?`);
  const outcome = insertRegistration(ctx, event, registrant, { paymentMethod: input.paymentMethod, audienceOverride: null, notes: 'Inscription sur place', attendedBy: 'scan' });
  return result(outcome.registrationId, 'walk_in', `Inscription sur place de ${member.name} : présence enregistrée${outcome.receiptNumber ? ` (reçu ${outcome.receiptNumber})` : ''}.`);
}
