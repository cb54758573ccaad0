/*
 * The indicators of the federation format (schema 1.0): what each one counts, at which levels it is broken down, and
 * whether it is "sensitive" (it counts people, households or what they did, so a small value could single someone
 * out: it goes through the suppression rule). format-indicateurs.md describes the same list for the receivers.
 */

/** bureau: the whole office; qpv: per QPV (and "hors QPV"); residence: per residence (and "hors parc"); axe: per TFPB axis (and "sans axe"); type_adhesion: per membership type. */
export const LEVELS = ['bureau', 'qpv', 'residence', 'axe', 'type_adhesion'] as const;
export type Level = (typeof LEVELS)[number];

const UNITS = ['foyers', 'personnes', 'nombre', 'euros'] as const;
export type Unit = (typeof UNITS)[number];

/** Group codes that are not a QPV, a residence, an axis or a type. */
export const OFFICE_GROUP = 'BUREAU';
export const OUTSIDE_QPV = 'HORS_QPV';
export const OUTSIDE_STOCK = 'HORS_PARC';
export const NO_AXIS = 'SANS_AXE';
export const axisGroup = (axis: number | null) => (axis === null ? NO_AXIS : `AXE_${axis}`);
export const residenceGroup = (residenceId: number | null) => (residenceId === null ? OUTSIDE_STOCK : `R${residenceId}`);
export const typeGroup = (typeId: number) => `T${typeId}`;

/**
 * distinct: a count of distinct people, households, members or events (each one attached to one place only, so
 * geography still adds up); sum: a sum over acts (loans, lines, seats, euros), each attached to where the household
 * lived on the day it happened.
 */
export type Measure = 'distinct' | 'sum';

export interface IndicatorDefinition {
  id: IndicatorId;
  label: string;
  unit: Unit;
  measure: Measure;
  sensitive: boolean;
  levels: readonly Level[];
  /** The levels whose cells add up to the office's total (the relations secondary suppression protects). */
  additive: readonly Level[];
}

const INDICATOR_IDS = [
  'foyers_touches',
  'personnes_touchees',
  'adherents',
  'prets',
  'emprunteurs',
  'commandes_services',
  'lignes_services',
  'montant_services',
  'evenements_programmes',
  'evenements_realises',
  'seances_realisees',
  'participants',
  'foyers_participants',
  'partenaires_actifs',
  'contrats_signes',
  'economies_foyers',
  'suivis_actifs',
  'contacts_suivi',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

const GEO = ['bureau', 'qpv', 'residence'] as const;

const define = (id: IndicatorId, label: string, unit: Unit, measure: Measure, sensitive: boolean, levels: readonly Level[], additive: readonly Level[]): IndicatorDefinition => ({
  id,
  label,
  unit,
  measure,
  sensitive,
  levels,
  additive,
});

export const INDICATORS: readonly IndicatorDefinition[] = [
  define('foyers_touches', 'Foyers touchés', 'foyers', 'distinct', true, GEO, ['qpv', 'residence']),
  define('personnes_touchees', 'Personnes touchées', 'personnes', 'distinct', true, GEO, ['qpv', 'residence']),
  define('adherents', 'Adhérents de la conciergerie', 'personnes', 'distinct', true, [...GEO, 'type_adhesion'], ['qpv', 'residence', 'type_adhesion']),
  define('prets', 'Prêts', 'nombre', 'sum', true, GEO, ['qpv', 'residence']),
  define('emprunteurs', 'Emprunteurs distincts', 'personnes', 'distinct', true, GEO, ['qpv', 'residence']),
  define('commandes_services', 'Commandes de services', 'nombre', 'sum', true, GEO, ['qpv', 'residence']),
  define('lignes_services', 'Lignes de services vendues', 'nombre', 'sum', true, [...GEO, 'axe'], ['qpv', 'residence', 'axe']),
  define('montant_services', 'Montant des services vendus', 'euros', 'sum', true, [...GEO, 'axe'], ['qpv', 'residence', 'axe']),
  define('evenements_programmes', 'Événements programmés', 'nombre', 'distinct', true, ['bureau', 'qpv', 'axe'], []),
  define('evenements_realises', 'Événements réalisés', 'nombre', 'distinct', true, ['bureau', 'qpv', 'axe'], []),
  define('seances_realisees', 'Séances réalisées', 'nombre', 'distinct', true, ['bureau', 'qpv', 'axe'], ['axe']),
  define('participants', 'Participants (places des présents)', 'personnes', 'sum', true, [...GEO, 'axe'], ['qpv', 'residence', 'axe']),
  define('foyers_participants', 'Foyers participants distincts', 'foyers', 'distinct', true, [...GEO, 'axe'], ['qpv', 'residence']),
  define('partenaires_actifs', 'Partenaires actifs du club', 'nombre', 'distinct', true, ['bureau'], []),
  define('contrats_signes', 'Contrats signés par le club', 'nombre', 'sum', true, GEO, ['qpv', 'residence']),
  define('economies_foyers', 'Économies rendues aux foyers', 'euros', 'sum', true, GEO, ['qpv', 'residence']),
  define('suivis_actifs', 'Suivis de personnes isolées actifs', 'personnes', 'distinct', true, ['bureau', 'qpv'], ['qpv']),
  define('contacts_suivi', 'Contacts de suivi réalisés', 'nombre', 'sum', true, ['bureau', 'qpv'], ['qpv']),
];

/** Amounts leave the office rounded to the nearest 10 €. */
export const ROUNDING_EUROS = 10;
export const roundEuros = (cents: number) => Math.round(cents / (ROUNDING_EUROS * 100)) * ROUNDING_EUROS;
