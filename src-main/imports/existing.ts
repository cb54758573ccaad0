import type { Selectable } from 'kysely';
import type { SyncDb } from '../../db/query.ts';
import type { HouseholdTable, PersonTable } from '../../db/schema.ts';
import type { DwellingLookup } from './rows.ts';

/* What the database already holds that an import is matched against, loaded once per import (by chunks of ids). */

export type HouseholdRow = Pick<Selectable<HouseholdTable>, 'id' | 'name' | 'external_id' | 'is_tenant' | 'address_line' | 'postcode' | 'city' | 'erased_at'>;

export type PersonRow = Pick<
  Selectable<PersonTable>,
  'id' | 'household_id' | 'external_id' | 'civility' | 'family_name' | 'usage_name' | 'first_name' | 'birth_date' | 'phone' | 'email' | 'role' | 'erased_at'
>;

export interface OpenOccupancy {
  id: number;
  household_id: number;
  dwelling_id: number;
  entered_on: string;
}

const CHUNK = 500;

/** Lists of ids cut to stay far below SQLite's limit of bound parameters. */
function chunks<T>(values: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(values.slice(i, i + CHUNK));
  return out;
}

/** Every dwelling by internal id (also upper-cased) and by RPLS id. */
export function loadDwellings(db: SyncDb): DwellingLookup {
  const lookup: DwellingLookup = { byInternalId: new Map(), byRplsId: new Map() };
  const rows = db.all(db.q.selectFrom('dwelling').select(['id', 'internal_id', 'rpls_id', 'archived_at']));
  for (const row of rows) {
    const ref = { id: row.id, internalId: row.internal_id, rplsId: row.rpls_id, archived: row.archived_at !== null };
    lookup.byInternalId.set(row.internal_id, ref);
    if (!lookup.byInternalId.has(row.internal_id.trim().toUpperCase())) lookup.byInternalId.set(row.internal_id.trim().toUpperCase(), ref);
    if (row.rpls_id) lookup.byRplsId.set(row.rpls_id, ref);
  }
  return lookup;
}

const PERSON_COLUMNS = [
  'id', 'household_id', 'external_id', 'civility', 'family_name', 'usage_name', 'first_name', 'birth_date', 'phone', 'email', 'role', 'erased_at',
] as const;

/** The households, people and current stays the file's ids point at. */
export function loadExisting(db: SyncDb, householdKeys: string[], personKeys: string[], dwellingIds: number[]) {
  const existingHouseholds = new Map<string, HouseholdRow>();
  for (const keys of chunks(householdKeys)) {
    const found = db.all(
      db.q
        .selectFrom('household')
        .select(['id', 'name', 'external_id', 'is_tenant', 'address_line', 'postcode', 'city', 'erased_at'])
        .where('external_id', 'in', keys),
    );
    for (const household of found) existingHouseholds.set(household.external_id!, household);
  }
  const existingPeople = new Map<number, PersonRow>();
  const byExternalId = new Map<string, PersonRow>();
  for (const keys of chunks(personKeys)) {
    for (const person of db.all(db.q.selectFrom('person').select(PERSON_COLUMNS).where('external_id', 'in', keys))) {
      existingPeople.set(person.id, person);
      byExternalId.set(person.external_id!, person);
    }
  }
  const householdIds = [...existingHouseholds.values()].map((household) => household.id);
  const peopleOfHousehold = new Map<number, PersonRow[]>();
  for (const ids of chunks(householdIds)) {
    for (const person of db.all(db.q.selectFrom('person').select(PERSON_COLUMNS).where('household_id', 'in', ids).orderBy('id'))) {
      existingPeople.set(person.id, person);
      const people = peopleOfHousehold.get(person.household_id) ?? [];
      people.push(person);
      peopleOfHousehold.set(person.household_id, people);
    }
  }
  const openByHousehold = new Map<number, OpenOccupancy>();
  const openByDwelling = new Map<number, OpenOccupancy[]>();
  const openColumns = ['id', 'household_id', 'dwelling_id', 'entered_on'] as const;
  for (const ids of chunks(householdIds)) {
    const open = db.all(db.q.selectFrom('occupancy').select(openColumns).where('left_on', 'is', null).where('household_id', 'in', ids).orderBy('entered_on').orderBy('id'));
    for (const stay of open) openByHousehold.set(stay.household_id, stay);
  }
  for (const ids of chunks(dwellingIds)) {
    for (const stay of db.all(db.q.selectFrom('occupancy').select(openColumns).where('left_on', 'is', null).where('dwelling_id', 'in', ids))) {
      const stays = openByDwelling.get(stay.dwelling_id) ?? [];
      stays.push(stay);
      openByDwelling.set(stay.dwelling_id, stays);
    }
  }
  return { existingHouseholds, existingPeople, byExternalId, peopleOfHousehold, openByHousehold, openByDwelling };
}
