import { z } from 'zod';
import { isoDateSchema } from '../core/contract.ts';
import { postcodeSchema } from '../shared/fields.ts';

/** Current QPV codes (décret 2023-1314): QN + département on 3 characters + 2 digits + a letter, e.g. QN08001M. */
export const QPV_CODE = /^QN(\d{3}|02[AB])\d{2}[A-Z]$/;
/** Codes of the 2015 list (QP + 6 digits), still found in older files. */
export const QPV_CODE_2015 = /^QP\d{6}$/;

export const TYPOLOGIES = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'] as const;

const upper = (value: string) => value.toUpperCase();

export const qpvCodeSchema = z
  .string()
  .trim()
  .transform(upper)
  .refine((code) => QPV_CODE.test(code) || QPV_CODE_2015.test(code), {
    error:
      'Code QPV invalide : attendu « QN », le département sur 3 caractères, 2 chiffres et une lettre (ex. QN08001M), ' +
      'ou un ancien code « QP » suivi de 6 chiffres.',
  });

export const inseeCodeSchema = z
  .string()
  .trim()
  .transform(upper)
  .refine((code) => /^(\d{5}|2[AB]\d{3})$/.test(code), {
    error: 'Le code INSEE de la commune doit comporter 5 caractères (ex. 80021, ou 2A004 en Corse).',
  });

export const residenceFieldsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, { error: 'Le nom de la résidence doit comporter au moins 2 caractères.' })
    .max(120, { error: 'Le nom de la résidence ne doit pas dépasser 120 caractères.' }),
  address: z
    .string()
    .trim()
    .min(3, { error: "L'adresse est obligatoire." })
    .max(200, { error: "L'adresse ne doit pas dépasser 200 caractères." }),
  postcode: postcodeSchema,
  city: z
    .string()
    .trim()
    .min(1, { error: 'La commune est obligatoire.' })
    .max(100, { error: 'La commune ne doit pas dépasser 100 caractères.' }),
  inseeCode: inseeCodeSchema.nullable().default(null),
  qpvCode: qpvCodeSchema.nullable().default(null),
  qpvCheckedOn: isoDateSchema.nullable().default(null),
  qpvSource: z.string().trim().max(200).nullable().default(null),
  yearBuilt: z
    .number()
    .int({ error: "L'année de construction doit être un nombre entier." })
    .min(1800, { error: "L'année de construction doit être postérieure à 1800." })
    .max(2100, { error: "L'année de construction doit être antérieure à 2100." })
    .nullable()
    .default(null),
  notes: z.string().max(2000, { error: 'Les notes ne doivent pas dépasser 2 000 caractères.' }).default(''),
});

export const dwellingFieldsSchema = z.object({
  internalId: z
    .string()
    .trim()
    .min(1, { error: "L'identifiant interne du logement est obligatoire." })
    .max(30, { error: "L'identifiant interne ne doit pas dépasser 30 caractères." }),
  rplsId: z
    .string()
    .trim()
    .transform(upper)
    .refine((id) => /^[A-Z0-9]{1,20}$/.test(id), {
      error: "L'identifiant RPLS ne doit contenir que des lettres et des chiffres (20 au plus).",
    })
    .nullable()
    .default(null),
  typology: z.enum(TYPOLOGIES, { error: 'Typologie invalide : choisissez de T1 à T7.' }),
  floor: z
    .number({ error: "L'étage doit être un nombre (0 pour le rez-de-chaussée)." })
    .int({ error: "L'étage doit être un nombre entier." })
    .min(-3, { error: "L'étage doit être compris entre -3 et 60." })
    .max(60, { error: "L'étage doit être compris entre -3 et 60." }),
  surfaceM2: z
    .number()
    .positive({ error: 'La surface doit être positive.' })
    .max(500, { error: 'La surface ne doit pas dépasser 500 m².' })
    .nullable()
    .default(null),
  building: z.string().trim().max(20).default(''),
  entrance: z.string().trim().max(20).default(''),
  door: z.string().trim().max(20).default(''),
  /** Lift serving the dwelling: true, false, or null/absent when not known (used by housing-exchange matching). */
  hasLift: z.boolean({ error: 'Ascenseur : indiquez oui, non ou inconnu.' }).nullable().optional(),
});

export type ResidenceFields = z.output<typeof residenceFieldsSchema>;
export type DwellingFields = z.output<typeof dwellingFieldsSchema>;
