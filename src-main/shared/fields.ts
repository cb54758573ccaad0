import { z } from 'zod';

/** A free text: trimmed, bounded; '' when left empty. */
export const text = (max: number, label: string) =>
  z
    .string({ error: `${label} : texte attendu.` })
    .trim()
    .max(max, { error: `${label} ne doit pas dépasser ${max} caractères.` })
    .default('');

const POSTCODE_MESSAGE = 'Le code postal doit comporter 5 chiffres (ex. 02100).';

/** A French postcode: 5 digits, kept as text for its leading zeros (02100). */
export const postcodeSchema = z.string().trim().regex(/^\d{5}$/, { error: POSTCODE_MESSAGE });

/** The fields of a postal address that may be left empty (non-tenant members, the office's own address). */
export const optionalPostalAddressFields = {
  line: text(200, 'L’adresse'),
  postcode: z
    .string({ error: POSTCODE_MESSAGE })
    .trim()
    .default('')
    .refine((value) => value === '' || /^\d{5}$/.test(value), { error: POSTCODE_MESSAGE }),
  city: text(100, 'La commune'),
};
