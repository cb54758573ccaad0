import { z } from 'zod';
import { idSchema, isoDateSchema, method } from '../../core/contract.ts';
import { text } from '../../shared/fields.ts';
import { yearSchema } from '../fees/contract.ts';
import { BUDGET_CATEGORIES, BUDGET_CATEGORY_CODES, BUDGET_DIRECTIONS, MANUAL_CATEGORIES } from './categories.ts';

const bookRowSchema = z.object({
  source: z.enum(['entry', 'partner_fee']),
  id: z.number(),
  entryOn: z.string(),
  direction: z.enum(BUDGET_DIRECTIONS),
  category: z.enum(BUDGET_CATEGORY_CODES),
  label: z.string(),
  amountCents: z.number(),
  reference: z.string(),
});

const totals = { receiptsCents: z.number(), expensesCents: z.number(), balanceCents: z.number() };

const entryFields = z
  .object({
    entryOn: isoDateSchema,
    direction: z.enum(BUDGET_DIRECTIONS, { error: 'Indiquez s’il s’agit d’une recette ou d’une dépense.' }),
    category: z.enum(MANUAL_CATEGORIES, {
      error: 'Choisissez une catégorie dans la liste (les cotisations des partenaires s’enregistrent depuis leur appel de cotisation).',
    }),
    label: z
      .string({ error: 'Le libellé est obligatoire.' })
      .trim()
      .min(2, { error: 'Le libellé est obligatoire.' })
      .max(200, { error: 'Le libellé ne doit pas dépasser 200 caractères.' }),
    amountCents: z
      .number({ error: 'Indiquez le montant.' })
      .int({ error: 'Le montant doit être en centimes entiers.' })
      .min(1, { error: 'Le montant doit être supérieur à 0,00 €.' })
      .max(100_000_000, { error: 'Le montant ne doit pas dépasser 1 000 000,00 €.' }),
    reference: text(100, 'La référence'),
  })
  .superRefine((entry, ctx) => {
    const category = BUDGET_CATEGORIES[entry.category];
    if (!(category.directions as readonly string[]).includes(entry.direction)) {
      const message = `La catégorie « ${category.label} » ne s’emploie que pour les ${entry.direction === 'receipt' ? 'dépenses' : 'recettes'}.`;
      ctx.addIssue({ code: 'custom', path: ['category'], message });
    }
  });

const read = { module: 'club', kind: 'read' } as const;
const write = { module: 'club', kind: 'write' } as const;

export const budgetContract = {
  /** The year's book (entries and partner fee payments), its totals, by category, and every year's totals. */
  'club.budget.list': method({
    ...read,
    input: z.object({ year: yearSchema }),
    output: z.object({
      year: z.number(),
      rows: z.array(bookRowSchema),
      totals: z.object(totals),
      byCategory: z.array(z.object({ direction: z.enum(BUDGET_DIRECTIONS), category: z.enum(BUDGET_CATEGORY_CODES), cents: z.number() })),
      years: z.array(z.object({ year: z.number(), ...totals })),
    }),
  }),
  'club.budget.create': method({ ...write, input: entryFields, output: bookRowSchema }),
  'club.budget.update': method({ ...write, input: entryFields.safeExtend({ id: idSchema }), output: bookRowSchema }),
  'club.budget.remove': method({ ...write, input: z.object({ id: idSchema }), output: z.object({ id: z.number() }) }),
};
