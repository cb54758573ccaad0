import { z } from 'zod';
import { AUDIENCES, EVENT_CATEGORIES, EVENT_STATUSES, ROOM_KINDS } from './fields.ts';
import { FREQUENCIES } from './recurrence.ts';

/* What the events part answers. Shared with the renderer: no Node imports. */

export const roomSchema = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.enum(ROOM_KINDS),
  residenceId: z.number().nullable(),
  residenceName: z.string().nullable(),
  capacity: z.number().nullable(),
  archived: z.boolean(),
  /** Planned events from today on. */
  upcomingCount: z.number(),
});
export type Room = z.output<typeof roomSchema>;

export const eventSchema = z.object({
  id: z.number(),
  uid: z.string(),
  seriesId: z.number().nullable(),
  /** An occurrence edited on its own: whole-series edits leave it alone. */
  detached: z.boolean(),
  title: z.string(),
  category: z.enum(EVENT_CATEGORIES),
  tfpbAxis: z.number().nullable(),
  description: z.string(),
  qpvCode: z.string().nullable(),
  residences: z.array(z.object({ id: z.number(), name: z.string(), qpvCode: z.string().nullable() })),
  roomId: z.number().nullable(),
  roomName: z.string().nullable(),
  placeLabel: z.string(),
  /** The room's name or the outside place: what to print. */
  place: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  organiser: z.string(),
  partners: z.string(),
  audience: z.enum(AUDIENCES),
  capacity: z.number().nullable(),
  priceCents: z.number(),
  status: z.enum(EVENT_STATUSES),
  cancelReason: z.string(),
  /** Seats of confirmed registrations, registrations on the waiting list, people checked in. */
  confirmedSeats: z.number(),
  waitingCount: z.number(),
  attendedCount: z.number(),
});
export type AgendaEvent = z.output<typeof eventSchema>;

export const seriesSchema = z.object({
  id: z.number(),
  frequency: z.enum(FREQUENCIES),
  interval: z.number(),
  weekday: z.number(),
  monthWeek: z.number().nullable(),
  startsOn: z.string(),
  untilOn: z.string(),
  exdates: z.array(z.string()),
  occurrences: z.array(
    z.object({ id: z.number(), startsAt: z.string(), endsAt: z.string(), status: z.enum(EVENT_STATUSES), detached: z.boolean(), confirmedSeats: z.number() }),
  ),
});
export type Series = z.output<typeof seriesSchema>;

/** What a whole-series change did, for the message shown to the user. */
export const seriesChangeSchema = z.object({
  seriesId: z.number(),
  /** The first upcoming session (to open after saving). */
  firstEventId: z.number().nullable(),
  created: z.number(),
  updated: z.number(),
  removed: z.number(),
  /** Sessions that were dropped from the rule but had registrations: cancelled and kept instead of removed. */
  cancelledInstead: z.array(z.object({ id: z.number(), startsAt: z.string() })),
});
export type SeriesChange = z.output<typeof seriesChangeSchema>;
