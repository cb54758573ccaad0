import { z } from 'zod';
import { emptyInput, idSchema, isoDateSchema, method } from '../../core/contract.ts';
import { text } from '../../shared/fields.ts';
import { feeCallSchema } from '../fees/schemas.ts';
import { offerSchema } from '../offers/schemas.ts';
import { PARTNER_CATEGORIES, PARTNER_STATUSES, partnerFieldsSchema, TRADE_CODES } from './fields.ts';

const partnerSummarySchema = z.object({
  id: z.number(),
  name: z.string(),
  siret: z.string(),
  nafCode: z.string().nullable(),
  category: z.enum(PARTNER_CATEGORIES),
  trade: z.enum(TRADE_CODES).nullable(),
  contactName: z.string(),
  /** E.164; shown the French way. */
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.object({ line: z.string(), postcode: z.string(), city: z.string() }),
  agreementStartOn: z.string().nullable(),
  agreementEndOn: z.string().nullable(),
  status: z.enum(PARTNER_STATUSES),
  /** The latest status change: since when, why, and whether the lapse rules applied it. */
  statusSince: z.string(),
  statusReason: z.string(),
  statusAutomatic: z.boolean(),
  notes: z.string(),
  offerCount: z.number(),
  /** This year's fee call, null when none was issued. */
  currentFee: feeCallSchema.nullable(),
});

const statusChangeSchema = z.object({
  status: z.enum(PARTNER_STATUSES),
  changedOn: z.string(),
  reason: z.string(),
  automatic: z.boolean(),
  byUser: z.string().nullable(),
});

const partnerDetailSchema = partnerSummarySchema.extend({
  createdAt: z.string(),
  updatedAt: z.string(),
  history: z.array(statusChangeSchema),
  feeCalls: z.array(feeCallSchema),
  offers: z.array(offerSchema),
});

const lapseSchema = z.object({ id: z.number(), name: z.string(), reason: z.string() });
const lapsesSchema = z.object({ suspended: z.array(lapseSchema), ended: z.array(lapseSchema) });

const write = { module: 'club', kind: 'write' } as const;
const read = { module: 'club', kind: 'read' } as const;

const statusDate = isoDateSchema.nullable().default(null);
const reason = text(300, 'Le motif');

export const partnersContract = {
  /** Partners matching the words (name, SIRET, NAF, contact, town, trade), narrowed by status, category and trade. */
  'club.partners.list': method({
    ...read,
    input: z.object({
      search: z.string().max(200).default(''),
      status: z.enum(PARTNER_STATUSES).nullable().default(null),
      category: z.enum(PARTNER_CATEGORIES).nullable().default(null),
      trade: z.enum(TRADE_CODES).nullable().default(null),
    }),
    output: z.object({ rows: z.array(partnerSummarySchema) }),
  }),
  'club.partners.get': method({ ...read, input: z.object({ id: idSchema }), output: partnerDetailSchema }),
  /** A new partner: a candidate, or active at once (an agreement already signed). The exclusivity rule applies. */
  'club.partners.create': method({
    ...write,
    input: partnerFieldsSchema.safeExtend({
      status: z.enum(['candidate', 'active'], { error: 'Choisissez le statut : candidat ou actif.' }),
      statusOn: statusDate,
    }),
    output: partnerDetailSchema,
  }),
  'club.partners.update': method({ ...write, input: partnerFieldsSchema.safeExtend({ id: idSchema }), output: partnerDetailSchema }),
  /** Activate, suspend, end, reactivate: the exclusivity rule applies to a partner coming back too. */
  'club.partners.setStatus': method({
    ...write,
    input: z.object({
      id: idSchema,
      status: z.enum(PARTNER_STATUSES, { error: 'Statut inconnu : candidat, actif, suspendu ou ancien partenaire.' }),
      on: statusDate,
      reason,
    }),
    output: partnerDetailSchema,
  }),
  /** The partners the automatic lapse would suspend or end today; changes nothing. */
  'club.partners.pendingLapses': method({ ...read, input: emptyInput, output: lapsesSchema }),
  /**
   * Applies the automatic lapse (fee unpaid past the grace period → suspended; agreement ended → ended). A write, run
   * by the dashboard, partners and fees screens when they open and pendingLapses says some partner lapses.
   */
  'club.partners.applyLapses': method({ ...write, input: emptyInput, output: lapsesSchema }),
};

export type PartnerSummary = z.output<typeof partnerSummarySchema>;
export type PartnerDetail = z.output<typeof partnerDetailSchema>;
