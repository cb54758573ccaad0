import { z } from 'zod';
import { idSchema, method } from '../core/contract.ts';
import { SKILL_CATEGORIES, SKILL_DIRECTIONS } from './categories.ts';

const skill = z.object({
  id: z.number(),
  personId: z.number(),
  direction: z.enum(SKILL_DIRECTIONS),
  category: z.enum(SKILL_CATEGORIES),
  label: z.string(),
  availability: z.string(),
});

/** A skill found by the directory, with who holds it and where they live. */
const found = skill.extend({
  personName: z.string(),
  householdId: z.number(),
  householdName: z.string(),
  residenceId: z.number().nullable(),
  residenceName: z.string().nullable(),
});

const newSkill = z.object({
  personId: idSchema,
  direction: z.enum(SKILL_DIRECTIONS, { error: 'Indiquez si la personne propose ou recherche ce savoir-faire.' }),
  category: z.enum(SKILL_CATEGORIES, { error: 'Choisissez une catégorie dans la liste.' }),
  label: z
    .string({ error: 'Décrivez le savoir-faire en quelques mots.' })
    .trim()
    .min(2, { error: 'Décrivez le savoir-faire en quelques mots.' })
    .max(120, { error: 'La description ne doit pas dépasser 120 caractères.' }),
  availability: z.string().trim().max(200, { error: 'Les disponibilités ne doivent pas dépasser 200 caractères.' }).default(''),
});

const households = { module: 'households' } as const;

export const skillsContract = {
  /** The skills of one household's people (id: the household's), for its page. */
  'skills.ofHousehold': method({ ...households, kind: 'read', input: z.object({ id: idSchema }), output: z.object({ rows: z.array(found) }) }),
  'skills.add': method({ ...households, kind: 'write', input: newSkill, output: found }),
  'skills.remove': method({ ...households, kind: 'write', input: z.object({ id: idSchema }), output: z.object({ id: z.number() }) }),
  /** "Who can help with sewing in Les Tilleuls?": words found in the label or category, accents and case ignored. */
  'skills.search': method({
    ...households,
    kind: 'read',
    input: z.object({
      query: z.string().max(200).default(''),
      category: z.enum(SKILL_CATEGORIES).nullable().default(null),
      direction: z.enum(SKILL_DIRECTIONS).nullable().default(null),
      residenceId: idSchema.nullable().default(null),
      limit: z.number().int().min(1).max(500).default(200),
    }),
    output: z.object({ rows: z.array(found), total: z.number() }),
  }),
};

export type FoundSkill = z.output<typeof found>;
