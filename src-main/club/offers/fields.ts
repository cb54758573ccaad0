import { z } from 'zod';
import { idSchema, isoDateSchema } from '../../core/contract.ts';
import { text } from '../../shared/fields.ts';

/* What a partner gives the club's members, and how it is validated. Shared with the renderer: no Node imports. */

export const OFFER_KINDS = ['percentage', 'fixed_amount', 'special_price'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/** contract: signed and renewed every year (home insurance); use: a one-off purchase (a driving licence). */
export const OFFER_BENEFITS = ['contract', 'use'] as const;
export type OfferBenefit = (typeof OFFER_BENEFITS)[number];

/** all: every household; qpv: residences in a priority neighbourhood; residences: the ones chosen. */
export const OFFER_TARGETS = ['all', 'qpv', 'residences'] as const;
export type OfferTarget = (typeof OFFER_TARGETS)[number];

const MAX_CENTS = 10_000_000;
const wholeCents = (message: string) => z.number({ error: message }).int({ error: message }).min(0, { error: message }).max(MAX_CENTS, { error: message });

export const offerFieldsSchema = z
  .object({
    partnerId: idSchema,
    title: z
      .string({ error: 'Le titre de l’offre est obligatoire.' })
      .trim()
      .min(3, { error: 'Le titre de l’offre est obligatoire (3 caractères au moins).' })
      .max(120, { error: 'Le titre de l’offre ne doit pas dépasser 120 caractères.' }),
    kind: z.enum(OFFER_KINDS, { error: 'Choisissez le type d’avantage : pourcentage, montant fixe ou prix spécial.' }),
    /** percentage: the percent (1 to 100); fixed_amount: the cents off; special_price: the club's price in cents. */
    value: z.number({ error: 'Indiquez la valeur de l’avantage.' }).int({ error: 'Indiquez la valeur de l’avantage.' }),
    /** The public price, for a special price (optional). */
    usualPriceCents: wholeCents('Le prix public : montant attendu.').nullable().default(null),
    benefit: z.enum(OFFER_BENEFITS, { error: 'Indiquez s’il s’agit d’un contrat (renouvelé chaque année) ou d’un achat ponctuel.' }),
    defaultSavingCents: wholeCents('L’économie estimée par foyer : montant attendu, de 0,00 € à 100 000,00 €.'),
    conditions: text(1000, 'Les conditions'),
    validFrom: isoDateSchema,
    validUntil: isoDateSchema.nullable().default(null),
    target: z.enum(OFFER_TARGETS, { error: 'Choisissez à qui s’adresse l’offre : tous les foyers, résidences en QPV ou résidences choisies.' }),
    residenceIds: z.array(idSchema).max(500).default([]).transform((ids) => [...new Set(ids)]),
  })
  .superRefine((offer, ctx) => {
    if (offer.kind === 'percentage' && (offer.value < 1 || offer.value > 100)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Le pourcentage de remise doit être compris entre 1 et 100.' });
    }
    if (offer.kind !== 'percentage' && (offer.value < 1 || offer.value > MAX_CENTS)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Le montant doit être compris entre 0,01 € et 100 000,00 €.' });
    }
    if (offer.usualPriceCents !== null && offer.kind !== 'special_price') {
      ctx.addIssue({ code: 'custom', path: ['usualPriceCents'], message: 'Le prix public ne s’indique que pour un prix spécial.' });
    }
    if (offer.kind === 'special_price' && offer.usualPriceCents !== null && offer.usualPriceCents <= offer.value) {
      ctx.addIssue({ code: 'custom', path: ['usualPriceCents'], message: 'Le prix public doit être supérieur au prix du club.' });
    }
    if (offer.validUntil !== null && offer.validUntil < offer.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'La fin de validité précède son début.' });
    }
    if (offer.target === 'residences' && offer.residenceIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['residenceIds'], message: 'Choisissez au moins une résidence, ou ouvrez l’offre à tous les foyers.' });
    }
    if (offer.target !== 'residences' && offer.residenceIds.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['residenceIds'], message: 'Les résidences ne se choisissent que pour une offre réservée à certaines résidences.' });
    }
  });

export type OfferFields = z.output<typeof offerFieldsSchema>;
