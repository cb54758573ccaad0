import { z } from 'zod';
import { emptyInput, idSchema, isoDateSchema, method } from '../../core/contract.ts';
import { text } from '../../shared/fields.ts';
import { ITEM_KINDS } from '../catalogue/kinds.ts';

/* Holds: the waiting list of each record and future-dated reservations (module 'conciergerie'). */

const read = { module: 'conciergerie', kind: 'read' } as const;
const write = { module: 'conciergerie', kind: 'write' } as const;

const HOLD_STATUSES = ['waiting', 'ready', 'collected', 'cancelled', 'expired'] as const;
export type HoldStatus = (typeof HOLD_STATUSES)[number];

export const holdViewSchema = z.object({
  id: z.number(),
  itemId: z.number(),
  title: z.string(),
  itemKind: z.enum(ITEM_KINDS),
  memberId: z.number(),
  memberNumber: z.string(),
  memberName: z.string(),
  /** queue: the record's waiting list; reservation: wanted on given dates. */
  kind: z.enum(['queue', 'reservation']),
  /** As of today: a hold past its collection day, or a reservation past its last day, reads 'expired'. */
  status: z.enum(HOLD_STATUSES),
  /** Place in the waiting list (1 = served next), while waiting in it. */
  position: z.number().nullable(),
  wantedFrom: z.string().nullable(),
  wantedUntil: z.string().nullable(),
  /** The copy put aside (ready) or taken (collected). */
  copyId: z.number().nullable(),
  copyBarcode: z.string().nullable(),
  readyOn: z.string().nullable(),
  /** The last day to collect a copy put aside. */
  collectBy: z.string().nullable(),
  notifiedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  note: z.string(),
  createdAt: z.string(),
  /** Expired as of today but not yet written (the next hold or copy event, or "release", writes it). */
  lapsed: z.boolean(),
});
export type HoldView = z.output<typeof holdViewSchema>;

/** A copy put aside for the next member in line (after a return, a repair, a cancellation or an expiry). */
export const setAsideSchema = z.object({
  holdId: z.number(),
  copyId: z.number(),
  memberId: z.number(),
  memberNumber: z.string(),
  memberName: z.string(),
  message: z.string(),
});

const holdWithMessage = holdViewSchema.extend({ message: z.string() });

const waitingListSchema = z.object({
  itemId: z.number(),
  title: z.string(),
  itemKind: z.enum(ITEM_KINDS),
  /** Copies that can be lent (not retired). */
  copies: z.number(),
  available: z.number(),
  /** The soonest due date of its copies out on loan. */
  nextDueOn: z.string().nullable(),
  /** Copies put aside first, then members waiting in line order. */
  entries: z.array(holdViewSchema),
});

export const holdsContract = {
  /**
   * A member joins a record's waiting list (no dates; a copy on the shelf is put aside for them at once), or
   * reserves it for given dates, refused when every copy is already reserved or lent on one of those days.
   */
  'holds.place': method({
    ...write,
    input: z.object({
      memberId: idSchema,
      itemId: idSchema,
      wantedFrom: isoDateSchema.nullable().default(null),
      wantedUntil: isoDateSchema.nullable().default(null),
      note: text(300, 'La note'),
    }),
    output: holdWithMessage.extend({ setAside: setAsideSchema.nullable() }),
  }),
  /** The member leaves the waiting list, or gives up a reservation; a copy put aside for them goes to the next. */
  'holds.cancel': method({ ...write, input: z.object({ id: idSchema }), output: holdWithMessage.extend({ setAside: setAsideSchema.nullable() }) }),
  /** The member whose copy is put aside has been told (by phone, in person…). */
  'holds.markNotified': method({ ...write, input: z.object({ id: idSchema }), output: holdWithMessage }),
  /** Writes what time has done: holds not collected in time expire and their copies go to the next in line. */
  'holds.releaseExpired': method({
    ...write,
    input: emptyInput,
    output: z.object({ expired: z.number(), passedOn: z.array(setAsideSchema), message: z.string() }),
  }),
  /** Waiting lists with positions: every record someone waits for, or one record. */
  'holds.waitingLists': method({
    ...read,
    input: z.object({ itemId: idSchema.nullable().default(null) }),
    output: z.object({ today: z.string(), lapsed: z.number(), lists: z.array(waitingListSchema) }),
  }),
  /** Copies put aside whose member has not been told yet, with how to reach them. */
  'holds.toNotify': method({
    ...read,
    input: emptyInput,
    output: z.object({ rows: z.array(holdViewSchema.extend({ phone: z.string().nullable(), email: z.string().nullable() })) }),
  }),
  /** A member's holds still waiting or ready. */
  'holds.ofMember': method({ ...read, input: z.object({ memberId: idSchema }), output: z.object({ rows: z.array(holdViewSchema) }) }),
  /** Reservations with dates in a month (AAAA-MM), for the calendar. */
  'holds.calendar': method({
    ...read,
    input: z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Mois invalide : attendu au format AAAA-MM.' }) }),
    output: z.object({ month: z.string(), first: z.string(), last: z.string(), rows: z.array(holdViewSchema) }),
  }),
};
