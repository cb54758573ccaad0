import { z } from 'zod';
import { idSchema, isoDateSchema } from '../../core/contract.ts';
import { parseIsbn } from './isbn.ts';
import { COPY_CONDITIONS, COPY_STATUSES, ITEM_KINDS } from './kinds.ts';

/* What an operator types for a catalogue record, a category or a copy, with French messages, normalised as stored. */

export const kindSchema = z.enum(ITEM_KINDS, { error: 'Choisissez le type : objet, livre, jeu ou kit.' });
export const conditionSchema = z.enum(COPY_CONDITIONS, { error: 'Choisissez l’état : neuf, bon état, usé ou abîmé.' });
export const copyStatusSchema = z.enum(COPY_STATUSES);

export const categoryNameSchema = z
  .string({ error: 'Le nom de la catégorie est obligatoire.' })
  .trim()
  .min(2, { error: 'Le nom de la catégorie doit comporter au moins 2 caractères.' })
  .max(60, { error: 'Le nom de la catégorie ne doit pas dépasser 60 caractères.' });

/** '' (no ISBN) → null; otherwise the 13 digits of the ISBN-13, or a French message. */
const isbnSchema = z
  .string()
  .default('')
  .transform((value, ctx) => {
    if (value.trim() === '') return null;
    const parsed = parseIsbn(value);
    if (parsed.ok) return parsed.isbn13;
    ctx.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  });

/** A free text, trimmed, '' when left empty; `tooLong` says the limit in French. */
const freeText = (max: number, tooLong: string) => z.string().trim().max(max, { error: tooLong }).default('');

const cents = (max: number, message: string) => z.number({ error: message }).int({ error: message }).min(0, { error: message }).max(max, { error: message });

export const itemFieldsSchema = z.object({
  kind: kindSchema,
  categoryId: idSchema.nullable().default(null),
  title: z
    .string({ error: 'Le titre est obligatoire.' })
    .trim()
    .min(1, { error: 'Le titre est obligatoire.' })
    .max(200, { error: 'Le titre ne doit pas dépasser 200 caractères.' }),
  /** The author of a book, the brand of an object, the publisher of a game. */
  author: freeText(200, 'L’auteur, la marque ou l’éditeur ne doit pas dépasser 200 caractères.'),
  /** Books only: ignored for other kinds. */
  isbn: isbnSchema,
  description: freeText(2000, 'La description ne doit pas dépasser 2 000 caractères.'),
  /** Printed on the loan form. */
  conditions: freeText(2000, 'Les conditions de prêt ne doivent pas dépasser 2 000 caractères.'),
  replacementValueCents: cents(10_000_000, 'La valeur de remplacement doit être un montant entre 0 et 100 000 €.').default(0),
  /** null: the counter's default deposit, copied onto the record. */
  depositCents: cents(100_000, 'La caution doit être un montant entre 0 et 1 000 €.').nullable().default(null),
  /** null: the counter's default loan length, whatever it becomes. */
  loanDays: z
    .number({ error: 'La durée de prêt doit être un nombre entier de jours, de 1 à 365.' })
    .int({ error: 'La durée de prêt doit être un nombre entier de jours, de 1 à 365.' })
    .min(1, { error: 'La durée de prêt doit être un nombre entier de jours, de 1 à 365.' })
    .max(365, { error: 'La durée de prêt doit être un nombre entier de jours, de 1 à 365.' })
    .nullable()
    .default(null),
});
export type ItemFields = z.output<typeof itemFieldsSchema>;

export const copyNotesSchema = freeText(1000, 'Les notes ne doivent pas dépasser 1 000 caractères.');
export const acquiredOnSchema = isoDateSchema.nullable().default(null);
