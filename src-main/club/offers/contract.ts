import { z } from 'zod';
import { idSchema, method } from '../../core/contract.ts';
import { offerFieldsSchema } from './fields.ts';
import { offerSchema } from './schemas.ts';

const read = { module: 'club', kind: 'read' } as const;
const write = { module: 'club', kind: 'write' } as const;

export const offersContract = {
  /** Offers, by partner; only those offered now unless `includeUnavailable`; narrowed to a partner or a residence. */
  'club.offers.list': method({
    ...read,
    input: z.object({
      partnerId: idSchema.nullable().default(null),
      /** Offers open to this residence's households. */
      residenceId: idSchema.nullable().default(null),
      includeUnavailable: z.boolean().default(false),
    }),
    output: z.object({ rows: z.array(offerSchema) }),
  }),
  'club.offers.create': method({ ...write, input: offerFieldsSchema, output: offerSchema }),
  'club.offers.update': method({ ...write, input: offerFieldsSchema.safeExtend({ id: idSchema }), output: offerSchema }),
  /** Removes an offer entered by mistake; one that households took is refused (set the end of its validity instead). */
  'club.offers.remove': method({ ...write, input: z.object({ id: idSchema }), output: z.object({ id: z.number() }) }),
  /** The booklet of a residence: the offers open to its households today, from active partners, by category. */
  'club.offers.booklet': method({
    ...read,
    input: z.object({ residenceId: idSchema }),
    output: z.object({ fileName: z.string(), base64: z.string(), count: z.number() }),
  }),
};
