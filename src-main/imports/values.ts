import type { Civility, PersonRole } from '../households/fields.ts';
import { OLDEST_BIRTH_DATE } from '../households/fields.ts';
import { localToday } from '../shared/days.ts';
import { normalisePhone } from '../shared/phone.ts';
import { foldText } from '../shared/text.ts';

/*
 * How the texts of a landlord's export become stored values, with a French message naming the value when they
 * cannot. Each parser answers { value } or { message }; an empty cell is handled by the caller (never an error here).
 */

type Parsed<T> = { value: T; message?: undefined } | { value?: undefined; message: string };

const ok = <T>(value: T): Parsed<T> => ({ value });
const fail = (message: string): Parsed<never> => ({ message });

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as French exports write it: JJ/MM/AAAA (also with - or . and one-digit day or month), or AAAA-MM-JJ; a time
 * after the date is ignored. Refused: two-digit years, dates that do not exist (31/02/1985), before 1900.
 */
export function parseFrenchDate(text: string, label: string, latest: string): Parsed<string> {
  const raw = text.trim().replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '');
  let day: number;
  let month: number;
  let year: number;
  const french = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})$/.exec(raw);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw);
  if (french) {
    if (french[3]!.length !== 4) return fail(`${label} « ${text} » : l'année doit comporter 4 chiffres (JJ/MM/AAAA).`);
    [day, month, year] = [Number(french[1]), Number(french[2]), Number(french[3])];
  } else if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    return fail(`${label} « ${text} » : date attendue au format JJ/MM/AAAA.`);
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return fail(`${label} « ${text} » : cette date n'existe pas.`);
  }
  const value = `${year}-${pad(month)}-${pad(day)}`;
  if (value < OLDEST_BIRTH_DATE) return fail(`${label} « ${text} » : la date doit être postérieure au 01/01/1900.`);
  if (value > latest) return fail(`${label} « ${text} » : la date ne peut pas être dans le futur.`);
  return ok(value);
}

/** The latest birth date accepted (today) and the latest entry date (a year ahead, as the household screens allow). */
export function dateLimits(now: Date): { birth: string; entry: string } {
  return { birth: localToday(now), entry: localToday(new Date(now.getTime() + 366 * 86_400_000)) };
}

const CIVILITY_WORDS: Record<string, Civility> = {
  madame: 'madame',
  mme: 'madame',
  mde: 'madame',
  mademoiselle: 'madame',
  mlle: 'madame',
  melle: 'madame',
  f: 'madame',
  monsieur: 'monsieur',
  m: 'monsieur',
  mr: 'monsieur',
  h: 'monsieur',
  'non precise': 'unspecified',
  'non precisee': 'unspecified',
  np: 'unspecified',
  nc: 'unspecified',
  // A couple on one line (household-level civility in some exports): the person's own civility is not known.
  'm et mme': 'unspecified',
  'mme et m': 'unspecified',
  'monsieur et madame': 'unspecified',
  'madame et monsieur': 'unspecified',
};

export function parseCivility(text: string): Parsed<Civility> {
  const key = foldText(text).replace(/[.]/g, '').trim();
  const civility = CIVILITY_WORDS[key];
  return civility ? ok(civility) : fail(`Civilité « ${text} » non reconnue : Madame, Monsieur ou non précisé (Mme, M. acceptés).`);
}

const ROLE_WORDS: Record<string, PersonRole> = {
  titulaire: 'holder',
  'titulaire du bail': 'holder',
  'titulaire bail': 'holder',
  locataire: 'holder',
  'locataire principal': 'holder',
  signataire: 'holder',
  preneur: 'holder',
  cotitulaire: 'coholder',
  'co titulaire': 'coholder',
  colocataire: 'coholder',
  'co locataire': 'coholder',
  cosignataire: 'coholder',
  'co signataire': 'coholder',
  copreneur: 'coholder',
  'co preneur': 'coholder',
  conjoint: 'spouse',
  conjointe: 'spouse',
  epoux: 'spouse',
  epouse: 'spouse',
  concubin: 'spouse',
  concubine: 'spouse',
  pacse: 'spouse',
  pacsee: 'spouse',
  partenaire: 'spouse',
  enfant: 'child',
  fils: 'child',
  fille: 'child',
  'enfant a charge': 'child',
  autre: 'member',
  'autre membre': 'member',
  membre: 'member',
  occupant: 'member',
  'autre occupant': 'member',
  ascendant: 'member',
  parent: 'member',
  heberge: 'member',
  hebergee: 'member',
};

export function parseRole(text: string): Parsed<PersonRole> {
  const key = foldText(text).replace(/[-_.]/g, ' ').replace(/\s+/g, ' ').trim();
  const role = ROLE_WORDS[key];
  return role
    ? ok(role)
    : fail(`Rôle « ${text} » non reconnu : titulaire, cotitulaire, conjoint, enfant ou autre.`);
}

/**
 * A phone number in E.164. A spreadsheet that stored the number as a number lost its leading 0 ("612345678"):
 * nine digits are read as a French number.
 */
export function parsePhone(text: string): Parsed<string> {
  const compact = text.trim();
  const restored = /^[1-9]\d{8}$/.test(compact) ? `0${compact}` : compact;
  const e164 = normalisePhone(restored);
  return e164 ? ok(e164) : fail(`Téléphone « ${text} » : ce n'est pas un numéro de téléphone (10 chiffres attendus, ex. 06 12 34 56 78).`);
}

/** A postcode on 5 characters: a spreadsheet that stored it as a number lost its leading 0 ("2100" is 02100). */
export function parsePostcode(text: string): Parsed<string> {
  const compact = text.replace(/\s/g, '');
  const value = /^\d{4}$/.test(compact) ? `0${compact}` : compact;
  return /^\d{5}$/.test(value) ? ok(value) : fail(`Code postal « ${text} » : 5 chiffres attendus (ex. 02100).`);
}

/** The landlord's ids: trimmed; a number a spreadsheet wrote as "1234.0" is read as "1234". */
export function cleanId(text: string): string {
  return text.trim().replace(/^(\d+)[.,]0+$/, '$1');
}
