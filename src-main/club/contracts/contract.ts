import { z } from 'zod';
import { idSchema, isoDateSchema, method } from '../../core/contract.ts';
import { text } from '../../shared/fields.ts';
import { OFFER_BENEFITS } from '../offers/fields.ts';
import { PARTNER_CATEGORIES } from '../partners/fields.ts';

/** in_force: a contract running today; ended: terminated or past its end; upcoming: signed for a later day; used: a one-off use. */
export const CONTRACT_STATES = ['in_force', 'ended', 'upcoming', 'used'] as const;
export type ContractState = (typeof CONTRACT_STATES)[number];

const contractRowSchema = z.object({
  id: z.number(),
  kind: z.enum(OFFER_BENEFITS),
  householdId: z.number(),
  householdName: z.string(),
  /** Where the household lives now (null: outside the stock). */
  residenceName: z.string().nullable(),
  offerId: z.number(),
  offerTitle: z.string(),
  partnerId: z.number(),
  partnerName: z.string(),
  partnerCategory: z.enum(PARTNER_CATEGORIES),
  signedByPersonId: z.number().nullable(),
  signedByName: z.string().nullable(),
  signedOn: z.string(),
  endsOn: z.string().nullable(),
  /** Per year for a contract, once for a use. */
  savingCents: z.number(),
  reference: z.string(),
  notes: z.string(),
  state: z.enum(CONTRACT_STATES),
  /** A fixed-term contract ending within 30 days: time to renew it. */
  renewalDue: z.boolean(),
  /** What it has saved so far (its entries in the ledger). */
  savedToDateCents: z.number(),
});

const savingCents = z
  .number({ error: 'L’économie estimée : montant attendu, de 0,00 € à 100 000,00 €.' })
  .int({ error: 'L’économie estimée : montant attendu, de 0,00 € à 100 000,00 €.' })
  .min(0, { error: 'L’économie estimée : montant attendu, de 0,00 € à 100 000,00 €.' })
  .max(10_000_000, { error: 'L’économie estimée : montant attendu, de 0,00 € à 100 000,00 €.' });

const editable = {
  signedOn: isoDateSchema,
  /** Last day covered; null: renewed every year until terminated (always null for a one-off use). */
  endsOn: isoDateSchema.nullable().default(null),
  signedByPersonId: idSchema.nullable().default(null),
  reference: text(100, 'La référence du contrat'),
  notes: text(1000, 'Les notes'),
};

const read = { module: 'club', kind: 'read' } as const;
const write = { module: 'club', kind: 'write' } as const;
const byId = z.object({ id: idSchema });

export const contractsContract = {
  'club.contracts.list': method({
    ...read,
    input: z.object({
      offerId: idSchema.nullable().default(null),
      partnerId: idSchema.nullable().default(null),
      state: z.enum(CONTRACT_STATES).nullable().default(null),
      search: z.string().max(200).default(''),
      limit: z.number().int().min(1).max(1000).default(300),
    }),
    output: z.object({ rows: z.array(contractRowSchema), total: z.number() }),
  }),
  /** A household's contracts and uses, and what the club saved it (this year, in total, year by year). */
  'club.contracts.ofHousehold': method({
    ...read,
    input: z.object({ householdId: idSchema }),
    output: z.object({
      rows: z.array(contractRowSchema),
      savings: z.object({
        thisYearCents: z.number(),
        totalCents: z.number(),
        byYear: z.array(z.object({ year: z.number(), cents: z.number() })),
      }),
    }),
  }),
  /** A household signed a contract or used an offer; the saving defaults to the offer's estimate. */
  'club.contracts.record': method({
    ...write,
    input: z.object({ householdId: idSchema, offerId: idSchema, savingCents: savingCents.nullable().default(null), ...editable }),
    output: contractRowSchema,
  }),
  'club.contracts.update': method({ ...write, input: z.object({ id: idSchema, savingCents, ...editable }), output: contractRowSchema }),
  /** Terminates a contract on that day (its last day covered). */
  'club.contracts.end': method({ ...write, input: z.object({ id: idSchema, endedOn: isoDateSchema }), output: contractRowSchema }),
  /** Renews a fixed-term contract for one more year from its end. */
  'club.contracts.renew': method({ ...write, input: byId, output: contractRowSchema }),
  /** Removes a record entered by mistake (its savings leave the ledger). */
  'club.contracts.remove': method({ ...write, input: byId, output: z.object({ id: z.number() }) }),
};

export type ContractRow = z.output<typeof contractRowSchema>;
