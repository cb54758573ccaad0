import { z } from 'zod';
import { idSchema, method } from '../../core/contract.ts';
import { methodSchema, paymentRefSchema, reasonSchema } from '../../conciergerie/till/fields.ts';
import { text } from '../../shared/fields.ts';
import { normalisePhone } from '../../shared/phone.ts';
import { eventSchema } from '../events/schemas.ts';

/* Registrations to events, the waiting list, attendance at the door and attendance sheets (module 'agenda'). */

const read = { module: 'agenda', kind: 'read' } as const;
const write = { module: 'agenda', kind: 'write' } as const;

const REGISTRATION_STATUSES = ['confirmed', 'waiting', 'cancelled'] as const;

const registrationView = z.object({
  id: z.number(),
  eventId: z.number(),
  kind: z.enum(['person', 'household', 'guest']),
  /** "Léa Martin", "Foyer Martin (3 personnes)", or the guest's name. */
  name: z.string(),
  personId: z.number().nullable(),
  householdId: z.number().nullable(),
  householdName: z.string().nullable(),
  /** Where the household lives now (null: not a tenant, or a guest). */
  residenceName: z.string().nullable(),
  memberNumber: z.string().nullable(),
  /** E.164, guests only. */
  guestPhone: z.string().nullable(),
  seats: z.number(),
  status: z.enum(REGISTRATION_STATUSES),
  /** Place in the waiting line (1 = promoted first), while waiting. */
  position: z.number().nullable(),
  registeredAt: z.string(),
  promotedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  attendedAt: z.string().nullable(),
  attendanceSource: z.enum(['scan', 'list']).nullable(),
  payment: z.object({ id: z.number(), receiptNumber: z.string(), amountCents: z.number(), refundedCents: z.number() }).nullable(),
  /** What a confirmed registration of a paid event still owes ("à régler"); 0 otherwise. */
  amountDueCents: z.number(),
  notes: z.string(),
});
export type RegistrationView = z.output<typeof registrationView>;

const summary = z.object({
  eventId: z.number(),
  capacity: z.number().nullable(),
  confirmedRegistrations: z.number(),
  /** Seats taken: the sum of the seats of confirmed registrations. */
  confirmedSeats: z.number(),
  /** null when the event has no capacity. */
  freeSeats: z.number().nullable(),
  waitingRegistrations: z.number(),
  waitingSeats: z.number(),
  /** People who came: the seats of attended registrations. */
  attendedParticipants: z.number(),
  /** Distinct households among those who came (guests have none). */
  attendedHouseholds: z.number(),
});
export type RegistrationSummary = z.output<typeof summary>;

/** What the registration screens show of an event. */
const eventBrief = eventSchema.pick({ id: true, title: true, seriesId: true, startsAt: true, endsAt: true, audience: true, capacity: true, priceCents: true, status: true, place: true });
export type EventBrief = z.output<typeof eventBrief>;

const phoneSchema = z
  .string({ error: 'Indiquez le téléphone de la personne.' })
  .trim()
  .transform((value, ctx) => {
    const phone = normalisePhone(value);
    if (!phone) ctx.addIssue({ code: 'custom', message: 'Téléphone invalide : tapez un numéro français, par exemple 06 12 34 56 78.' });
    return phone ?? '';
  });

const seatsSchema = z
  .number({ error: 'Indiquez le nombre de places.' })
  .int({ error: 'Le nombre de places est un nombre entier.' })
  .min(1, { error: 'Le nombre de places doit être compris entre 1 et 20.' })
  .max(20, { error: 'Le nombre de places doit être compris entre 1 et 20.' });

const whoSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('person'), personId: idSchema }),
    /** seats null: the people of the household on file. */
    z.object({ kind: z.literal('household'), householdId: idSchema, seats: seatsSchema.nullable().default(null) }),
    z.object({
      kind: z.literal('guest'),
      name: z.string({ error: 'Indiquez le nom de la personne.' }).trim().min(2, { error: 'Indiquez le nom de la personne (2 caractères au moins).' }).max(100, { error: 'Le nom ne doit pas dépasser 100 caractères.' }),
      phone: phoneSchema,
    }),
  ],
  { error: 'Choisissez qui inscrire : une personne, un foyer ou une personne non connue.' },
);

const outcome = z.object({
  eventId: z.number(),
  startsAt: z.string(),
  /** skipped: a later session of the series where the registrant already is, or outside its public. */
  status: z.enum(['confirmed', 'waiting', 'skipped']),
  registrationId: z.number().nullable(),
  position: z.number().nullable(),
  receiptNumber: z.string().nullable(),
  message: z.string(),
});

const pdfFile = z.object({ fileName: z.string(), base64: z.string() });

/** A waiting registration that got a seat in the same write, and the sentence that says so. */
const promotion = z.object({ registrationId: z.number(), eventId: z.number(), name: z.string(), message: z.string() });

const householdLine = z.object({
  id: z.number(),
  eventId: z.number(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  eventCancelled: z.boolean(),
  name: z.string(),
  seats: z.number(),
  status: z.enum(REGISTRATION_STATUSES),
  position: z.number().nullable(),
  attended: z.boolean(),
  amountDueCents: z.number(),
});

const openEvent = eventBrief.extend({ summary, eligible: z.boolean() });

const personCandidate = z.object({
  personId: z.number(),
  name: z.string(),
  householdId: z.number(),
  householdName: z.string(),
  /** People on file in the household: the seats of a whole-household registration by default. */
  householdSize: z.number(),
  residenceName: z.string().nullable(),
  memberNumber: z.string().nullable(),
  /** Already registered to the event (or counted in their household's registration). */
  registered: z.boolean(),
});

const checkInResult = z.object({
  /** The registration checked in (or found, or created), for the audit log. */
  id: z.number().nullable(),
  /**
   * checked_in: ticked now · already: ticked before, not counted twice · walk_in: created at the door and ticked ·
   * offer_walk_in: a member not registered, a seat is free: ask before creating · waiting: on the waiting list.
   */
  kind: z.enum(['checked_in', 'already', 'walk_in', 'offer_walk_in', 'waiting']),
  message: z.string(),
  memberNumber: z.string(),
  name: z.string(),
  summary,
});

export const registrationsContract = {
  /** An event's registrations: confirmed, waiting (with positions) and cancelled, and its figures. */
  'agenda.registrations.list': method({
    ...read,
    input: z.object({ eventId: idSchema }),
    output: z.object({
      event: eventBrief,
      summary,
      confirmed: z.array(registrationView),
      waiting: z.array(registrationView),
      cancelled: z.array(registrationView),
      /** Later planned sessions of the same series (for "toutes les séances à venir"). */
      laterSessions: z.number(),
    }),
  }),
  'agenda.registrations.summary': method({ ...read, input: z.object({ eventId: idSchema }), output: summary }),
  /** The figures of several events at once; unknown ids are left out. */
  'agenda.registrations.summaries': method({
    ...read,
    input: z.object({ eventIds: z.array(idSchema).max(2000, { error: '2000 événements au plus à la fois.' }) }),
    output: z.array(summary),
  }),
  /** People on file to register (by name, phone, address or member number), with whether they already are. */
  'agenda.registrations.findPeople': method({
    ...read,
    input: z.object({ eventId: idSchema, query: z.string().max(200, { error: 'La recherche ne doit pas dépasser 200 caractères.' }) }),
    output: z.array(personCandidate),
  }),
  /**
   * Registers a person, a household or a guest: confirmed while seats are left, else on the waiting list. A seat on a
   * paid event is paid at once at the till (paymentMethod); with wholeSeries, every later planned session of the
   * series too, each with its own capacity.
   */
  'agenda.registrations.register': method({
    ...write,
    input: z.object({
      eventId: idSchema,
      who: whoSchema,
      wholeSeries: z.boolean().default(false),
      paymentMethod: methodSchema.nullable().default(null),
      /** Registers someone outside the event's public: why (kept in the notes). */
      audienceOverride: reasonSchema('pourquoi inscrire cette personne hors du public prévu').nullable().default(null),
      notes: text(300, 'La note'),
    }),
    output: z.object({ id: z.number(), outcomes: z.array(outcome), confirmed: z.number(), waiting: z.number(), message: z.string() }),
  }),
  /**
   * Cancels a registration (and, with wholeSeries, the same registrant's in later sessions of the series); the seats
   * freed go to the waiting line. A paid registration is refunded when refundMethod is given.
   */
  'agenda.registrations.cancel': method({
    ...write,
    input: z.object({ id: idSchema, wholeSeries: z.boolean().default(false), refundMethod: methodSchema.nullable().default(null) }),
    output: z.object({
      id: z.number(),
      cancelled: z.number(),
      promotions: z.array(promotion),
      refunds: z.array(paymentRefSchema),
      message: z.string(),
    }),
  }),
  /**
   * Changes the seats of a household registration, keeping its place. Confirmed: more seats only if they fit now,
   * fewer seats go to the waiting line at once. Waiting: any number, promoted if it now fits. On a paid event, a
   * paid registration pays the difference (paymentMethod) or is refunded it (refundMethod; else the money is kept).
   */
  'agenda.registrations.setSeats': method({
    ...write,
    input: z.object({
      id: idSchema,
      seats: seatsSchema,
      paymentMethod: methodSchema.nullable().default(null),
      refundMethod: methodSchema.nullable().default(null),
    }),
    output: z.object({
      id: z.number(),
      seats: z.number(),
      status: z.enum(['confirmed', 'waiting']),
      position: z.number().nullable(),
      promotions: z.array(promotion),
      /** The new payment covering every seat (more seats on a paid registration). */
      charged: paymentRefSchema.nullable(),
      /** What was given back or moved off the previous receipt (amountCents positive). */
      refunded: paymentRefSchema.nullable(),
      message: z.string(),
    }),
  }),
  /**
   * Makes a guest's registration that of a person on file: same id, status, place in line, attendance and payment;
   * the guest's name and phone are emptied. Outside the event's public, staff give the reason (audienceOverride).
   */
  'agenda.registrations.attachGuest': method({
    ...write,
    input: z.object({
      id: idSchema,
      personId: idSchema,
      audienceOverride: reasonSchema('pourquoi rattacher cette personne hors du public prévu').nullable().default(null),
    }),
    output: z.object({ id: z.number(), registration: registrationView, message: z.string() }),
  }),
  /** Pays a confirmed registration that owes its price (promoted from the waiting list). */
  'agenda.registrations.pay': method({
    ...write,
    input: z.object({ id: idSchema, method: methodSchema }),
    output: z.object({ id: z.number(), payment: paymentRefSchema }),
  }),
  /** Ticks (or unticks) attendance from the list. */
  'agenda.registrations.setAttended': method({ ...write, input: z.object({ id: idSchema, attended: z.boolean() }), output: registrationView }),
  /**
   * A member card scanned at the door: checks in their registration (or their household's); a member not
   * registered is offered as a walk-in, created with walkIn (and paid, on a paid event).
   */
  'agenda.registrations.checkIn': method({
    ...write,
    input: z.object({
      eventId: idSchema,
      code: z.string({ error: 'Scannez ou tapez le numéro de la carte.' }).trim().min(1, { error: 'Scannez ou tapez le numéro de la carte.' }).max(40, { error: 'Ce code est trop long pour une carte d’adhérent.' }),
      walkIn: z.boolean().default(false),
      paymentMethod: methodSchema.nullable().default(null),
    }),
    output: checkInResult,
  }),
  /** The attendance sheet to sign (A4 PDF): confirmed registrations, blank rows for walk-ins, counts. */
  'agenda.registrations.sheetPdf': method({ ...read, input: z.object({ eventId: idSchema }), output: pdfFile }),
  /** A household's registrations: upcoming ones, past events (attended or not) and how many it attended this year. */
  'agenda.registrations.ofHousehold': method({
    ...read,
    input: z.object({ householdId: idSchema }),
    output: z.object({ upcoming: z.array(householdLine), past: z.array(householdLine), attendedThisYear: z.number(), year: z.number() }),
  }),
  /** Upcoming planned events to register to, with seats left and the waiting line; eligible: the household may register. */
  'agenda.registrations.openEvents': method({
    ...read,
    input: z.object({ householdId: idSchema.nullable().default(null) }),
    output: z.array(openEvent),
  }),
};

export type RegisterInput = z.output<(typeof registrationsContract)['agenda.registrations.register']['input']>;
export type RegisterOutcome = z.output<typeof outcome>;
export type CheckInResult = z.output<typeof checkInResult>;
export type HouseholdLine = z.output<typeof householdLine>;
