import { MODULE_LABELS } from '../auth/rights.ts';
import { REASON_LABELS, NEED_LABELS } from '../exchange/rules.ts';
import { ROLE_LABELS } from '../households/fields.ts';
import { SKILL_CATEGORY_LABELS } from '../skills/categories.ts';

/**
 * French labels of the export's keys and of stored codes, for the readable file. The JSON file keeps the keys and
 * codes themselves; a key or code missing here is shown as is.
 */
export const KEY_LABELS: Record<string, string> = {
  identifiant: 'Identifiant',
  identifiantBailleur: 'Identifiant chez le bailleur',
  civilite: 'Civilité',
  nomDeFamille: 'Nom de famille',
  nomDUsage: 'Nom d’usage',
  prenom: 'Prénom',
  dateDeNaissance: 'Date de naissance',
  telephone: 'Téléphone',
  courriel: 'Adresse e-mail',
  roleDansLeFoyer: 'Rôle dans le foyer',
  langues: 'Langues parlées',
  notes: 'Notes',
  creeLe: 'Créé le',
  modifieLe: 'Modifié le',
  anonymiseLe: 'Anonymisé le',
  nom: 'Nom',
  locataire: 'Locataire',
  adresse: 'Adresse',
  codePostal: 'Code postal',
  commune: 'Commune',
  accepteLeCourrier: 'Accepte le courrier',
  dernierContactLe: 'Dernier contact le',
  autresMembres: 'Autres membres du foyer (nombre)',
  entreeLe: 'Entrée le',
  sortieLe: 'Sortie le',
  residence: 'Résidence',
  logement: 'Logement',
  typologie: 'Typologie',
  etage: 'Étage',
  batiment: 'Bâtiment',
  entree: 'Entrée',
  porte: 'Porte',
  sens: 'Sens',
  categorie: 'Catégorie',
  libelle: 'Libellé',
  disponibilite: 'Disponibilité',
  motif: 'Motif',
  typologieSouhaitee: 'Typologie souhaitée',
  besoins: 'Besoins',
  actif: 'Actif',
  consentementLe: 'Consentement recueilli le',
  perimetreDuConsentement: 'Périmètre du consentement',
  preuveDuConsentement: 'Preuve du consentement',
  conserveApresLaFin: 'Conservé après la fin du suivi',
  contactTousLesNJours: 'Contact tous les (jours)',
  registreCanicule: 'Inscrit au registre canicule',
  debutLe: 'Début le',
  finLe: 'Fin le',
  contacts: 'Contacts',
  le: 'Le',
  type: 'Type',
  joint: 'Personne jointe',
  action: 'Action',
  operation: 'Opération',
  module: 'Module',
};

const capitalised = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([code, label]) => [code, label.charAt(0).toUpperCase() + label.slice(1)]));

/** Stored codes that read better in words (the modules' own labels); anything else is shown as stored. */
export const CODE_LABELS: Record<string, Record<string, string>> = {
  civilite: { madame: 'Madame', monsieur: 'Monsieur', unspecified: 'Non précisé' },
  roleDansLeFoyer: capitalised(ROLE_LABELS),
  sens: { offer: 'Propose', want: 'Recherche' },
  categorie: SKILL_CATEGORY_LABELS,
  motif: capitalised(REASON_LABELS),
  besoins: capitalised(NEED_LABELS),
  type: { call: 'Appel', visit: 'Visite', other: 'Autre' },
  module: MODULE_LABELS,
};
