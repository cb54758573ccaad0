import { type Selectable, sql } from 'kysely';
import type { SyncDb } from '../../db/query.ts';
import type { PersonTable } from '../../db/schema.ts';
import { notFound } from '../core/errors.ts';
import type { Dwelling } from '../residences/contract.ts';
import type { HouseholdDetail, Occupancy, Person } from './contract.ts';
import type { Civility, HouseholdFields, PersonFields, PersonRole } from './fields.ts';

/** Holders first, then the other adults, children last. */
export const ROLE_ORDER = sql<number>`CASE person.role WHEN 'holder' THEN 0 WHEN 'coholder' THEN 1 WHEN 'spouse' THEN 2 WHEN 'member' THEN 3 ELSE 4 END`;

export function personColumns(fields: PersonFields) {
  return {
    civility: fields.civility,
    family_name: fields.familyName,
    usage_name: fields.usageName,
    first_name: fields.firstName,
    birth_date: fields.birthDate,
    phone: fields.phone,
    email: fields.email,
    role: fields.role,
    languages: JSON.stringify(fields.languages),
    notes: fields.notes,
    external_id: fields.externalId,
  };
}

export function householdColumns(fields: HouseholdFields) {
  return {
    name: fields.name,
    external_id: fields.externalId,
    address_line: fields.address.line,
    postcode: fields.address.postcode,
    city: fields.address.city,
    notes: fields.notes,
    accepts_mail: fields.acceptsMail ? 1 : 0,
  };
}

/** A household typed without a name is named after its adults on the lease: « Dupré » or « Dupré – Martin ». */
export function householdNameFrom(people: readonly PersonFields[]): string {
  const leading = people.filter((p) => p.role === 'holder' || p.role === 'coholder' || p.role === 'spouse');
  const names = (leading.length > 0 ? leading : people.slice(0, 1)).map((p) => p.usageName || p.familyName);
  return [...new Set(names)].join(' – ').slice(0, 120);
}

type PersonRow = Pick<
  Selectable<PersonTable>,
  'id' | 'household_id' | 'civility' | 'family_name' | 'usage_name' | 'first_name' | 'birth_date' | 'phone' | 'email' | 'role' | 'languages' | 'notes' | 'external_id'
>;

function parseLanguages(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    householdId: row.household_id,
    civility: row.civility as Civility,
    familyName: row.family_name,
    usageName: row.usage_name,
    firstName: row.first_name,
    birthDate: row.birth_date,
    phone: row.phone,
    email: row.email,
    role: row.role as PersonRole,
    languages: parseLanguages(row.languages),
    notes: row.notes,
    externalId: row.external_id,
  };
}

/** A person still held (not erased), or NOT_FOUND. */
export function getPerson(db: SyncDb, id: number): Person {
  const row = db.get(db.q.selectFrom('person').selectAll().where('id', '=', id).where('erased_at', 'is', null));
  if (!row) throw notFound('Personne');
  return toPerson(row);
}

function peopleOf(db: SyncDb, householdId: number): Person[] {
  return db
    .all(
      db.q
        .selectFrom('person')
        .selectAll()
        .where('household_id', '=', householdId)
        .where('erased_at', 'is', null)
        .orderBy(ROLE_ORDER)
        .orderBy(sql`coalesce(person.birth_date, '9999')`)
        .orderBy('id'),
    )
    .map(toPerson);
}

/** The stays of a household in the office's dwellings, the latest first. */
function occupanciesOf(db: SyncDb, householdId: number): Occupancy[] {
  const rows = db.all(
    db.q
      .selectFrom('occupancy')
      .innerJoin('dwelling', 'dwelling.id', 'occupancy.dwelling_id')
      .innerJoin('residence', 'residence.id', 'dwelling.residence_id')
      .select([
        'occupancy.id',
        'occupancy.entered_on',
        'occupancy.left_on',
        'dwelling.id as dwelling_id',
        'dwelling.internal_id',
        'dwelling.rpls_id',
        'dwelling.typology',
        'dwelling.floor',
        'dwelling.surface_m2',
        'dwelling.building',
        'dwelling.entrance',
        'dwelling.door',
        'residence.id as residence_id',
        'residence.name as residence_name',
        'residence.address as residence_address',
        'residence.postcode as residence_postcode',
        'residence.city as residence_city',
      ])
      .where('occupancy.household_id', '=', householdId)
      .orderBy(sql`occupancy.left_on IS NULL`, 'desc')
      .orderBy('occupancy.entered_on', 'desc')
      .orderBy('occupancy.id', 'desc'),
  );
  return rows.map((row) => ({
    id: row.id,
    enteredOn: row.entered_on,
    leftOn: row.left_on,
    dwelling: {
      id: row.dwelling_id,
      internalId: row.internal_id,
      rplsId: row.rpls_id,
      typology: row.typology as Dwelling['typology'],
      floor: row.floor,
      surfaceM2: row.surface_m2,
      building: row.building,
      entrance: row.entrance,
      door: row.door,
    },
    residence: {
      id: row.residence_id,
      name: row.residence_name,
      address: row.residence_address,
      postcode: row.residence_postcode,
      city: row.residence_city,
    },
  }));
}

function householdRow(db: SyncDb, id: number) {
  const row = db.get(db.q.selectFrom('household').selectAll().where('id', '=', id).where('erased_at', 'is', null));
  if (!row) throw notFound('Foyer');
  return row;
}

/** Everything the household page shows. */
export function getHousehold(db: SyncDb, id: number): HouseholdDetail {
  const row = householdRow(db, id);
  const people = peopleOf(db, id);
  const history = occupanciesOf(db, id);
  return {
    id: row.id,
    name: row.name,
    externalId: row.external_id,
    isTenant: row.is_tenant === 1,
    address: { line: row.address_line, postcode: row.postcode, city: row.city },
    notes: row.notes,
    acceptsMail: row.accepts_mail === 1,
    lastContactOn: row.last_contact_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    current: history.find((stay) => stay.leftOn === null) ?? null,
    history,
    people,
  };
}

/** A household still held (not erased), or NOT_FOUND. */
export function assertHousehold(db: SyncDb, id: number): { id: number; name: string; is_tenant: number } {
  return householdRow(db, id);
}
