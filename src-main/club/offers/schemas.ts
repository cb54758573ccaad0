import { z } from 'zod';
import { PARTNER_CATEGORIES, PARTNER_STATUSES } from '../partners/fields.ts';
import { OFFER_BENEFITS, OFFER_KINDS, OFFER_TARGETS } from './fields.ts';

/** An offer as the screens show it, with its partner and the residences it targets. */
export const offerSchema = z.object({
  id: z.number(),
  partnerId: z.number(),
  partnerName: z.string(),
  partnerCategory: z.enum(PARTNER_CATEGORIES),
  partnerStatus: z.enum(PARTNER_STATUSES),
  title: z.string(),
  kind: z.enum(OFFER_KINDS),
  value: z.number(),
  usualPriceCents: z.number().nullable(),
  benefit: z.enum(OFFER_BENEFITS),
  defaultSavingCents: z.number(),
  conditions: z.string(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  target: z.enum(OFFER_TARGETS),
  residences: z.array(z.object({ id: z.number(), name: z.string() })),
  /** Valid today and from an active partner: offered to members now. */
  available: z.boolean(),
  contractCount: z.number(),
});

export type Offer = z.output<typeof offerSchema>;
