import type { Handlers } from '../../core/dispatch.ts';
import { notFound } from '../../core/errors.ts';
import { registerPrivacyParticipant } from '../../privacy/registry.ts';
import { attachGuest } from './attach-guest.ts';
import { checkIn, setAttended } from './attendance.ts';
import { cancelRegistration, payRegistration } from './cancel.ts';
import type { registrationsContract } from './contract.ts';
import { summaries } from './counts.ts';
import { forgetPastGuests } from './guests.ts';
import { eventRegistrations, findPeople, householdRegistrations, openEvents } from './lists.ts';
import { registrationsPrivacy } from './privacy-participant.ts';
import { register } from './register.ts';
import { setSeats } from './seat-change.ts';
import { attendanceSheetPdf } from './sheet-pdf.ts';

registerPrivacyParticipant(registrationsPrivacy);

export const registrationsHandlers: Handlers<typeof registrationsContract> = {
  'agenda.registrations.list': ({ eventId }, ctx) => eventRegistrations(ctx, eventId),
  'agenda.registrations.summary': ({ eventId }, ctx) => {
    const summary = summaries(ctx.db, [eventId])[0];
    if (!summary) throw notFound('Événement');
    return summary;
  },
  'agenda.registrations.summaries': ({ eventIds }, ctx) => summaries(ctx.db, eventIds),
  'agenda.registrations.findPeople': ({ eventId, query }, ctx) => findPeople(ctx.db, eventId, query),
  'agenda.registrations.register': (input, ctx) => {
    forgetPastGuests(ctx);
    return register(ctx, input);
  },
  'agenda.registrations.cancel': ({ id, ...options }, ctx) => cancelRegistration(ctx, id, options),
  'agenda.registrations.setSeats': ({ id, seats, ...methods }, ctx) => setSeats(ctx, id, seats, methods),
  'agenda.registrations.attachGuest': (input, ctx) => attachGuest(ctx, input),
  'agenda.registrations.pay': ({ id, method }, ctx) => payRegistration(ctx, id, method),
  'agenda.registrations.setAttended': ({ id, attended }, ctx) => setAttended(ctx, id, attended),
  'agenda.registrations.checkIn': (input, ctx) => checkIn(ctx, input),
  'agenda.registrations.sheetPdf': ({ eventId }, ctx) => attendanceSheetPdf(ctx.db, eventId),
  'agenda.registrations.ofHousehold': ({ householdId }, ctx) => householdRegistrations(ctx, householdId),
  'agenda.registrations.openEvents': ({ householdId }, ctx) => openEvents(ctx, householdId),
};
