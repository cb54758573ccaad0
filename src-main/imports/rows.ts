import { personFieldsSchema, type PersonFields } from '../households/fields.ts';
import type { RawTable } from './read-file.ts';
import { type ImportMapping, type ImportTarget, TARGET_LABELS } from './targets.ts';
import { cleanId, parseCivility, parseFrenchDate, parsePhone, parsePostcode, parseRole } from './values.ts';

/** A problem found on one row; the row is then left out of the import. */
interface RowIssue {
  line: number;
  /** The field concerned, null for the whole row. */
  target: ImportTarget | null;
  message: string;
}

export type PersonKey = 'civility' | 'familyName' | 'usageName' | 'firstName' | 'birthDate' | 'phone' | 'email' | 'role';

/** One row of the file, read and checked on its own (the checks across rows and against the database come next). */
export interface ParsedRow {
  line: number;
  cells: string[];
  issues: RowIssue[];
  householdKey: string;
  personKey: string | null;
  /** null when the row is rejected. */
  person: PersonFields | null;
  /** The person's fields the row gives (a blank cell never replaces what is stored). */
  provided: Set<PersonKey>;
  dwelling: { id: number; label: string } | null;
  entryDate: string | null;
  householdName: string | null;
  address: { line: string | null; postcode: string | null; city: string | null };
}

interface DwellingRef {
  id: number;
  internalId: string;
  rplsId: string | null;
  archived: boolean;
}

/** Dwellings by internal id and by RPLS id, each also under its upper-case trimmed form. */
export interface DwellingLookup {
  byInternalId: Map<string, DwellingRef>;
  byRplsId: Map<string, DwellingRef>;
}

const PERSON_TARGETS: Record<string, ImportTarget> = {
  civility: 'civility',
  familyName: 'familyName',
  usageName: 'usageName',
  firstName: 'firstName',
  birthDate: 'birthDate',
  phone: 'phone',
  email: 'email',
  role: 'role',
  externalId: 'personExternalId',
};

const lookupKey = (text: string) => text.trim().toUpperCase();

function findDwelling(map: Map<string, DwellingRef>, text: string): DwellingRef | undefined {
  return map.get(text) ?? map.get(lookupKey(text));
}

/** Reads one row: every field checked, every problem reported with a French message naming the value. */
export function parseRow(
  raw: RawTable['rows'][number],
  mapping: ImportMapping,
  dwellings: DwellingLookup,
  limits: { birth: string; entry: string },
): ParsedRow {
  const line = raw.line;
  const issues: RowIssue[] = [];
  const issue = (target: ImportTarget | null, message: string) => issues.push({ line, target, message });
  const cell = (target: ImportTarget) => {
    const index = mapping[target];
    return index === null || index === undefined ? '' : (raw.cells[index] ?? '').trim();
  };

  const householdKey = cleanId(cell('householdExternalId'));
  if (householdKey === '') issue('householdExternalId', `${TARGET_LABELS.householdExternalId} manquant : chaque ligne doit indiquer son foyer.`);
  else if (householdKey.length > 40) issue('householdExternalId', `${TARGET_LABELS.householdExternalId} « ${householdKey} » : 40 caractères au plus.`);
  const personKey = cleanId(cell('personExternalId')) || null;

  const provided = new Set<PersonKey>();
  const input: Record<string, unknown> = { externalId: personKey };
  const take = <T>(key: PersonKey, target: ImportTarget, parse: ((text: string) => { value?: T; message?: string }) | null) => {
    const text = cell(target);
    if (text === '') return;
    if (!parse) {
      input[key] = text;
      provided.add(key);
      return;
    }
    const parsed = parse(text);
    if (parsed.message) issue(target, parsed.message);
    else {
      input[key] = parsed.value;
      provided.add(key);
    }
  };
  take('civility', 'civility', parseCivility);
  take('familyName', 'familyName', null);
  take('usageName', 'usageName', null);
  take('firstName', 'firstName', null);
  take('birthDate', 'birthDate', (text) => parseFrenchDate(text, 'Date de naissance', limits.birth));
  take('phone', 'phone', parsePhone);
  take('email', 'email', null);
  take('role', 'role', parseRole);

  let person: PersonFields | null = null;
  const checked = personFieldsSchema.safeParse(input);
  if (checked.success) person = checked.data;
  else {
    for (const problem of checked.error.issues) {
      const target = PERSON_TARGETS[String(problem.path[0])] ?? null;
      // A value already refused above (date, phone) is not reported twice.
      if (issues.some((known) => known.target === target)) continue;
      issue(target, target === 'email' ? `Courriel « ${cell('email')} » : ${problem.message}` : problem.message);
    }
  }

  let dwelling: ParsedRow['dwelling'] = null;
  const internalText = cell('dwellingInternalId');
  const rplsText = cell('dwellingRplsId');
  const byInternal = internalText ? findDwelling(dwellings.byInternalId, internalText) : undefined;
  const byRpls = rplsText ? findDwelling(dwellings.byRplsId, rplsText) : undefined;
  if (internalText && !byInternal) {
    issue('dwellingInternalId', `Logement « ${internalText} » inconnu : aucun logement de vos résidences n'a cet identifiant interne. Créez-le dans Résidences ou corrigez le fichier.`);
  }
  if (rplsText && !byRpls) {
    issue('dwellingRplsId', `Logement RPLS « ${rplsText} » inconnu : aucun logement de vos résidences n'a cet identifiant RPLS.`);
  }
  if (byInternal && byRpls && byInternal.id !== byRpls.id) {
    issue('dwellingRplsId', `L'identifiant interne « ${internalText} » et l'identifiant RPLS « ${rplsText} » désignent deux logements différents.`);
  }
  const found = byInternal ?? byRpls;
  if (found?.archived) issue(byInternal ? 'dwellingInternalId' : 'dwellingRplsId', `Le logement « ${found.internalId} » est archivé : restaurez-le dans Résidences avant l'import.`);
  else if (found) dwelling = { id: found.id, label: found.internalId };

  let entryDate: string | null = null;
  const entryText = cell('entryDate');
  if (entryText) {
    const parsed = parseFrenchDate(entryText, "Date d'entrée", limits.entry);
    if (parsed.message) issue('entryDate', parsed.message);
    else entryDate = parsed.value!;
  }

  const householdName = cell('householdName') || null;
  if (householdName && householdName.length > 120) issue('householdName', `${TARGET_LABELS.householdName} : 120 caractères au plus.`);
  let postcode: string | null = null;
  const postcodeText = cell('postcode');
  if (postcodeText) {
    const parsed = parsePostcode(postcodeText);
    if (parsed.message) issue('postcode', parsed.message);
    else postcode = parsed.value!;
  }
  const addressLine = cell('addressLine') || null;
  if (addressLine && addressLine.length > 200) issue('addressLine', "L'adresse : 200 caractères au plus.");
  const city = cell('city') || null;
  if (city && city.length > 100) issue('city', 'La commune : 100 caractères au plus.');

  return {
    line,
    cells: raw.cells,
    issues,
    householdKey,
    personKey,
    person: issues.length === 0 ? person : null,
    provided,
    dwelling,
    entryDate,
    householdName,
    address: { line: addressLine, postcode, city },
  };
}
