import { z } from 'zod';
import { normalisePhone, SEPARATORS } from '../shared/phone.ts';
import { optionalPostalAddressFields, text } from '../shared/fields.ts';
import { sirenProblem, siretProblem } from '../shared/siret.ts';


/*
 * The office's settings: one schema per section, used both to validate a save (French messages, normalised values)
 * and, in a looser form, to read what is stored. Shared with the renderer: no Node imports here.
 */

// ——— Identifiers and formats (domain.md: French formats and identifiers) ———

/** RNA number of an association: W followed by 9 characters (digits, or letters as in Corsican codes). */
export const RNA = /^W[0-9A-Z]{9}$/;

// ——— Logo for receipts ———

export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;
type LogoType = (typeof LOGO_TYPES)[number];
/** 300 Ko once decoded. */
export const LOGO_MAX_BYTES = 300 * 1024;
const LOGO_PREFIX = /^data:(image\/(?:png|jpeg));base64,/;
/** The first bytes of each accepted format: the declared type must match the content. */
const MAGIC: Record<LogoType, string> = { 'image/png': '\x89PNG\r\n\x1a\n', 'image/jpeg': '\xff\xd8\xff' };

const decodedSize = (base64: string) => Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);

/** Splits a logo's data URL into its type and base64 content (null when it is not a PNG or JPEG data URL). */
function parseLogoDataUrl(dataUrl: string): { type: LogoType; base64: string } | null {
  const match = LOGO_PREFIX.exec(dataUrl);
  return match ? { type: match[1] as LogoType, base64: dataUrl.slice(match[0].length) } : null;
}

/** The message for an image heavier than allowed (null when its size is fine). */
export function logoWeightProblem(bytes: number): string | null {
  if (bytes <= LOGO_MAX_BYTES) return null;
  return `Le logo pèse ${Math.ceil(bytes / 1024)} Ko : 300 Ko au plus. Réduisez l’image avant de l’importer.`;
}

/** Why a logo is refused, in French; null when it is acceptable. Also used by the screen before sending it. */
export function logoProblem(dataUrl: string): string | null {
  const logo = parseLogoDataUrl(dataUrl);
  if (!logo) return 'Le logo doit être une image PNG ou JPEG.';
  const bytes = decodedSize(logo.base64);
  const heavy = logoWeightProblem(bytes);
  if (heavy) return heavy;
  if (logo.base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(logo.base64) || bytes === 0) {
    return 'Le fichier du logo est illisible : importez de nouveau l’image.';
  }
  let head = '';
  try {
    head = atob(logo.base64.slice(0, 12));
  } catch {
    // checked above; an unreadable start is refused just below
  }
  if (!head.startsWith(MAGIC[logo.type])) {
    return `Le fichier du logo n’est pas une image ${logo.type === 'image/png' ? 'PNG' : 'JPEG'} valide.`;
  }
  return null;
}

// ——— Building blocks ———

/**
 * An optional value typed as text: cleaned, null when left empty, else checked by `problem` (a French message when
 * refused) and stored as cleaned.
 */
function optionalCode(
  label: string,
  clean: (value: string) => string,
  problem: (value: string) => string | null,
  maxLength = 1000,
  tooLong = `${label} ne doit pas dépasser ${maxLength} caractères.`,
) {
  return z
    .string({ error: `${label} : texte attendu.` })
    .max(maxLength, { error: tooLong })
    .nullable()
    .default(null)
    .transform((value, ctx) => {
      const cleaned = clean(value ?? '');
      if (cleaned === '') return null;
      const message = problem(cleaned);
      if (message) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return cleaned;
    });
}

const withoutSeparators = (value: string) => value.replace(SEPARATORS, '');

/** An https address, or nothing: the app never sends or fetches anything unencrypted. */
function httpsUrl(label: string) {
  return optionalCode(
    label,
    (value) => value.trim(),
    (value) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        return `${label} n’est pas une adresse web valide (ex. https://exemple.fr/…).`;
      }
      if (url.protocol !== 'https:') return `${label} doit commencer par https:// : les échanges sont toujours chiffrés.`;
      if (url.username !== '' || url.password !== '') return `${label} ne doit contenir ni identifiant ni mot de passe.`;
      if (url.hostname === '') return `${label} n’est pas une adresse web valide (ex. https://exemple.fr/…).`;
      if (value.length > 500) return `${label} ne doit pas dépasser 500 caractères.`;
      return null;
    },
  );
}

/** A whole number within bounds, with one French message for anything else. */
function wholeNumber(min: number, max: number, message: string) {
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message });
}

// ——— Office identity ———

export const LEGAL_FORMS = ['oph', 'esh', 'cooperative', 'association'] as const;

const officeAddressInput = z
  .object(
    optionalPostalAddressFields,
    { error: 'Adresse invalide.' },
  )
  .default({ line: '', postcode: '', city: '' })
  .superRefine((address, ctx) => {
    // All or nothing: an address on a receipt is only useful whole.
    if (address.line === '' && address.postcode === '' && address.city === '') return;
    if (address.line === '') ctx.addIssue({ code: 'custom', path: ['line'], message: 'Indiquez le numéro et la voie de l’adresse.' });
    if (address.postcode === '') ctx.addIssue({ code: 'custom', path: ['postcode'], message: 'Indiquez le code postal de l’adresse.' });
    if (address.city === '') ctx.addIssue({ code: 'custom', path: ['city'], message: 'Indiquez la commune de l’adresse.' });
  });

export const officeInputSchema = z
  .object({
    name: z
      .string({ error: 'Le nom du bureau est obligatoire.' })
      .trim()
      .min(1, { error: 'Le nom du bureau est obligatoire.' })
      .max(120, { error: 'Le nom du bureau ne doit pas dépasser 120 caractères.' }),
    legalForm: z.enum(LEGAL_FORMS, { error: 'Choisissez la forme juridique : OPH, ESH, coopérative ou association.' }),
    siren: optionalCode('Le SIREN', withoutSeparators, sirenProblem),
    siret: optionalCode('Le SIRET', withoutSeparators, siretProblem),
    rna: optionalCode('Le numéro RNA', (value) => withoutSeparators(value).toUpperCase(), (rna) =>
      RNA.test(rna) ? null : 'Le numéro RNA doit comporter la lettre W suivie de 9 caractères (ex. W802001234).',
    ),
    address: officeAddressInput,
    phone: optionalCode('Le téléphone', (value) => value.trim(), (phone) =>
      normalisePhone(phone) ? null : 'Numéro de téléphone invalide : 10 chiffres attendus (ex. 01 23 45 67 89 ou +33 1 23 45 67 89).',
    ).transform((phone) => (phone === null ? null : normalisePhone(phone))),
    email: optionalCode('L’adresse e-mail', (value) => value.trim(), (email) =>
      email.length <= 200 && z.email().safeParse(email).success ? null : 'Adresse e-mail invalide (ex. contact@bailleur.fr).',
    ),
    logo: optionalCode('Le logo', (value) => value.trim(), logoProblem, 8_000_000, 'Le logo est bien trop lourd : 300 Ko au plus.'),
  })
  .superRefine((office, ctx) => {
    if (office.siren === null && office.rna === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['siren'],
        message: 'Indiquez au moins le SIREN du bureau ou le numéro RNA de l’association.',
      });
    }
    if (office.siren !== null && office.siret !== null && !office.siret.startsWith(office.siren)) {
      ctx.addIssue({ code: 'custom', path: ['siret'], message: 'Le SIRET doit commencer par les 9 chiffres du SIREN.' });
    }
  });

/** What is stored and read: types only, so that a rule tightened by an upgrade never hides a saved identity. */
export const officeSettingsSchema = z.object({
  name: z.string(),
  legalForm: z.enum(LEGAL_FORMS).nullable(),
  siren: z.string().nullable(),
  siret: z.string().nullable(),
  rna: z.string().nullable(),
  address: z.object({ line: z.string(), postcode: z.string(), city: z.string() }),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** data:image/png|jpeg;base64,… */
  logo: z.string().nullable(),
});

// ——— Counter ———

export const counterInputSchema = z.object({
  defaultLoanDays: wholeNumber(1, 90, 'La durée de prêt par défaut doit être un nombre entier de jours, de 1 à 90.'),
  lateFeePerWeekCents: wholeNumber(0, 10_000, 'La pénalité de retard doit être comprise entre 0,00 € et 100,00 € par semaine.'),
  defaultDepositCents: wholeNumber(0, 100_000, 'La caution par défaut doit être comprise entre 0,00 € et 1 000,00 €.'),
  maxLoansPerMember: wholeNumber(1, 50, 'Le nombre maximal de prêts par adhérent doit être un nombre entier, de 1 à 50.'),
  graceDays: wholeNumber(0, 30, 'Le délai de grâce doit être un nombre entier de jours, de 0 à 30.'),
});
export const counterSettingsSchema = counterInputSchema;

// ——— Data retention ———

export const retentionInputSchema = z.object({
  personMonths: wholeNumber(12, 120, 'La durée de conservation des personnes doit être un nombre entier de mois, de 12 à 120.'),
  auditYears: wholeNumber(1, 10, 'La durée de conservation du journal doit être un nombre entier d’années, de 1 à 10.'),
  deleteFollowUpWhenEnded: z.boolean({ error: 'Indiquez si le suivi est supprimé à sa clôture (oui ou non).' }),
});
export const retentionSettingsSchema = retentionInputSchema;

// ——— Federation and updates ———

/**
 * Statistical secrecy of the federation export: a count of households or people between 1 and threshold − 1 is never
 * published. Never below 3: with 1 or 2, anyone who knows one of them could work out what the other did.
 */
export const MIN_SUPPRESSION_THRESHOLD = 3;
export const MAX_SUPPRESSION_THRESHOLD = 20;
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

export const federationInputSchema = z.object({
  endpointUrl: httpsUrl('L’adresse de la fédération'),
  label: text(100, 'Le nom de la fédération'),
  suppressionThreshold: wholeNumber(
    MIN_SUPPRESSION_THRESHOLD,
    MAX_SUPPRESSION_THRESHOLD,
    `Le seuil de secret doit être un nombre entier de ${MIN_SUPPRESSION_THRESHOLD} à ${MAX_SUPPRESSION_THRESHOLD} : en dessous de ${MIN_SUPPRESSION_THRESHOLD}, un chiffre publié pourrait désigner un foyer.`,
  ).default(DEFAULT_SUPPRESSION_THRESHOLD),
});
export const federationSettingsSchema = z.object({
  endpointUrl: z.string().nullable(),
  label: z.string(),
  // A stored value outside the bounds (edited by hand, older rule) reads as the default, never as a weaker secret.
  suppressionThreshold: z.number().int().min(MIN_SUPPRESSION_THRESHOLD).max(MAX_SUPPRESSION_THRESHOLD),
  /**
   * The certificate(s), PEM, of the authority that issued the federation server's certificate, when it is not a public
   * one; trusted for sending on top of the public authorities. Checked and set by 'settings.saveFederationCertificate'
   * only (never by the form of this section); null: none (also for rows saved before it existed).
   */
  caCertificate: z.string().nullable(),
});

/** The longest certificate text accepted (a chain of several certificates stays far below). */
const MAX_CERTIFICATE_CHARS = 100_000;

export const federationCertificateInputSchema = z.object({
  pem: z
    .string({ error: 'Collez le texte du certificat ou choisissez son fichier (.pem, .crt ou .cer).' })
    .max(MAX_CERTIFICATE_CHARS, { error: 'Ce texte est bien trop long pour un certificat : choisissez le fichier du certificat de l’autorité (.pem, .crt ou .cer).' }),
});

/** One certificate of the authority as shown in Paramètres: never its raw text. Dates are ISO date-times. */
const authorityCertificateSchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  /** SHA-256 of the certificate, in hexadecimal pairs separated by colons, as certificate viewers show it. */
  sha256: z.string(),
  /** A certificate authority (basic constraints CA), rather than a server's certificate (self-signed, or part of a chain). */
  authority: z.boolean(),
});

/** The certificates set for the federation, in the order of the file; empty when none is set. */
export const federationCertificateSchema = z.object({ certificates: z.array(authorityCertificateSchema) });

export const updatesInputSchema = z.object({ feedUrl: httpsUrl('L’adresse des mises à jour') });
export const updatesSettingsSchema = z.object({ feedUrl: z.string().nullable() });

export const allSettingsSchema = z.object({
  office: officeSettingsSchema,
  counter: counterSettingsSchema,
  retention: retentionSettingsSchema,
  federation: federationSettingsSchema,
  updates: updatesSettingsSchema,
});

export type OfficeSettings = z.output<typeof officeSettingsSchema>;
export type CounterSettings = z.output<typeof counterSettingsSchema>;
export type RetentionSettings = z.output<typeof retentionSettingsSchema>;
export type FederationSettings = z.output<typeof federationSettingsSchema>;
export type AuthorityCertificate = z.output<typeof authorityCertificateSchema>;
export type UpdatesSettings = z.output<typeof updatesSettingsSchema>;
export type AllSettings = z.output<typeof allSettingsSchema>;
export type SettingsSection = keyof AllSettings;
