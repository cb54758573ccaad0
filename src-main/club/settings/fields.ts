import { z } from 'zod';
import { PARTNER_CATEGORIES, type PartnerCategory } from '../partners/fields.ts';

/*
 * The club's own rules, edited from the club's screens by its administrators: the exclusivity rule (one partner
 * per building trade) and the categories it applies to, the yearly fee of each category, and the grace period
 * after a fee call before an unpaid partner lapses. Shared with the renderer: no Node imports here.
 */

const cents = (label: string) =>
  z
    .number({ error: `${label} : montant attendu, de 0,00 € à 100 000,00 €.` })
    .int({ error: `${label} : montant attendu, de 0,00 € à 100 000,00 €.` })
    .min(0, { error: `${label} : montant attendu, de 0,00 € à 100 000,00 €.` })
    .max(10_000_000, { error: `${label} : montant attendu, de 0,00 € à 100 000,00 €.` });

const TIER_LABELS: Record<PartnerCategory, string> = {
  merchant: 'La cotisation des commerçants',
  insurer: 'La cotisation des assureurs',
  building: 'La cotisation des entreprises du bâtiment',
  service: 'La cotisation des services',
  public_body: 'La cotisation des organismes publics',
};

export const clubSettingsSchema = z.object({
  exclusivityEnabled: z.boolean({ error: 'Indiquez si la règle « un partenaire par corps de métier » s’applique (oui ou non).' }),
  exclusiveCategories: z
    .array(z.enum(PARTNER_CATEGORIES, { error: 'Catégorie de partenaire inconnue.' }), { error: 'Choisissez les catégories concernées par l’exclusivité.' })
    .max(PARTNER_CATEGORIES.length)
    .transform((categories) => [...new Set(categories)]),
  feeTiers: z.object(
    Object.fromEntries(PARTNER_CATEGORIES.map((category) => [category, cents(TIER_LABELS[category])])) as Record<PartnerCategory, ReturnType<typeof cents>>,
    { error: 'Indiquez la cotisation de chaque catégorie.' },
  ),
  graceDays: z
    .number({ error: 'Le délai de grâce doit être un nombre entier de jours, de 0 à 365.' })
    .int({ error: 'Le délai de grâce doit être un nombre entier de jours, de 0 à 365.' })
    .min(0, { error: 'Le délai de grâce doit être un nombre entier de jours, de 0 à 365.' })
    .max(365, { error: 'Le délai de grâce doit être un nombre entier de jours, de 0 à 365.' }),
}).superRefine((settings, ctx) => {
  if (settings.exclusivityEnabled && settings.exclusiveCategories.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['exclusiveCategories'], message: 'Choisissez au moins une catégorie soumise à l’exclusivité, ou désactivez la règle.' });
  }
});

export type ClubSettings = z.output<typeof clubSettingsSchema>;

/** A new club: building firms are exclusive per trade; 100 € a year, 1 000 € for building firms (Plaine Commune). */
export const CLUB_SETTINGS_DEFAULTS: ClubSettings = {
  exclusivityEnabled: true,
  exclusiveCategories: ['building'],
  feeTiers: { merchant: 10_000, insurer: 10_000, building: 100_000, service: 10_000, public_body: 0 },
  graceDays: 30,
};
