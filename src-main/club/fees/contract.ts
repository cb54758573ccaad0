import { z } from 'zod';
import { idSchema, isoDateSchema, method } from '../../core/contract.ts';
import { text } from '../../shared/fields.ts';
import { PARTNER_CATEGORIES } from '../partners/fields.ts';
import { methodSchema } from '../../conciergerie/till/fields.ts';
import { feeCallSchema } from './schemas.ts';

export const yearSchema = z
  .number({ error: 'Année invalide : de 2000 à 2100.' })
  .int({ error: 'Année invalide : de 2000 à 2100.' })
  .min(2000, { error: 'Année invalide : de 2000 à 2100.' })
  .max(2100, { error: 'Année invalide : de 2000 à 2100.' });

const callIds = z
  .array(idSchema, { error: 'Choisissez les appels de cotisation concernés.' })
  .min(1, { error: 'Choisissez au moins un appel de cotisation.' })
  .max(500)
  .transform((ids) => [...new Set(ids)]);

const read = { module: 'club', kind: 'read' } as const;
const write = { module: 'club', kind: 'write' } as const;

export const feesContract = {
  /** The year's fee calls, the active partners not called yet (with the fee of their category), and the totals. */
  'club.fees.list': method({
    ...read,
    input: z.object({ year: yearSchema }),
    output: z.object({
      year: z.number(),
      graceDays: z.number(),
      calls: z.array(feeCallSchema),
      uncalled: z.array(z.object({ partnerId: z.number(), name: z.string(), category: z.enum(PARTNER_CATEGORIES), amountCents: z.number() })),
      totals: z.object({ calledCents: z.number(), paidCents: z.number(), outstandingCents: z.number(), overdueCount: z.number() }),
    }),
  }),
  /** Calls the year's fee of the partners given (null: every active partner not called yet), at their category's fee. */
  'club.fees.issueCalls': method({
    ...write,
    input: z.object({ year: yearSchema, calledOn: isoDateSchema, partnerIds: z.array(idSchema).max(500).nullable().default(null) }),
    output: z.object({ created: z.number(), calls: z.array(feeCallSchema) }),
  }),
  'club.fees.recordPayment': method({
    ...write,
    input: z.object({
      feeCallId: idSchema,
      paidOn: isoDateSchema,
      amountCents: z
        .number({ error: 'Indiquez le montant payé.' })
        .int({ error: 'Le montant payé doit être en centimes entiers.' })
        .min(1, { error: 'Le montant payé doit être supérieur à 0,00 €.' }),
      method: methodSchema,
      reference: text(100, 'La référence du paiement'),
    }),
    output: feeCallSchema,
  }),
  /** Removes a payment recorded by mistake (the call is due again). */
  'club.fees.removePayment': method({ ...write, input: z.object({ id: idSchema }), output: feeCallSchema }),
  /** Waives a call (e.g. the partnership ended before it was paid): it is never due, nor counted as outstanding. */
  'club.fees.cancelCall': method({
    ...write,
    input: z.object({
      id: idSchema,
      reason: z
        .string({ error: 'Indiquez pourquoi l’appel est annulé.' })
        .trim()
        .min(3, { error: 'Indiquez pourquoi l’appel est annulé.' })
        .max(300, { error: 'Le motif ne doit pas dépasser 300 caractères.' }),
    }),
    output: feeCallSchema,
  }),
  /** Notes that a reminder letter was sent for each unpaid call given (level 1, 2, 3…). */
  'club.fees.recordReminders': method({
    ...write,
    input: z.object({ feeCallIds: callIds, sentOn: isoDateSchema }),
    output: z.object({ calls: z.array(feeCallSchema) }),
  }),
  /** The reminder letters of the calls given, one page each, as a PDF. */
  'club.fees.reminderLetters': method({
    ...read,
    input: z.object({ feeCallIds: callIds }),
    output: z.object({ fileName: z.string(), base64: z.string(), count: z.number() }),
  }),
};
