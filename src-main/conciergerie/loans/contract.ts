import { z } from 'zod';
import { emptyInput, idSchema, isoDateSchema, method } from '../../core/contract.ts';
import { text } from '../../shared/fields.ts';
import { COPY_CONDITIONS, ITEM_KINDS } from '../catalogue/kinds.ts';
import { setAsideSchema } from '../holds/contract.ts';
import { methodSchema, paymentRefSchema, reasonSchema } from '../till/fields.ts';

/* Loans: check-out, check-in, renewals, lists, overdue reminders, loan forms (module 'conciergerie'). */

const read = { module: 'conciergerie', kind: 'read' } as const;
const write = { module: 'conciergerie', kind: 'write' } as const;

export const scannedCodeSchema = z
  .string({ error: 'Scannez ou saisissez un code-barres.' })
  .trim()
  .min(1, { error: 'Scannez ou saisissez un code-barres.' })
  .max(40, { error: 'Un code-barres ne dépasse pas 40 caractères.' });

const part = z.object({ copyId: z.number(), barcode: z.string(), title: z.string() });

export const loanViewSchema = z.object({
  id: z.number(),
  copyId: z.number(),
  barcode: z.string(),
  itemId: z.number(),
  title: z.string(),
  itemKind: z.enum(ITEM_KINDS),
  memberId: z.number(),
  memberNumber: z.string(),
  memberName: z.string(),
  lentOn: z.string(),
  dueOn: z.string(),
  returnedOn: z.string().nullable(),
  renewals: z.number(),
  /** Recorded after the fact: the operator had forgotten to check it out. */
  backdated: z.boolean(),
  /** Days past the due date: at the return, or today for an open loan. */
  daysLate: z.number(),
  /** Open and past its due date. */
  overdue: z.boolean(),
  /** Charged at the return; for an open loan, what returning it today would cost. */
  lateFeeCents: z.number(),
  depositCents: z.number(),
  /** null: no deposit; false: still held (open loan) or kept at the return. */
  depositReturned: z.boolean().nullable(),
  conditionOut: z.enum(COPY_CONDITIONS),
  conditionIn: z.enum(COPY_CONDITIONS).nullable(),
  returnNote: z.string(),
  /** The parts lent with a kit. */
  parts: z.array(part),
});
export type LoanView = z.output<typeof loanViewSchema>;

const pageInput = {
  search: text(100, 'La recherche'),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
};

const reminderSchema = z.object({ level: z.number(), sentOn: z.string() });

const overdueMemberSchema = z.object({
  memberId: z.number(),
  memberNumber: z.string(),
  memberName: z.string(),
  phone: z.string().nullable(),
  loans: z.array(loanViewSchema),
  oldestDueOn: z.string(),
  feeSoFarCents: z.number(),
  /** The last reminder about these loans (an older episode, since settled, does not count). */
  lastReminder: reminderSchema.nullable(),
  nextLevel: z.number(),
  remindedToday: z.boolean(),
});
export type OverdueMember = z.output<typeof overdueMemberSchema>;

const depositChoice = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('return'), method: methodSchema }),
    z.object({ action: z.literal('keep'), reason: reasonSchema('pourquoi la caution est conservée') }),
  ],
  { error: 'Indiquez si la caution est rendue (et comment) ou conservée (et pourquoi).' },
);

const pdfOutput = z.object({ fileName: z.string(), base64: z.string() });

export const loansContract = {
  /**
   * Lends one or more copies to a member in one go, all or nothing. Every reason to refuse is given at once (the
   * member's blocks, the limit, each copy's state, reservations, the deposit). lentOn in the past records a loan the
   * operator forgot (60 days back at most); dueOn overrides the records' loan lengths.
   */
  'loans.checkOut': method({
    ...write,
    input: z.object({
      memberId: idSchema,
      barcodes: z
        .array(scannedCodeSchema, { error: 'Scannez au moins un objet.' })
        .min(1, { error: 'Scannez au moins un objet.' })
        .max(20, { error: 'Vingt objets au plus par prêt.' }),
      lentOn: isoDateSchema.nullable().default(null),
      dueOn: isoDateSchema.nullable().default(null),
      /** How the deposits are paid, when a record asks for one. */
      depositMethod: methodSchema.nullable().default(null),
    }),
    output: z.object({
      loans: z.array(loanViewSchema),
      deposits: z.array(paymentRefSchema.extend({ loanId: z.number() })),
      message: z.string(),
    }),
  }),
  /**
   * Takes a copy back: condition noted (unchanged unless said; a worse one is written on the copy), late fee added to
   * the member's account, deposit returned or kept (by default returned the way it was paid), then the copy goes to
   * the first member waiting for it, or back on the shelf.
   */
  'loans.checkIn': method({
    ...write,
    input: z.object({
      barcode: scannedCodeSchema,
      returnedOn: isoDateSchema.nullable().default(null),
      condition: z.enum(COPY_CONDITIONS, { error: 'État invalide : neuf, bon état, usé ou abîmé.' }).nullable().default(null),
      note: text(500, 'La note de retour'),
      deposit: depositChoice.nullable().default(null),
    }),
    output: z.object({
      id: z.number(),
      loan: loanViewSchema,
      weeksLate: z.number(),
      lateFeeCents: z.number(),
      /** The member's balance once the fee is added. */
      balanceCents: z.number(),
      deposit: z.object({ action: z.enum(['none', 'returned', 'kept']), amountCents: z.number(), receiptNumber: z.string().nullable() }),
      /** The member the copy is to be put aside for, if someone was waiting. */
      setAside: setAsideSchema.nullable(),
      message: z.string(),
    }),
  }),
  /** A new due date from today, refused when someone else waits for the record, the member is blocked, or after 2. */
  'loans.renew': method({ ...write, input: z.object({ id: idSchema }), output: z.object({ id: z.number(), loan: loanViewSchema, message: z.string() }) }),
  /** Loans out now (or only overdue ones), most overdue first; search on member, title or barcode. */
  'loans.open': method({
    ...read,
    input: z.object({ overdueOnly: z.boolean().default(false), ...pageInput }),
    output: z.object({ today: z.string(), total: z.number(), rows: z.array(loanViewSchema) }),
  }),
  /** Returned loans, latest first; for one member or one record if given. */
  'loans.history': method({
    ...read,
    input: z.object({ memberId: idSchema.nullable().default(null), itemId: idSchema.nullable().default(null), ...pageInput }),
    output: z.object({ total: z.number(), rows: z.array(loanViewSchema) }),
  }),
  /** A member's loans out now and their latest returns (the member's page). */
  'loans.ofMember': method({
    ...read,
    input: z.object({ memberId: idSchema }),
    output: z.object({ open: z.array(loanViewSchema), recent: z.array(loanViewSchema) }),
  }),
  /** Overdue loans grouped per member, with their last reminder and the level the next one would have. */
  'loans.overdue': method({ ...read, input: emptyInput, output: z.object({ today: z.string(), members: z.array(overdueMemberSchema) }) }),
  /**
   * Records a reminder for each member named (level = previous + 1), never twice the same day: a member already
   * reminded today gets that day's reminder back, to print again.
   */
  'loans.recordReminders': method({
    ...write,
    input: z.object({ memberIds: z.array(idSchema).min(1, { error: 'Choisissez au moins un adhérent à relancer.' }).max(500) }),
    output: z.object({
      reminders: z.array(z.object({ id: z.number(), memberId: z.number(), level: z.number(), alreadyToday: z.boolean() })),
      /** Members named who have nothing overdue any more. */
      skipped: z.array(z.object({ memberId: z.number(), message: z.string() })),
      message: z.string(),
    }),
  }),
  /** The letters of recorded reminders, one per member (A4 PDF). */
  'loans.reminderLettersPdf': method({
    ...read,
    input: z.object({ reminderIds: z.array(idSchema).min(1, { error: 'Aucune relance à imprimer.' }).max(500) }),
    output: pdfOutput.extend({ count: z.number() }),
  }),
  /** The loan form of a member's loans (A4 PDF): items, due dates, values, deposits, conditions, signatures. */
  'loans.formPdf': method({
    ...read,
    input: z.object({ loanIds: z.array(idSchema).min(1, { error: 'Aucun prêt à imprimer.' }).max(20) }),
    output: pdfOutput,
  }),
};
