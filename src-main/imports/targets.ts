import { foldText } from '../shared/text.ts';

/*
 * What a column of a landlord's export can fill, and how its French header is recognised. Shared with the renderer
 * (no Node imports): the wizard lists the same fields in the same order.
 */

/** 20 Mo: far above a 20,000-household export (about 4 Mo), low enough to stay quick on an office PC. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export const IMPORT_TARGETS = [
  'householdExternalId',
  'personExternalId',
  'dwellingInternalId',
  'dwellingRplsId',
  'householdName',
  'civility',
  'familyName',
  'usageName',
  'firstName',
  'birthDate',
  'phone',
  'email',
  'role',
  'entryDate',
  'addressLine',
  'postcode',
  'city',
] as const;

export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/** Column index (0-based) chosen for each field; null or absent when the file has no such column. */
export type ImportMapping = Partial<Record<ImportTarget, number | null>>;

/** Fields the import cannot do without: a household to attach the person to, and a name. */
export const REQUIRED_TARGETS: readonly ImportTarget[] = ['householdExternalId', 'familyName'];

/** French labels, used in messages and in the rejected-rows report (the screens have their own translations). */
export const TARGET_LABELS: Record<ImportTarget, string> = {
  householdExternalId: 'N° de foyer (locataire) chez le bailleur',
  personExternalId: 'N° de personne chez le bailleur',
  dwellingInternalId: 'Identifiant interne du logement',
  dwellingRplsId: 'Identifiant RPLS du logement',
  householdName: 'Nom du foyer',
  civility: 'Civilité',
  familyName: 'Nom de famille',
  usageName: "Nom d'usage",
  firstName: 'Prénom',
  birthDate: 'Date de naissance',
  phone: 'Téléphone',
  email: 'Courriel',
  role: 'Rôle dans le foyer',
  entryDate: "Date d'entrée dans le logement",
  addressLine: 'Adresse (non-locataires)',
  postcode: 'Code postal (non-locataires)',
  city: 'Commune (non-locataires)',
};

/**
 * Headers seen in landlords' exports (Ikos, Prem's, Ulis, Sopra, home-made spreadsheets), folded: lower case, no
 * accents, punctuation as spaces. Exact matches win over partial ones.
 */
const SYNONYMS: Record<ImportTarget, string[]> = {
  householdExternalId: [
    'n locataire', 'no locataire', 'num locataire', 'numero locataire', 'numero de locataire', 'code locataire',
    'ref locataire', 'reference locataire', 'id locataire', 'identifiant locataire', 'matricule', 'matricule locataire',
    'n contrat', 'numero contrat', 'numero de contrat', 'n bail', 'numero de bail', 'n foyer', 'numero foyer',
    'identifiant foyer', 'id foyer', 'code foyer', 'n menage', 'numero menage', 'code menage', 'code tiers', 'n tiers',
    'locataire id', 'household id',
  ],
  personExternalId: [
    'n personne', 'numero personne', 'numero de personne', 'id personne', 'identifiant personne', 'code personne',
    'ref personne', 'n occupant', 'numero occupant', 'code occupant', 'id occupant', 'identifiant occupant',
    'n individu', 'code individu', 'id individu', 'person id',
  ],
  dwellingInternalId: [
    'logement', 'n logement', 'no logement', 'numero logement', 'numero de logement', 'code logement', 'ref logement',
    'reference logement', 'id logement', 'identifiant logement', 'identifiant interne', 'ident int', 'ident_int',
    'lot', 'n lot', 'code lot', 'ug', 'code ug', 'n ug', 'unite de gestion', 'code local',
  ],
  dwellingRplsId: ['rpls', 'n rpls', 'numero rpls', 'id rpls', 'identifiant rpls', 'code rpls', 'ident rep', 'ident_rep'],
  householdName: ['foyer', 'nom du foyer', 'nom foyer', 'menage', 'nom du menage', 'libelle foyer', 'libelle menage', 'raison sociale'],
  civility: ['civilite', 'civ', 'titre', 'genre'],
  familyName: ['nom', 'nom de famille', 'nom de naissance', 'nom patronymique', 'nom locataire', 'nom occupant', 'nom personne'],
  usageName: ['nom d usage', 'nom usage', 'nom marital', 'nom d epouse', 'nom epouse'],
  firstName: ['prenom', 'prenoms', 'prenom locataire', 'prenom occupant', 'prenom personne'],
  birthDate: ['date de naissance', 'date naissance', 'date naiss', 'naissance', 'ne e le', 'ne le', 'nee le', 'dt naissance'],
  phone: [
    'tel', 'telephone', 'tel portable', 'telephone portable', 'portable', 'mobile', 'tel mobile', 'telephone mobile',
    'tel fixe', 'telephone fixe', 'n telephone', 'numero de telephone', 'tel 1', 'telephone 1',
  ],
  email: ['courriel', 'e mail', 'email', 'mail', 'adresse mail', 'adresse e mail', 'adresse electronique', 'adresse courriel'],
  role: ['role', 'lien', 'lien de parente', 'lien parente', 'qualite', 'type occupant', 'type d occupant', 'statut occupant'],
  entryDate: [
    'date d entree', 'date entree', 'entree le', 'date d entree dans les lieux', 'entree dans les lieux',
    'debut de bail', 'date debut bail', 'date de debut de bail', 'date debut contrat', 'date d effet', 'date effet bail',
  ],
  addressLine: ['adresse', 'adresse postale', 'voie', 'adresse ligne 1', 'adresse 1'],
  postcode: ['code postal', 'cp', 'c p'],
  city: ['commune', 'ville', 'localite'],
};

/** A header as the synonyms are written: folded, "N°" as "n", punctuation turned to spaces. */
function foldHeader(header: string): string {
  return foldText(header.replace(/n°|nº/gi, 'n ').replace(/°/g, ' '))
    .replace(/[^a-z0-9_]+/g, ' ')
    .trim();
}

/**
 * Guesses a column for each field from the headers: exact synonyms first, then a header that starts with a synonym
 * ("Date de naissance (JJ/MM/AAAA)"). Each column serves one field at most.
 */
export function guessMapping(headers: readonly string[]): ImportMapping {
  const folded = headers.map(foldHeader);
  const mapping: ImportMapping = {};
  const used = new Set<number>();
  const assign = (matches: (header: string, synonym: string) => boolean) => {
    for (const target of IMPORT_TARGETS) {
      if (mapping[target] !== undefined) continue;
      for (const synonym of SYNONYMS[target]) {
        const index = folded.findIndex((header, i) => !used.has(i) && header !== '' && matches(header, synonym));
        if (index >= 0) {
          mapping[target] = index;
          used.add(index);
          break;
        }
      }
    }
  };
  assign((header, synonym) => header === synonym);
  assign((header, synonym) => synonym.length >= 3 && header.startsWith(`${synonym} `));
  return mapping;
}

/** The key under which the mapping of files with these headers is remembered (order and spelling folded). */
export function headerSetKey(headers: readonly string[]): string {
  const text = headers.map(foldHeader).join('|');
  // FNV-1a, 32 bits, twice with different seeds: short, stable, no crypto needed for a settings key.
  const hash = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return `imports.mapping.${hash(0x811c9dc5)}${hash(0x2f6b1a3d)}`;
}
