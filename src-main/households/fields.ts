import { z } from 'zod';
import { isoDateSchema } from '../core/contract.ts';
import { localToday } from '../shared/days.ts';
import { normalisePhone } from '../shared/phone.ts';
import { optionalPostalAddressFields, text } from '../shared/fields.ts';

/*
 * Households and people: the fields a person types, with French messages, normalised as stored.
 * Shared with the renderer: no Node imports here.
 */

/** domain.md: Madame / Monsieur / non précisé ("Mademoiselle" is not used). */
export const CIVILITIES = ['madame', 'monsieur', 'unspecified'] as const;
export type Civility = (typeof CIVILITIES)[number];

/** The person's place in the household: titulaire du bail, cotitulaire, conjoint, enfant, autre membre. */
export const PERSON_ROLES = ['holder', 'coholder', 'spouse', 'child', 'member'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** The oldest birth date accepted. */
export const OLDEST_BIRTH_DATE = '1900-01-01';

/** A text left empty becomes null. */
const optionalText = (max: number, label: string) =>
  z
    .string({ error: `${label} : texte attendu.` })
    .trim()
    .max(max, { error: `${label} ne doit pas dépasser ${max} caractères.` })
    .nullable()
    .default(null)
    .transform((value) => (value ? value : null));

const PHONE_MESSAGE = 'Numéro de téléphone invalide : 10 chiffres attendus (ex. 06 12 34 56 78 ou +33 6 12 34 56 78).';
const EMAIL_MESSAGE = 'Adresse e-mail invalide (ex. prenom.nom@exemple.fr).';

export const phoneSchema = z
  .string({ error: PHONE_MESSAGE })
  .max(30, { error: PHONE_MESSAGE })
  .nullable()
  .default(null)
  .transform((value, ctx) => {
    if (!value || value.trim() === '') return null;
    const e164 = normalisePhone(value);
    if (!e164) {
      ctx.addIssue({ code: 'custom', message: PHONE_MESSAGE });
      return z.NEVER;
    }
    return e164;
  });

export const emailSchema = z
  .string({ error: EMAIL_MESSAGE })
  .max(200, { error: 'L’adresse e-mail ne doit pas dépasser 200 caractères.' })
  .nullable()
  .default(null)
  .transform((value, ctx) => {
    const email = value?.trim() ?? '';
    if (email === '') return null;
    if (!z.email().safeParse(email).success) {
      ctx.addIssue({ code: 'custom', message: EMAIL_MESSAGE });
      return z.NEVER;
    }
    return email.toLowerCase();
  });

const birthDateSchema = isoDateSchema
  .refine((date) => date >= OLDEST_BIRTH_DATE, { error: 'La date de naissance doit être postérieure au 01/01/1900.' })
  .refine((date) => date <= localToday(), { error: 'La date de naissance ne peut pas être dans le futur.' })
  .nullable()
  .default(null);

/** A date of entry or exit: a real date, neither before 1900 nor more than a year ahead. */
export const moveDateSchema = (label: string) =>
  z.iso
    .date({ error: `${label} : date invalide, attendue au format JJ/MM/AAAA.` })
    .refine((date) => date >= OLDEST_BIRTH_DATE, { error: `${label} doit être postérieure au 01/01/1900.` })
    .refine((date) => date <= localToday(new Date(Date.now() + 366 * 86_400_000)), {
      error: `${label} ne peut pas être à plus d’un an dans le futur.`,
    });

export const personFieldsSchema = z.object({
  civility: z.enum(CIVILITIES, { error: 'Civilité invalide : choisissez Madame, Monsieur ou non précisé.' }).default('unspecified'),
  familyName: z
    .string({ error: 'Le nom de famille est obligatoire.' })
    .trim()
    .min(1, { error: 'Le nom de famille est obligatoire.' })
    .max(100, { error: 'Le nom de famille ne doit pas dépasser 100 caractères.' }),
  usageName: text(100, 'Le nom d’usage'),
  firstName: text(100, 'Le prénom'),
  birthDate: birthDateSchema,
  phone: phoneSchema,
  email: emailSchema,
  role: z
    .enum(PERSON_ROLES, {
      error: 'Rôle dans le foyer invalide : titulaire du bail, cotitulaire, conjoint, enfant ou autre membre.',
    })
    .default('member'),
  languages: z
    .array(
      z
        .string({ error: 'Langue : texte attendu.' })
        .trim()
        .min(1, { error: 'Une langue ne peut pas être vide.' })
        .max(40, { error: 'Le nom d’une langue ne doit pas dépasser 40 caractères.' }),
      { error: 'Langues : une liste est attendue.' },
    )
    .max(10, { error: '10 langues au plus.' })
    .default([])
    .transform((languages) => [...new Set(languages)]),
  /** No health data here (domain.md): that belongs to the restricted follow-up record. */
  notes: text(1000, 'Les notes'),
  /** The landlord's own id for this person (tenancy software), used by the import to match people. */
  externalId: optionalText(40, 'L’identifiant chez le bailleur'),
});

const postalAddressSchema = z
  .object(optionalPostalAddressFields)
  .default({ line: '', postcode: '', city: '' });

/** The household's own fields, shared by creation and update. */
export const householdFieldsSchema = z.object({
  /** '' at creation: named after its first holder's name. */
  name: text(120, 'Le nom du foyer'),
  externalId: optionalText(40, 'L’identifiant chez le bailleur'),
  address: postalAddressSchema,
  /** No health data here (domain.md). */
  notes: text(2000, 'Les notes'),
  acceptsMail: z.boolean({ error: 'Indiquez si le foyer accepte les courriers (oui ou non).' }).default(true),
});

export type PersonFields = z.output<typeof personFieldsSchema>;
export type HouseholdFields = z.output<typeof householdFieldsSchema>;

/** French labels, for messages built in the backend. */
export const ROLE_LABELS: Record<PersonRole, string> = {
  holder: 'titulaire du bail',
  coholder: 'cotitulaire',
  spouse: 'conjoint',
  child: 'enfant',
  member: 'autre membre',
};
