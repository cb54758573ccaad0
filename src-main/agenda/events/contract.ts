import { z } from 'zod';
import { idSchema, isoDateSchema, method } from '../../core/contract.ts';
import { text } from '../../shared/fields.ts';
import { cancelReasonSchema, EVENT_CATEGORIES, eventFieldsSchema, ROOM_KINDS, seriesFieldsSchema } from './fields.ts';
import { eventSchema, roomSchema, seriesChangeSchema, seriesSchema } from './schemas.ts';

const read = { module: 'agenda', kind: 'read' } as const;
const write = { module: 'agenda', kind: 'write' } as const;
const byId = z.object({ id: idSchema });

const roomFields = z.object({
  name: z
    .string({ error: 'Le nom de la salle est obligatoire.' })
    .trim()
    .min(2, { error: 'Le nom de la salle est obligatoire (2 caractères au moins).' })
    .max(80, { error: 'Le nom de la salle ne doit pas dépasser 80 caractères.' }),
  kind: z.enum(ROOM_KINDS, { error: 'Choisissez le type de salle.' }),
  residenceId: idSchema.nullable().default(null),
  capacity: z
    .number({ error: 'La capacité est un nombre entier de personnes, de 1 à 1 000.' })
    .int({ error: 'La capacité est un nombre entier de personnes, de 1 à 1 000.' })
    .min(1, { error: 'La capacité est un nombre entier de personnes, de 1 à 1 000.' })
    .max(1000, { error: 'La capacité est un nombre entier de personnes, de 1 à 1 000.' })
    .nullable()
    .default(null),
});

/** What the calendar views narrow on: a residence (its events and those open to every residence), a category, a room. */
const filters = {
  residenceId: idSchema.nullable().default(null),
  category: z.enum(EVENT_CATEGORIES).nullable().default(null),
  roomId: idSchema.nullable().default(null),
};

/** A period of days, both included; at most about 13 months. */
const period = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .refine((p) => p.from <= p.to, { error: 'La fin de la période précède son début.', path: ['to'] })
  .refine((p) => Date.parse(p.to) - Date.parse(p.from) <= 400 * 86_400_000, { error: 'La période est trop longue : 13 mois au plus.', path: ['to'] });

export const eventsContract = {
  // ——— Rooms: office staff set them up (admin on the agenda); everyone who plans events chooses among them ———
  'agenda.rooms.list': method({
    ...read,
    input: z.object({ includeArchived: z.boolean().default(false) }),
    output: z.object({ rows: z.array(roomSchema) }),
  }),
  'agenda.rooms.create': method({ ...write, right: 'admin', input: roomFields, output: roomSchema }),
  'agenda.rooms.update': method({ ...write, right: 'admin', input: roomFields.safeExtend({ id: idSchema }), output: roomSchema }),
  /** Archives a room: it keeps its past events and is no longer offered. Refused while planned events remain. */
  'agenda.rooms.archive': method({ ...write, right: 'admin', input: byId, output: roomSchema }),
  'agenda.rooms.restore': method({ ...write, right: 'admin', input: byId, output: roomSchema }),

  // ——— Events ———
  /** The events of a period (the month and week views), by start time. */
  'agenda.events.range': method({
    ...read,
    input: period.safeExtend(filters),
    output: z.object({ rows: z.array(eventSchema) }),
  }),
  /** Upcoming events (the list view), from a day on, paged, with a search on title, place, organiser and partners. */
  'agenda.events.list': method({
    ...read,
    input: z.object({
      ...filters,
      from: isoDateSchema.nullable().default(null),
      search: z.string().max(200).default(''),
      includeCancelled: z.boolean().default(true),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.object({ rows: z.array(eventSchema), total: z.number() }),
  }),
  'agenda.events.get': method({ ...read, input: byId, output: eventSchema }),
  'agenda.events.create': method({ ...write, input: eventFieldsSchema, output: eventSchema }),
  /** Edits one event, or one session of a series (which then leaves the series' later edits alone). */
  'agenda.events.update': method({ ...write, input: eventFieldsSchema.safeExtend({ id: idSchema }), output: eventSchema }),
  /** Cancels one event or one session: kept, shown struck through, exported as cancelled. */
  'agenda.events.cancel': method({ ...write, input: z.object({ id: idSchema, reason: cancelReasonSchema }), output: eventSchema }),
  /** Puts a cancelled event back on (the room must still be free). */
  'agenda.events.reinstate': method({ ...write, input: byId, output: eventSchema }),

  // ——— Recurring series ———
  'agenda.series.get': method({ ...read, input: byId, output: seriesSchema }),
  'agenda.series.create': method({ ...write, input: seriesFieldsSchema, output: seriesChangeSchema }),
  /**
   * Edits the whole series from today on: every upcoming session not edited on its own takes the new details and
   * times; dates follow the new rule (sessions the rule no longer gives are removed, or cancelled if people registered).
   */
  'agenda.series.update': method({ ...write, input: seriesFieldsSchema.safeExtend({ id: idSchema }), output: seriesChangeSchema }),
  /** Cancels every upcoming session of the series (kept, struck through). */
  'agenda.series.cancel': method({ ...write, input: z.object({ id: idSchema, reason: cancelReasonSchema }), output: seriesChangeSchema }),
  /** Ends the series after `lastDay`: later sessions are removed, or cancelled if people registered. */
  'agenda.series.end': method({ ...write, input: z.object({ id: idSchema, lastDay: isoDateSchema }), output: seriesChangeSchema }),

  // ——— Publishing ———
  /** The agenda, or one residence's events, as an iCalendar file (RFC 5545) to publish or open in any calendar. */
  'agenda.calendar.ics': method({
    ...read,
    input: z.object({ residenceId: idSchema.nullable().default(null), from: isoDateSchema.nullable().default(null), to: isoDateSchema.nullable().default(null) }),
    output: z.object({ fileName: z.string(), text: z.string(), count: z.number() }),
  }),
  /** The printable programme of a month for a residence's notice board (PDF, A4). */
  'agenda.calendar.programme': method({
    ...read,
    input: z.object({
      residenceId: idSchema,
      month: z.string({ error: 'Choisissez le mois.' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Mois invalide : attendu AAAA-MM.' }),
      note: text(300, 'La note'),
    }),
    output: z.object({ fileName: z.string(), base64: z.string(), count: z.number() }),
  }),
};
