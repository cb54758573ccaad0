import { z } from 'zod';
import { idSchema, method } from '../core/contract.ts';
import { dwellingFieldsSchema, residenceFieldsSchema, TYPOLOGIES } from './fields.ts';

export const dwellingSchema = z.object({
  id: z.number(),
  residenceId: z.number(),
  internalId: z.string(),
  rplsId: z.string().nullable(),
  typology: z.enum(TYPOLOGIES),
  floor: z.number(),
  surfaceM2: z.number().nullable(),
  building: z.string(),
  entrance: z.string(),
  door: z.string(),
  hasLift: z.boolean().nullable(),
  archivedAt: z.string().nullable(),
});

const residenceSummary = z.object({
  id: z.number(),
  name: z.string(),
  address: z.string(),
  postcode: z.string(),
  city: z.string(),
  qpvCode: z.string().nullable(),
  dwellingCount: z.number(),
  archivedAt: z.string().nullable(),
});

const residenceDetail = residenceSummary.extend({
  inseeCode: z.string().nullable(),
  qpvCheckedOn: z.string().nullable(),
  qpvSource: z.string().nullable(),
  yearBuilt: z.number().nullable(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  dwellings: z.array(dwellingSchema),
});

export const RESIDENCE_SORTS = ['name', 'city', 'dwellingCount', 'qpvCode'] as const;

const newResidence = residenceFieldsSchema
  .extend({ dwellings: z.array(dwellingFieldsSchema).max(2000).default([]) })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.dwellings.forEach((d, index) => {
      if (seen.has(d.internalId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['dwellings', index, 'internalId'],
          message: `L'identifiant interne « ${d.internalId} » est saisi deux fois.`,
        });
      }
      seen.add(d.internalId);
    });
  });

const byId = z.object({ id: idSchema });

export const residencesContract = {
  'residences.list': method({
    module: 'residences',
    kind: 'read',
    input: z.object({
      search: z.string().max(200).default(''),
      sort: z.enum(RESIDENCE_SORTS).default('name'),
      direction: z.enum(['asc', 'desc']).default('asc'),
      qpv: z.enum(['all', 'in', 'out']).default('all'),
      includeArchived: z.boolean().default(false),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.object({ rows: z.array(residenceSummary), total: z.number() }),
  }),
  'residences.get': method({ module: 'residences', kind: 'read', input: byId, output: residenceDetail }),
  'residences.create': method({ module: 'residences', kind: 'write', input: newResidence, output: residenceDetail }),
  'residences.update': method({
    module: 'residences',
    kind: 'write',
    input: residenceFieldsSchema.extend({ id: idSchema }),
    output: residenceDetail,
  }),
  'residences.archive': method({ module: 'residences', kind: 'write', input: byId, output: residenceDetail }),
  'residences.restore': method({ module: 'residences', kind: 'write', input: byId, output: residenceDetail }),
  'dwellings.add': method({
    module: 'residences',
    kind: 'write',
    input: dwellingFieldsSchema.extend({ residenceId: idSchema }),
    output: dwellingSchema,
  }),
  'dwellings.update': method({
    module: 'residences',
    kind: 'write',
    input: dwellingFieldsSchema.extend({ id: idSchema }),
    output: dwellingSchema,
  }),
  'dwellings.archive': method({ module: 'residences', kind: 'write', input: byId, output: dwellingSchema }),
};

export type ResidenceSummary = z.output<typeof residenceSummary>;
export type ResidenceDetail = z.output<typeof residenceDetail>;
export type Dwelling = z.output<typeof dwellingSchema>;
export type ResidenceSort = (typeof RESIDENCE_SORTS)[number];
