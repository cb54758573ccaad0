import { z } from 'zod';
import { emptyInput, idSchema, isoDateSchema, method } from '../../core/contract.ts';
import { handBarcodeSchema } from './barcodes.ts';
import {
  acquiredOnSchema,
  categoryNameSchema,
  conditionSchema,
  copyNotesSchema,
  copyStatusSchema,
  itemFieldsSchema,
  kindSchema,
} from './fields.ts';

const read = { module: 'conciergerie', kind: 'read' } as const;
const write = { module: 'conciergerie', kind: 'write' } as const;

const category = z.object({ id: z.number(), kind: kindSchema, name: z.string(), archived: z.boolean(), itemCount: z.number() });

const kitPart = z.object({
  copyId: z.number(),
  barcode: z.string(),
  itemId: z.number(),
  title: z.string(),
  condition: conditionSchema,
  status: copyStatusSchema,
});

const copy = z.object({
  id: z.number(),
  barcode: z.string(),
  condition: conditionSchema,
  status: copyStatusSchema,
  notes: z.string(),
  acquiredOn: z.string().nullable(),
  createdAt: z.string(),
  /** On loan: until when, and to which member (number only). */
  loan: z.object({ dueOn: z.string(), memberNumber: z.string() }).nullable(),
  /** Reserved: the member number it is set aside for. */
  heldFor: z.string().nullable(),
  /** The kit this copy is a part of. */
  kit: z.object({ copyId: z.number(), barcode: z.string() }).nullable(),
  /** A kit copy's parts (empty for other copies). */
  parts: z.array(kitPart),
});

const item = z.object({
  id: z.number(),
  kind: kindSchema,
  categoryId: z.number().nullable(),
  categoryName: z.string().nullable(),
  title: z.string(),
  author: z.string(),
  isbn: z.string().nullable(),
  description: z.string(),
  conditions: z.string(),
  replacementValueCents: z.number(),
  depositCents: z.number(),
  loanDays: z.number().nullable(),
  hasPhoto: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Copies on file, retired ones last. */
  copies: z.array(copy),
});

const searchRow = z.object({
  id: z.number(),
  kind: kindSchema,
  title: z.string(),
  author: z.string(),
  isbn: z.string().nullable(),
  categoryName: z.string().nullable(),
  copiesAvailable: z.number(),
  /** Copies not retired. */
  copiesTotal: z.number(),
  hasPhoto: z.boolean(),
});

const copyCountSchema = z
  .number({ error: 'Le nombre d’exemplaires doit être un nombre entier, de 1 à 50.' })
  .int({ error: 'Le nombre d’exemplaires doit être un nombre entier, de 1 à 50.' })
  .min(1, { error: 'Le nombre d’exemplaires doit être un nombre entier, de 1 à 50.' })
  .max(50, { error: 'Le nombre d’exemplaires doit être un nombre entier, de 1 à 50.' });

const newCopies = z.object({
  /** A barcode typed or scanned by hand (one copy); null: `count` copies with generated barcodes. */
  barcode: handBarcodeSchema.nullable().default(null),
  count: copyCountSchema.default(1),
  condition: conditionSchema.default('good'),
  notes: copyNotesSchema,
  /** The day the copies joined the collection; today when not given. */
  acquiredOn: acquiredOnSchema,
});

const labelSelection = z.discriminatedUnion('by', [
  z.object({ by: z.literal('copies'), copyIds: z.array(idSchema).min(1, { error: 'Cochez au moins un exemplaire.' }).max(480) }),
  z.object({ by: z.literal('item'), itemId: idSchema }),
  z.object({ by: z.literal('addedOn'), day: isoDateSchema }),
]);

const file = z.object({ fileName: z.string(), base64: z.string(), count: z.number() });
const parts = z.object({ id: z.number(), parts: z.array(kitPart) });

/** Methods of the conciergerie's catalogue (module 'conciergerie'). */
export const catalogueContract = {
  'catalogue.categories': method({
    ...read,
    input: z.object({ kind: kindSchema.nullable().default(null), includeArchived: z.boolean().default(false) }),
    output: z.object({ rows: z.array(category) }),
  }),
  'catalogue.createCategory': method({ ...write, input: z.object({ kind: kindSchema, name: categoryNameSchema }), output: category }),
  'catalogue.renameCategory': method({ ...write, input: z.object({ id: idSchema, name: categoryNameSchema }), output: category }),
  /** Archived: no longer offered for new records; records filed under it keep it. */
  'catalogue.setCategoryArchived': method({ ...write, input: z.object({ id: idSchema, archived: z.boolean() }), output: category }),

  /** What a new record's form starts from: the counter's deposit and loan length. */
  'catalogue.formDefaults': method({ ...read, input: emptyInput, output: z.object({ depositCents: z.number(), loanDays: z.number() }) }),
  /** Words (accents and case ignored) over title, author, ISBN, category and copy barcodes; paged in SQL. */
  'catalogue.search': method({
    ...read,
    input: z.object({
      query: z.string().max(200).default(''),
      kind: kindSchema.nullable().default(null),
      categoryId: idSchema.nullable().default(null),
      /** Records with at least one copy in this status ('available': can be lent now). */
      status: copyStatusSchema.nullable().default(null),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.object({ rows: z.array(searchRow), total: z.number() }),
  }),
  'catalogue.get': method({ ...read, input: z.object({ id: idSchema }), output: item }),
  /** A new record, with `copies` copies at once (generated barcodes). */
  'catalogue.create': method({
    ...write,
    input: itemFieldsSchema.extend({ copies: z.union([z.literal(0), copyCountSchema]).default(1), condition: conditionSchema.default('good') }),
    output: item,
  }),
  'catalogue.update': method({ ...write, input: itemFieldsSchema.extend({ id: idSchema }), output: item }),

  'catalogue.addCopies': method({
    ...write,
    input: newCopies.extend({ itemId: idSchema }),
    output: z.object({ id: z.number(), added: z.array(z.object({ id: z.number(), barcode: z.string() })) }),
  }),
  'catalogue.updateCopy': method({ ...write, input: z.object({ id: idSchema, condition: conditionSchema, notes: copyNotesSchema }), output: copy }),
  /** Out of the catalogue for good (lost, broken…): refused while on loan, reserved or in repair. */
  'catalogue.retireCopy': method({
    ...write,
    input: z.object({ id: idSchema, reason: z.string().trim().max(200, { error: 'La raison ne doit pas dépasser 200 caractères.' }).default('') }),
    output: copy,
  }),

  'catalogue.addKitPart': method({ ...write, input: z.object({ kitCopyId: idSchema, barcode: z.string().trim().min(1, { error: 'Scannez le code-barres de la pièce.' }).max(40) }), output: parts }),
  'catalogue.removeKitPart': method({ ...write, input: z.object({ kitCopyId: idSchema, partCopyId: idSchema }), output: parts }),

  'catalogue.photo': method({
    ...read,
    input: z.object({ itemId: idSchema }),
    output: z.object({ photo: z.object({ mime: z.string(), base64: z.string(), updatedAt: z.string() }).nullable() }),
  }),
  /** A JPEG, PNG or WebP photo as base64 (the renderer resizes it first); at most 1.5 MB. */
  'catalogue.setPhoto': method({
    ...write,
    input: z.object({ itemId: idSchema, base64: z.string().max(2_200_000, { error: 'La photo dépasse 1,5 Mo : choisissez une image plus petite.' }) }),
    output: z.object({ id: z.number() }),
  }),
  'catalogue.removePhoto': method({ ...write, input: z.object({ itemId: idSchema }), output: z.object({ id: z.number() }) }),

  /** An A4 sheet of 3 × 8 labels (barcode, title, office), from `startAt` on a sheet already partly used. */
  'catalogue.labelsPdf': method({
    ...read,
    input: z.object({
      selection: labelSelection,
      startAt: z.number().int().min(1, { error: 'La première étiquette est entre 1 et 24.' }).max(24, { error: 'La première étiquette est entre 1 et 24.' }).default(1),
    }),
    output: file,
  }),
};

export type CatalogueItem = z.output<typeof item>;
export type CatalogueCopy = z.output<typeof copy>;
export type CatalogueCategory = z.output<typeof category>;
export type CatalogueSearchRow = z.output<typeof searchRow>;
export type LabelSelection = z.output<typeof labelSelection>;
