import { z } from 'zod';
import { idSchema, method } from '../../core/contract.ts';
import { COPY_CONDITIONS, COPY_STATUSES, ITEM_KINDS } from '../catalogue/kinds.ts';
import { holdViewSchema } from '../holds/contract.ts';
import { loanViewSchema, scannedCodeSchema } from '../loans/contract.ts';
import { PAYMENT_METHODS } from '../till/kinds.ts';

/* The counter mode: one input for member cards and copy barcodes (module 'conciergerie'). */

const read = { module: 'conciergerie', kind: 'read' } as const;

const counterMemberSchema = z.object({
  id: z.number(),
  number: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  membership: z.object({ typeName: z.string(), endsOn: z.string() }).nullable(),
  /** The last day of the latest membership, even expired. */
  lastMembershipEnd: z.string().nullable(),
  balanceCents: z.number(),
  blocks: z.array(z.object({ kind: z.enum(['membership', 'balance', 'overdue', 'flag']), message: z.string() })),
  loansLeft: z.number(),
  maxLoans: z.number(),
  openLoans: z.array(loanViewSchema),
  /** Copies put aside for them, to fetch and lend. */
  readyHolds: z.array(holdViewSchema),
  /** Their places in waiting lists and their reservations. */
  waitingHolds: z.array(holdViewSchema),
});
export type CounterMember = z.output<typeof counterMemberSchema>;

const copyBrief = z.object({
  id: z.number(),
  barcode: z.string(),
  itemId: z.number(),
  title: z.string(),
  itemKind: z.enum(ITEM_KINDS),
  status: z.enum(COPY_STATUSES),
  condition: z.enum(COPY_CONDITIONS),
  depositCents: z.number(),
  replacementValueCents: z.number(),
  parts: z.array(z.object({ copyId: z.number(), barcode: z.string(), title: z.string() })),
});
export type CopyBrief = z.output<typeof copyBrief>;

const scanResultSchema = z.discriminatedUnion('kind', [
  /** A member card: the member's card at the counter. */
  z.object({ kind: z.literal('member'), member: counterMemberSchema }),
  /** A copy out on loan (to nobody selected, or to the member selected): to take back. */
  z.object({
    kind: z.literal('return'),
    copy: copyBrief,
    loan: loanViewSchema,
    /** How the deposit was paid: given back the same way unless the operator says otherwise. */
    depositMethod: z.enum(PAYMENT_METHODS).nullable(),
  }),
  /** A copy scanned for the member selected: to add to the loan, unless refused (reasons in French). */
  z.object({ kind: z.literal('lend'), copy: copyBrief, dueOn: z.string(), refusals: z.array(z.string()) }),
  /** A copy scanned with no member selected and nothing to take back: what it is and where it stands. */
  z.object({ kind: z.literal('copy'), copy: copyBrief, message: z.string() }),
  z.object({ kind: z.literal('unknown'), code: z.string(), message: z.string() }),
]);
export type ScanResult = z.output<typeof scanResultSchema>;

export const counterContract = {
  /**
   * What was scanned or typed at the counter: a member card, or a copy (to take back, or to add to the loan of the
   * member selected, with every reason it cannot go out). Reads only: nothing is written until the operator confirms.
   */
  'counter.scan': method({
    ...read,
    input: z.object({
      code: scannedCodeSchema,
      memberId: idSchema.nullable().default(null),
      /** Barcodes already in the loan being prepared (limit and double scans). */
      pending: z.array(scannedCodeSchema).max(20).default([]),
    }),
    output: scanResultSchema,
  }),
  /** The member's card at the counter, refreshed after a loan, a return or a renewal. */
  'counter.member': method({ ...read, input: z.object({ memberId: idSchema }), output: counterMemberSchema }),
};
