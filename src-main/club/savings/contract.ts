import { z } from 'zod';
import { idSchema, method } from '../../core/contract.ts';
import { yearSchema } from '../fees/contract.ts';
import { PARTNER_CATEGORIES, PARTNER_STATUSES } from '../partners/fields.ts';

const total = { cents: z.number(), households: z.number(), entries: z.number() };

const entrySchema = z.object({
  contractId: z.number(),
  kind: z.enum(['signature', 'renewal', 'use']),
  on: z.string(),
  year: z.number(),
  amountCents: z.number(),
  householdId: z.number(),
  householdName: z.string(),
  offerId: z.number(),
  offerTitle: z.string(),
  partnerId: z.number(),
  partnerName: z.string(),
  partnerCategory: z.enum(PARTNER_CATEGORIES),
  residenceId: z.number().nullable(),
  residenceName: z.string().nullable(),
});

const byHousehold = z.object({ householdId: z.number(), householdName: z.string(), residenceName: z.string().nullable(), ...total });
const byPartner = z.object({ partnerId: z.number(), partnerName: z.string(), category: z.enum(PARTNER_CATEGORIES), ...total });
/** residenceId null: households outside the stock on the day counted (non-tenant members). */
const byResidence = z.object({ residenceId: z.number().nullable(), residenceName: z.string().nullable(), ...total });
const byCategory = z.object({ category: z.enum(PARTNER_CATEGORIES), ...total });

const read = { module: 'club', kind: 'read' } as const;

export const savingsContract = {
  /** The ledger's entries (a year, or every year with null), narrowed, and their sums by household, partner, residence. */
  'club.savings.ledger': method({
    ...read,
    input: z.object({
      year: yearSchema.nullable().default(null),
      householdId: idSchema.nullable().default(null),
      partnerId: idSchema.nullable().default(null),
      residenceId: idSchema.nullable().default(null),
    }),
    output: z.object({
      entries: z.array(entrySchema),
      total: z.object(total),
      byHousehold: z.array(byHousehold),
      byPartner: z.array(byPartner),
      byResidence: z.array(byResidence),
    }),
  }),
  /** The club at a glance for a year: savings (sums of the ledger), contracts, partners, fees and budget. */
  'club.savings.dashboard': method({
    ...read,
    input: z.object({ year: yearSchema }),
    output: z.object({
      year: z.number(),
      total: z.object(total),
      allTime: z.object(total),
      years: z.array(z.object({ year: z.number(), ...total })),
      byPartner: z.array(byPartner),
      byResidence: z.array(byResidence),
      byCategory: z.array(byCategory),
      contracts: z.object({ inForce: z.number(), signedInYear: z.number(), usesInYear: z.number() }),
      partners: z.object(Object.fromEntries(PARTNER_STATUSES.map((status) => [status, z.number()])) as Record<(typeof PARTNER_STATUSES)[number], z.ZodNumber>),
      fees: z.object({ calledCents: z.number(), paidCents: z.number(), outstandingCents: z.number(), overdueCount: z.number() }),
      budget: z.object({ receiptsCents: z.number(), expensesCents: z.number(), balanceCents: z.number() }),
    }),
  }),
};
