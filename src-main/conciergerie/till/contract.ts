import { z } from 'zod';
import { emptyInput, idSchema, isoDateSchema, method } from '../../core/contract.ts';
import { text } from '../../shared/fields.ts';
import { centsSchema, methodSchema, paymentRefSchema, reasonSchema } from './fields.ts';
import { PAYMENT_METHODS, PAYMENT_PURPOSES } from './kinds.ts';

/* The till: sessions opened and closed with counted cash, every payment with its receipt, refunds, daily summary. */

const read = { module: 'conciergerie', kind: 'read' } as const;
const write = { module: 'conciergerie', kind: 'write' } as const;

const byMethod = z.object({ method: z.enum(PAYMENT_METHODS), count: z.number(), amountCents: z.number() });
const byPurpose = z.object({ purpose: z.enum(PAYMENT_PURPOSES), count: z.number(), amountCents: z.number() });

/** Takings of a session or a day: every method listed (zero when unused), purposes as they occur. */
const totals = z.object({ count: z.number(), totalCents: z.number(), refundsCents: z.number(), byMethod: z.array(byMethod), byPurpose: z.array(byPurpose) });

const session = z.object({
  id: z.number(),
  openedAt: z.string(),
  openedBy: z.string().nullable(),
  openingCashCents: z.number(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  /** Opening cash plus the cash taken (refunds in cash taken off): what the drawer should hold. */
  expectedCashCents: z.number(),
  countedCashCents: z.number().nullable(),
  /** Counted minus expected, once closed: negative when cash is missing. */
  differenceCents: z.number().nullable(),
  note: z.string(),
  totals,
});

const payment = z.object({
  id: z.number(),
  receiptNumber: z.string(),
  paidAt: z.string(),
  sessionId: z.number(),
  member: z.object({ id: z.number(), number: z.string(), name: z.string() }).nullable(),
  method: z.enum(PAYMENT_METHODS),
  purpose: z.enum(PAYMENT_PURPOSES),
  amountCents: z.number(),
  label: z.string(),
  refundOf: z.object({ id: z.number(), receiptNumber: z.string() }).nullable(),
  /** Given back so far on this payment (positive), by refunds. */
  refundedCents: z.number(),
  /** What may still be refunded: 0 for refunds, deposits (returned at the counter) and fully refunded payments. */
  refundableCents: z.number(),
  createdBy: z.string().nullable(),
});

const pdfFile = z.object({ fileName: z.string(), base64: z.string() });
const daySchema = isoDateSchema.nullable().default(null);

export const tillContract = {
  /** The session open now (with its takings and expected cash), or null when the till is closed. */
  'till.current': method({ ...read, input: emptyInput, output: z.object({ session: session.nullable() }) }),
  'till.open': method({ ...write, input: z.object({ openingCashCents: centsSchema('Le fond de caisse', 0, 1_000_000) }), output: session }),
  /** Closes the open session with the cash counted; the difference with the expected cash is stored and shown. */
  'till.close': method({
    ...write,
    input: z.object({ countedCashCents: centsSchema('Les espèces comptées', 0, 10_000_000), note: text(300, 'La note de clôture') }),
    output: session,
  }),
  'till.sessions': method({
    ...read,
    input: z.object({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(100).default(20) }),
    output: z.object({ rows: z.array(session), total: z.number() }),
  }),
  /** The payments of a session, or of a day (today when neither is given), the latest first. */
  'till.payments': method({
    ...read,
    input: z.object({ day: daySchema, sessionId: idSchema.nullable().default(null) }),
    output: z.array(payment),
  }),
  /** A refund is a new payment with a negative amount; the original is never changed. */
  'till.refund': method({
    ...write,
    input: z.object({
      paymentId: idSchema,
      amountCents: centsSchema('Le montant remboursé', 1, 10_000_000),
      method: methodSchema,
      reason: reasonSchema('le motif du remboursement'),
    }),
    output: paymentRefSchema,
  }),
  /** A sale at the counter: a service of the price list ("other" kind), or anything with a label and an amount. */
  'till.sale': method({
    ...write,
    input: z.object({
      memberId: idSchema.nullable().default(null),
      serviceId: idSchema.nullable().default(null),
      quantity: z.number({ error: 'Indiquez la quantité.' }).int({ error: 'La quantité est un nombre entier.' }).min(1, { error: 'La quantité doit être comprise entre 1 et 99.' }).max(99, { error: 'La quantité doit être comprise entre 1 et 99.' }).default(1),
      label: text(120, 'Le libellé'),
      amountCents: centsSchema('Le montant', 1, 1_000_000).nullable().default(null),
      method: methodSchema,
    }),
    output: paymentRefSchema,
  }),
  'till.receiptPdf': method({ ...read, input: z.object({ id: idSchema }), output: pdfFile }),
  /** A day's takings by method and purpose, the number of payments and the sessions of the day. */
  'till.daySummary': method({
    ...read,
    input: z.object({ day: daySchema }),
    output: z.object({ day: z.string(), totals, sessions: z.array(session) }),
  }),
  'till.daySummaryPdf': method({ ...read, input: z.object({ day: daySchema }), output: pdfFile }),
};

export type TillSession = z.output<typeof session>;
export type TillPayment = z.output<typeof payment>;
export type TillTotals = z.output<typeof totals>;
