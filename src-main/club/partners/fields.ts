import { z } from 'zod';
import { isoDateSchema } from '../../core/contract.ts';
import { optionalPostalAddressFields, text } from '../../shared/fields.ts';
import { normalisePhone, SEPARATORS } from '../../shared/phone.ts';
import { siretProblem } from '../../shared/siret.ts';

/*
 * What describes a partner of the club, and how it is validated (French messages). Shared with the renderer: no Node
 * imports here.
 */

export const PARTNER_CATEGORIES = ['merchant', 'insurer', 'building', 'service', 'public_body'] as const;
export type PartnerCategory = (typeof PARTNER_CATEGORIES)[number];

export const PARTNER_CATEGORY_LABELS: Record<PartnerCategory, string> = {
  merchant: 'Commerçant',
  insurer: 'Assureur',
  building: 'Entreprise du bâtiment',
  service: 'Service',
  public_body: 'Organisme public',
};

export const PARTNER_STATUSES = ['candidate', 'active', 'suspended', 'ended'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

/** "partenaire actif", as said in messages. */
export const PARTNER_STATUS_LABELS: Record<PartnerStatus, string> = {
  candidate: 'candidat',
  active: 'actif',
  suspended: 'suspendu',
  ended: 'ancien partenaire',
};

/**
 * Building trades (corps de métier). `the` is how a sentence starts with it, with its gender for the agreement:
 * "La plomberie est déjà confiée à…".
 */
export const TRADES = {
  plumbing: { label: 'Plomberie', the: 'La plomberie', feminine: true },
  electricity: { label: 'Électricité', the: 'L’électricité', feminine: true },
  heating: { label: 'Chauffage', the: 'Le chauffage', feminine: false },
  painting: { label: 'Peinture', the: 'La peinture', feminine: true },
  locksmith: { label: 'Serrurerie', the: 'La serrurerie', feminine: true },
  carpentry: { label: 'Menuiserie', the: 'La menuiserie', feminine: true },
  masonry: { label: 'Maçonnerie', the: 'La maçonnerie', feminine: true },
  roofing: { label: 'Couverture', the: 'La couverture', feminine: true },
  glazing: { label: 'Vitrerie', the: 'La vitrerie', feminine: true },
  tiling: { label: 'Carrelage', the: 'Le carrelage', feminine: false },
  flooring: { label: 'Revêtements de sol', the: 'La pose de revêtements de sol', feminine: true },
  plastering: { label: 'Plâtrerie', the: 'La plâtrerie', feminine: true },
  insulation: { label: 'Isolation', the: 'L’isolation', feminine: true },
  cleaning: { label: 'Nettoyage', the: 'Le nettoyage', feminine: false },
  gardening: { label: 'Espaces verts', the: 'L’entretien des espaces verts', feminine: false },
  pest_control: { label: 'Désinsectisation', the: 'La désinsectisation', feminine: true },
} as const;
export type Trade = keyof typeof TRADES;
export const TRADE_CODES = Object.keys(TRADES) as Trade[];

/** NAF (APE) code of the INSEE: 2 digits, a dot, 2 digits, a letter ("43.22A"). */
export const NAF = /^\d{2}\.\d{2}[A-Z]$/;

/** "4322a", "43 22 A", "43.22A" → "43.22A"; anything else is returned cleaned, for the check to refuse it. */
function normaliseNaf(value: string): string {
  const compact = value.replace(/[\s.]/g, '').toUpperCase();
  return /^\d{4}[A-Z]$/.test(compact) ? `${compact.slice(0, 2)}.${compact.slice(2)}` : value.trim().toUpperCase();
}

const SIRET_MISSING = 'Le SIRET est obligatoire : 14 chiffres.';

const siretSchema = z
  .string({ error: SIRET_MISSING })
  .transform((value, ctx) => {
    const siret = value.replace(SEPARATORS, '');
    const message = siret === '' ? SIRET_MISSING : siretProblem(siret);
    if (message) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return siret;
  });

const nafSchema = z
  .string({ error: 'Le code NAF : texte attendu.' })
  .nullable()
  .default(null)
  .transform((value, ctx) => {
    const cleaned = normaliseNaf(value ?? '');
    if (cleaned === '') return null;
    if (!NAF.test(cleaned)) {
      ctx.addIssue({ code: 'custom', message: 'Le code NAF s’écrit 2 chiffres, un point, 2 chiffres et une lettre (ex. 43.22A).' });
      return z.NEVER;
    }
    return cleaned;
  });

const optionalPhone = z
  .string({ error: 'Le téléphone : texte attendu.' })
  .nullable()
  .default(null)
  .transform((value, ctx) => {
    if (!value?.trim()) return null;
    const phone = normalisePhone(value);
    if (!phone) {
      ctx.addIssue({ code: 'custom', message: 'Numéro de téléphone invalide : 10 chiffres attendus (ex. 03 22 33 44 55).' });
      return z.NEVER;
    }
    return phone;
  });

const optionalEmail = z
  .string({ error: 'L’adresse e-mail : texte attendu.' })
  .nullable()
  .default(null)
  .transform((value, ctx) => {
    const email = value?.trim() ?? '';
    if (email === '') return null;
    if (email.length > 200 || !z.email().safeParse(email).success) {
      ctx.addIssue({ code: 'custom', message: 'Adresse e-mail invalide (ex. contact@entreprise.fr).' });
      return z.NEVER;
    }
    return email;
  });

const optionalDate = isoDateSchema.nullable().default(null);

/** The fields typed on the partner's form (the status is set at creation, then changed through its own method). */
export const partnerFieldsSchema = z
  .object({
    name: z
      .string({ error: 'Le nom de l’entreprise est obligatoire.' })
      .trim()
      .min(2, { error: 'Le nom de l’entreprise est obligatoire.' })
      .max(120, { error: 'Le nom de l’entreprise ne doit pas dépasser 120 caractères.' }),
    siret: siretSchema,
    nafCode: nafSchema,
    category: z.enum(PARTNER_CATEGORIES, { error: 'Choisissez la catégorie : commerçant, assureur, entreprise du bâtiment, service ou organisme public.' }),
    trade: z.enum(TRADE_CODES, { error: 'Choisissez le corps de métier dans la liste.' }).nullable().default(null),
    contactName: text(120, 'Le nom du contact'),
    phone: optionalPhone,
    email: optionalEmail,
    address: z.object(optionalPostalAddressFields, { error: 'Adresse invalide.' }).default({ line: '', postcode: '', city: '' }),
    agreementStartOn: optionalDate,
    agreementEndOn: optionalDate,
    notes: text(2000, 'Les notes'),
  })
  .superRefine((partner, ctx) => {
    if (partner.agreementStartOn && partner.agreementEndOn && partner.agreementEndOn < partner.agreementStartOn) {
      ctx.addIssue({ code: 'custom', path: ['agreementEndOn'], message: 'La fin de la convention précède son début.' });
    }
  });

export type PartnerFields = z.output<typeof partnerFieldsSchema>;
