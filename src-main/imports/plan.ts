import { wasErased } from '../privacy/erased-ids.ts';
import type { SyncDb } from '../../db/query.ts';
import { householdNameFrom } from '../households/repository.ts';
import { frenchDate } from '../shared/days.ts';
import { foldText } from '../shared/text.ts';
import type { RawTable } from './read-file.ts';
import { type HouseholdRow, loadDwellings, loadExisting, type OpenOccupancy, type PersonRow } from './existing.ts';
import { type ParsedRow, parseRow, type PersonKey } from './rows.ts';
import type { ImportMapping, ImportTarget } from './targets.ts';
import { dateLimits } from './values.ts';

/*
 * What an import would do, computed without writing: every row checked on its own, then across rows (a household,
 * a dwelling, a person given twice) and against the database (matching on the landlord's ids). The preview shows
 * it; the commit computes it again inside its transaction and applies it.
 */

type RowStatus = 'new' | 'updated' | 'unchanged' | 'rejected';

export interface PlannedRow extends ParsedRow {
  status: RowStatus;
  /** The person already held that this row updates. */
  personId: number | null;
}

export interface HouseholdPlan {
  key: string;
  /** Its accepted rows, in file order. */
  rows: PlannedRow[];
  existing: HouseholdRow | null;
  name: string;
  rename: boolean;
  dwellingId: number | null;
  entryDate: string | null;
  address: { line: string | null; postcode: string | null; city: string | null };
  becomesTenant: boolean;
  addressChanged: boolean;
  current: OpenOccupancy | null;
  /** enter: no dwelling yet; move: another dwelling; redate: same dwelling, other entry date. */
  occupancy: 'none' | 'enter' | 'move' | 'redate';
  /** Stays of households absent from the file in the dwelling this one now occupies: they are closed. */
  vacate: OpenOccupancy[];
  changed: boolean;
}

interface ImportCounts {
  total: number;
  new: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface ImportPlan {
  rows: PlannedRow[];
  households: HouseholdPlan[];
  existingPeople: Map<number, PersonRow>;
  counts: ImportCounts;
  householdCounts: { created: number; updated: number; moved: number; vacated: number };
}

/** The stored column of each field a row can give, to tell what changed. */
export const PERSON_COLUMN: Record<PersonKey, keyof PersonRow> = {
  civility: 'civility',
  familyName: 'family_name',
  usageName: 'usage_name',
  firstName: 'first_name',
  birthDate: 'birth_date',
  phone: 'phone',
  email: 'email',
  role: 'role',
};

const sameName = (stored: PersonRow, row: ParsedRow) =>
  foldText(stored.family_name) === foldText(row.person!.familyName) &&
  foldText(stored.first_name) === foldText(row.person!.firstName) &&
  (!stored.birth_date || !row.person!.birthDate || stored.birth_date === row.person!.birthDate);

export function planImport(db: SyncDb, table: RawTable, mapping: ImportMapping, now: Date): ImportPlan {
  const limits = dateLimits(now);
  const dwellings = loadDwellings(db);
  const rows: PlannedRow[] = table.rows.map((raw) => ({ ...parseRow(raw, mapping, dwellings, limits), status: 'new', personId: null }));
  const ok = (row: PlannedRow) => row.issues.length === 0;
  const reject = (row: PlannedRow, target: ImportTarget | null, message: string) => row.issues.push({ line: row.line, target, message });
  const dwellingTarget: ImportTarget = mapping.dwellingInternalId !== null && mapping.dwellingInternalId !== undefined ? 'dwellingInternalId' : 'dwellingRplsId';

  // A person given twice in the file.
  const personLines = new Map<string, number>();
  for (const row of rows.filter(ok)) {
    if (!row.personKey) continue;
    const first = personLines.get(row.personKey);
    if (first !== undefined) reject(row, 'personExternalId', `N° de personne « ${row.personKey} » déjà présent à la ligne ${first} : chaque personne ne figure qu'une fois.`);
    else personLines.set(row.personKey, row.line);
  }

  // Rows by household; one dwelling, one entry date, one name per household.
  const groups = new Map<string, PlannedRow[]>();
  for (const row of rows.filter(ok)) {
    const group = groups.get(row.householdKey) ?? [];
    group.push(row);
    groups.set(row.householdKey, group);
  }
  const agree = <T>(key: string, group: PlannedRow[], target: ImportTarget, get: (row: PlannedRow) => T | null, show: (value: T) => string, what: string) => {
    let first: { value: T; line: number } | null = null;
    for (const row of group.filter(ok)) {
      const value = get(row);
      if (value === null) continue;
      if (!first) first = { value, line: row.line };
      else if (value !== first.value) {
        reject(row, target, `Le foyer « ${key} » a ${what} « ${show(first.value)} » à la ligne ${first.line} : « ${show(value)} » ici est différent.`);
      }
    }
  };
  const dwellingLabels = new Map<number, string>();
  for (const row of rows) if (row.dwelling) dwellingLabels.set(row.dwelling.id, row.dwelling.label);
  for (const [key, group] of groups) {
    agree(key, group, dwellingTarget, (row) => row.dwelling?.id ?? null, (id) => dwellingLabels.get(id) ?? String(id), 'le logement');
    agree(key, group, 'entryDate', (row) => row.entryDate, frenchDate, "la date d'entrée");
    agree(key, group, 'householdName', (row) => row.householdName, String, 'le nom');
  }

  // One household per dwelling in the file.
  const dwellingOwner = new Map<number, { key: string; line: number }>();
  for (const [key, group] of groups) {
    const carrier = group.find((row) => ok(row) && row.dwelling);
    if (!carrier?.dwelling) continue;
    const owner = dwellingOwner.get(carrier.dwelling.id);
    if (!owner) dwellingOwner.set(carrier.dwelling.id, { key, line: carrier.line });
    else {
      for (const row of group.filter(ok)) {
        reject(row, dwellingTarget, `Le logement « ${carrier.dwelling.label} » est déjà celui du foyer « ${owner.key} » (ligne ${owner.line}) dans ce fichier : un logement n'a qu'un foyer.`);
      }
    }
  }

  // What the database already holds.
  const { existingHouseholds, existingPeople, byExternalId, peopleOfHousehold, openByHousehold, openByDwelling } = loadExisting(
    db,
    [...groups.keys()],
    [...personLines.keys()],
    [...dwellingOwner.keys()],
  );

  // Erased households and people stay erased: the landlord's file does not bring them back.
  for (const [key, group] of groups) {
    if (!existingHouseholds.get(key)?.erased_at && !wasErased(db, 'household', key)) continue;
    for (const row of group.filter(ok)) {
      reject(row, 'householdExternalId', `Le foyer « ${key} » a été effacé à la demande des personnes (droit à l'effacement) : il n'est pas réimporté.`);
    }
  }

  // Each row to one person: the landlord's person id first, else the same names in the same household.
  const matchedBy = new Map<number, number>();
  const nameLines = new Map<string, number>();
  for (const [key, group] of groups) {
    const household = existingHouseholds.get(key);
    for (const row of group.filter(ok)) {
      const person = row.person!;
      if (!row.personKey) {
        const nameKey = [key, foldText(person.familyName), foldText(person.firstName), person.birthDate ?? ''].join('|');
        const first = nameLines.get(nameKey);
        if (first !== undefined) {
          reject(row, 'familyName', `Cette personne figure déjà à la ligne ${first} (même foyer, même nom, même prénom).`);
          continue;
        }
        nameLines.set(nameKey, row.line);
      }
      let stored = row.personKey ? byExternalId.get(row.personKey) : undefined;
      if (stored?.erased_at || (!stored && row.personKey && wasErased(db, 'person', row.personKey))) {
        reject(row, 'personExternalId', `La personne « ${row.personKey} » a été effacée à sa demande (droit à l'effacement) : elle n'est pas réimportée.`);
        continue;
      }
      if (!stored && household) {
        stored = (peopleOfHousehold.get(household.id) ?? []).find(
          (candidate) => !candidate.erased_at && !matchedBy.has(candidate.id) && (!row.personKey || !candidate.external_id) && sameName(candidate, row),
        );
      }
      if (!stored) continue;
      const first = matchedBy.get(stored.id);
      if (first !== undefined) {
        reject(row, 'familyName', `Cette personne figure déjà à la ligne ${first}.`);
        continue;
      }
      matchedBy.set(stored.id, row.line);
      row.personId = stored.id;
    }
  }

  // One titulaire du bail per household, counting those already held who stay.
  for (const [key, group] of groups) {
    const household = existingHouseholds.get(key);
    const roleOf = (row: PlannedRow) =>
      row.provided.has('role') ? row.person!.role : row.personId ? existingPeople.get(row.personId)!.role : row.person!.role;
    const staying = household
      ? (peopleOfHousehold.get(household.id) ?? []).find((p) => !p.erased_at && p.role === 'holder' && !matchedBy.has(p.id))
      : undefined;
    let firstHolder: number | null = null;
    for (const row of group.filter(ok)) {
      if (roleOf(row) !== 'holder') continue;
      if (staying) {
        const name = `${staying.first_name} ${staying.usage_name || staying.family_name}`.trim();
        reject(row, 'role', `${name} est déjà titulaire du bail du foyer « ${key} » : indiquez « cotitulaire ».`);
      } else if (firstHolder !== null) {
        reject(row, 'role', `Le foyer « ${key} » a déjà un titulaire du bail à la ligne ${firstHolder} : indiquez « cotitulaire » pour les autres.`);
      } else firstHolder = row.line;
    }
  }

  // The households: created, or updated with what changed.
  const households: HouseholdPlan[] = [];
  for (const [key, group] of groups) {
    const accepted = group.filter(ok);
    if (accepted.length === 0) continue;
    const firstOf = <T>(get: (row: PlannedRow) => T | null): T | null => accepted.map(get).find((value) => value !== null) ?? null;
    const existing = existingHouseholds.get(key) ?? null;
    const dwellingId = firstOf((row) => row.dwelling?.id ?? null);
    const entryDate = firstOf((row) => row.entryDate);
    const givenName = firstOf((row) => row.householdName);
    const address = { line: firstOf((row) => row.address.line), postcode: firstOf((row) => row.address.postcode), city: firstOf((row) => row.address.city) };
    if (!existing && dwellingId === null && !(address.line && address.postcode && address.city)) {
      for (const row of accepted) {
        reject(row, dwellingTarget, `Foyer « ${key} » : indiquez son logement, ou, pour un foyer non locataire, son adresse, son code postal et sa commune.`);
      }
      continue;
    }
    const current = existing ? (openByHousehold.get(existing.id) ?? null) : null;
    let occupancy: HouseholdPlan['occupancy'] = 'none';
    if (dwellingId !== null && !current) occupancy = 'enter';
    else if (dwellingId !== null && current && current.dwelling_id !== dwellingId) occupancy = 'move';
    else if (current && entryDate && entryDate !== current.entered_on) occupancy = 'redate';
    const name = givenName ?? existing?.name ?? (householdNameFrom(accepted.map((row) => row.person!)) || `Foyer ${key}`);
    const rename = existing !== null && givenName !== null && givenName !== existing.name;
    const becomesTenant = existing !== null && dwellingId !== null && existing.is_tenant === 0;
    const addressChanged =
      existing !== null &&
      ((address.line !== null && address.line !== existing.address_line) ||
        (address.postcode !== null && address.postcode !== existing.postcode) ||
        (address.city !== null && address.city !== existing.city));
    households.push({
      key,
      rows: accepted,
      existing,
      name,
      rename,
      dwellingId,
      entryDate,
      address,
      becomesTenant,
      addressChanged,
      current,
      occupancy,
      vacate: [],
      changed: existing !== null && (rename || becomesTenant || addressChanged || occupancy !== 'none'),
    });
  }

  // A household of the file moves into a dwelling still held by a household absent from the file: that stay ends.
  const inFile = new Set(households.flatMap((plan) => (plan.existing ? [plan.existing.id] : [])));
  for (const plan of households) {
    if (plan.dwellingId === null || (plan.occupancy !== 'enter' && plan.occupancy !== 'move')) continue;
    plan.vacate = (openByDwelling.get(plan.dwellingId) ?? []).filter((stay) => stay.household_id !== plan.existing?.id && !inFile.has(stay.household_id));
  }

  // Each row's outcome.
  for (const plan of households) {
    for (const row of plan.rows) {
      if (!row.personId) {
        row.status = 'new';
        continue;
      }
      const stored = existingPeople.get(row.personId)!;
      const personChanged =
        [...row.provided].some((key) => stored[PERSON_COLUMN[key]] !== row.person![key]) ||
        (row.personKey !== null && stored.external_id !== row.personKey) ||
        (plan.existing !== null && stored.household_id !== plan.existing.id) ||
        plan.existing === null;
      row.status = personChanged || plan.changed ? 'updated' : 'unchanged';
    }
  }
  for (const row of rows) if (!ok(row)) row.status = 'rejected';

  const count = (status: RowStatus) => rows.filter((row) => row.status === status).length;
  return {
    rows,
    households,
    existingPeople,
    counts: { total: rows.length, new: count('new'), updated: count('updated'), unchanged: count('unchanged'), rejected: count('rejected') },
    householdCounts: {
      created: households.filter((plan) => !plan.existing).length,
      updated: households.filter((plan) => plan.changed).length,
      moved: households.filter((plan) => plan.existing && plan.occupancy === 'move').length,
      vacated: households.reduce((sum, plan) => sum + plan.vacate.length, 0),
    },
  };
}
