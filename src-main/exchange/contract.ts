import { z } from 'zod';
import { emptyInput, idSchema, method } from '../core/contract.ts';
import { TYPOLOGIES } from '../residences/fields.ts';
import { EXCHANGE_NEEDS, EXCHANGE_REASONS } from './rules.ts';

const home = z.object({
  dwellingId: z.number(),
  internalId: z.string(),
  typology: z.string(),
  floor: z.number(),
  hasLift: z.boolean().nullable(),
  residenceId: z.number(),
  residenceName: z.string(),
  city: z.string(),
});

const wish = z.object({
  id: z.number(),
  householdId: z.number(),
  householdName: z.string(),
  reason: z.enum(EXCHANGE_REASONS),
  wantedTypology: z.enum(TYPOLOGIES).nullable(),
  needs: z.array(z.enum(EXCHANGE_NEEDS)),
  notes: z.string(),
  active: z.boolean(),
  updatedAt: z.string(),
  /** Where the household lives now; null when it has no dwelling of the office. */
  home: home.nullable(),
  people: z.number(),
  /** under: more rooms than people + 1; over: fewer rooms than needed; null without a dwelling. */
  occupancy: z.enum(['under', 'over', 'fits']).nullable(),
});

const matchSide = z.object({
  householdId: z.number(),
  householdName: z.string(),
  wishId: z.number(),
  reason: z.enum(EXCHANGE_REASONS),
  people: z.number(),
  typology: z.string(),
  floor: z.number(),
  residenceName: z.string(),
});

const match = z.object({
  under: matchSide,
  over: matchSide,
  summary: z.string(),
  reasons: z.array(z.string()),
});

const households = { module: 'households' } as const;

export const exchangeContract = {
  /** Records (or replaces) the exchange wish of a household living in one of the office's dwellings. */
  'exchange.set': method({
    ...households,
    kind: 'write',
    input: z.object({
      householdId: idSchema,
      reason: z.enum(EXCHANGE_REASONS, { error: 'Motif invalide : logement trop grand, trop petit ou inadapté.' }),
      wantedTypology: z.enum(TYPOLOGIES, { error: 'Typologie invalide : choisissez de T1 à T7.' }).nullable().default(null),
      needs: z
        .array(z.enum(EXCHANGE_NEEDS, { error: 'Besoin inconnu.' }))
        .max(EXCHANGE_NEEDS.length)
        .default([])
        .transform((needs) => [...new Set(needs)]),
      notes: z.string().max(1000, { error: 'Les notes ne doivent pas dépasser 1 000 caractères.' }).default(''),
      active: z.boolean().default(true),
    }),
    output: wish,
  }),
  /** The wish of one household (id: the household's), null when it has none. */
  'exchange.ofHousehold': method({ ...households, kind: 'read', input: z.object({ id: idSchema }), output: z.object({ wish: wish.nullable() }) }),
  'exchange.list': method({
    ...households,
    kind: 'read',
    input: z.object({ includeInactive: z.boolean().default(false) }),
    output: z.object({ rows: z.array(wish) }),
  }),
  /** Possible swaps between under- and over-occupied households with active wishes, each explained in French. */
  'exchange.matches': method({ ...households, kind: 'read', input: emptyInput, output: z.object({ rows: z.array(match) }) }),
};

export type ExchangeWish = z.output<typeof wish>;
export type ExchangeMatch = z.output<typeof match>;
