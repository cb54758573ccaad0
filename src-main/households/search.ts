import { sql } from 'kysely';
import type { SyncDb } from '../../db/query.ts';
import type { Dwelling } from '../residences/contract.ts';
import type { HouseholdSearchRow } from './contract.ts';
import type { Civility, PersonRole } from './fields.ts';
import { searchTerms } from './search-index.ts';

/*
 * The one search over people and households. With words: the FTS5 index (names, phone, e-mail, dwelling,
 * residence, landlord's id; accents and case folded; every word a prefix), one line per person, people whose names
 * hold every word first, then alphabetical. Without words: every household in alphabetical order with its main
 * person. Counted and paged in SQL: only the visible lines leave the database.
 */

interface SearchInput {
  query: string;
  offset: number;
  limit: number;
}

const quoted = (words: string[]) => words.map((word) => `"${word}"*`).join(' ');

/** The main person of the household the row is about: the holder of the lease, else the first adult. */
const MAIN_PERSON = sql<number>`(
  SELECT p2.id FROM person p2 WHERE p2.household_id = household.id AND p2.erased_at IS NULL
  ORDER BY CASE p2.role WHEN 'holder' THEN 0 WHEN 'coholder' THEN 1 WHEN 'spouse' THEN 2 WHEN 'member' THEN 3 ELSE 4 END, p2.id
  LIMIT 1)`;

const COLUMNS = [
  'person.id as person_id',
  'person.civility',
  'person.family_name',
  'person.usage_name',
  'person.first_name',
  'person.phone',
  'person.email',
  'person.role',
  'household.id as household_id',
  'household.name as household_name',
  'household.is_tenant',
  'household.external_id',
  'dwelling.id as dwelling_id',
  'dwelling.internal_id',
  'dwelling.typology',
  'dwelling.floor',
  'dwelling.building',
  'dwelling.entrance',
  'dwelling.door',
  'residence.id as residence_id',
  'residence.name as residence_name',
  'residence.city as residence_city',
] as const;

export function searchHouseholds(db: SyncDb, input: SearchInput): { rows: HouseholdSearchRow[]; total: number } {
  const words = searchTerms(input.query);
  return words.length === 0 ? listAll(db, input) : searchWords(db, words, input);
}

function searchWords(db: SyncDb, words: string[], { offset, limit }: SearchInput) {
  const match = quoted(words);
  // Joined on the index's rowid (= person id): reading its UNINDEXED person_id column costs a lookup per match.
  const matched = db.q
    .selectFrom('person_search')
    .innerJoin('person', 'person.id', 'person_search.rowid')
    .innerJoin('household', 'household.id', 'person.household_id')
    .where(sql<boolean>`person_search MATCH ${match}`)
    .where('person.erased_at', 'is', null)
    .where('household.erased_at', 'is', null);
  const total = db.get(matched.select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
  if (total === 0) return { rows: [], total };
  const byName = sql<number>`(person.id IN (SELECT rowid FROM person_search WHERE person_search MATCH ${`names : (${match})`}))`;
  // The page is chosen on ids and sort keys alone; dwelling and residence are joined for its rows only.
  const page = matched
    .select(['person.id as id', 'person.sort_name as sort_name', byName.as('by_name')])
    .orderBy('by_name', 'desc')
    .orderBy('person.sort_name')
    .orderBy('person.id')
    .limit(limit)
    .offset(offset);
  const rows = db.all(
    db.q
      .selectFrom(page.as('pg'))
      .innerJoin('person', 'person.id', 'pg.id')
      .innerJoin('household', 'household.id', 'person.household_id')
      .leftJoin('occupancy', (join) => join.onRef('occupancy.household_id', '=', 'household.id').on('occupancy.left_on', 'is', null))
      .leftJoin('dwelling', 'dwelling.id', 'occupancy.dwelling_id')
      .leftJoin('residence', 'residence.id', 'dwelling.residence_id')
      .select(COLUMNS)
      .orderBy('pg.by_name', 'desc')
      .orderBy('pg.sort_name')
      .orderBy('pg.id'),
  );
  return { rows: rows.map(toRow), total };
}

function listAll(db: SyncDb, { offset, limit }: SearchInput) {
  const households = db.q.selectFrom('household').where('household.erased_at', 'is', null);
  const total = db.get(households.select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
  // Paged on the sort index alone, so that a page far down the list costs no more than the first.
  const page = households.select(['household.id as id', 'household.sort_name as sort_name']).orderBy('household.sort_name').orderBy('household.id').limit(limit).offset(offset);
  const rows = db.all(
    db.q
      .selectFrom(page.as('pg'))
      .innerJoin('household', 'household.id', 'pg.id')
      .leftJoin('person', (join) => join.on(sql<boolean>`person.id = ${MAIN_PERSON}`))
      .leftJoin('occupancy', (join) => join.onRef('occupancy.household_id', '=', 'household.id').on('occupancy.left_on', 'is', null))
      .leftJoin('dwelling', 'dwelling.id', 'occupancy.dwelling_id')
      .leftJoin('residence', 'residence.id', 'dwelling.residence_id')
      .select(COLUMNS)
      .orderBy('pg.sort_name')
      .orderBy('pg.id'),
  );
  return { rows: rows.map(toRow), total };
}

type Row = {
  person_id: number | null;
  civility: string | null;
  family_name: string | null;
  usage_name: string | null;
  first_name: string | null;
  phone: string | null;
  email: string | null;
  role: string | null;
  household_id: number;
  household_name: string;
  is_tenant: number;
  external_id: string | null;
  dwelling_id: number | null;
  internal_id: string | null;
  typology: string | null;
  floor: number | null;
  building: string | null;
  entrance: string | null;
  door: string | null;
  residence_id: number | null;
  residence_name: string | null;
  residence_city: string | null;
};

function toRow(row: Row): HouseholdSearchRow {
  return {
    person:
      row.person_id === null
        ? null
        : {
            id: row.person_id,
            civility: row.civility as Civility,
            familyName: row.family_name ?? '',
            usageName: row.usage_name ?? '',
            firstName: row.first_name ?? '',
            phone: row.phone,
            email: row.email,
            role: row.role as PersonRole,
          },
    household: { id: row.household_id, name: row.household_name, isTenant: row.is_tenant === 1, externalId: row.external_id },
    dwelling:
      row.dwelling_id === null
        ? null
        : {
            id: row.dwelling_id,
            internalId: row.internal_id ?? '',
            typology: row.typology as Dwelling['typology'],
            floor: row.floor ?? 0,
            building: row.building ?? '',
            entrance: row.entrance ?? '',
            door: row.door ?? '',
          },
    residence:
      row.residence_id === null ? null : { id: row.residence_id, name: row.residence_name ?? '', city: row.residence_city ?? '' },
  };
}
