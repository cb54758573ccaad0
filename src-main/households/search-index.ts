import { sql } from 'kysely';
import type { SyncDb } from '../../db/query.ts';

/**
 * Keeps `person_search` (FTS5, accents and case folded by its tokenizer) in step with people, their household and
 * the dwelling they live in now. Call it, inside the same transaction, after any write that changes one of them.
 * An erased person leaves the index.
 */
export function refreshPersonSearch(db: SyncDb, personIds: readonly number[]): void {
  for (const id of personIds) {
    db.run(db.q.deleteFrom('person_search').where('person_id', '=', id));
    const row = db.get(
      db.q
        .selectFrom('person')
        .innerJoin('household', 'household.id', 'person.household_id')
        .leftJoin('occupancy', (join) => join.onRef('occupancy.household_id', '=', 'household.id').on('occupancy.left_on', 'is', null))
        .leftJoin('dwelling', 'dwelling.id', 'occupancy.dwelling_id')
        .leftJoin('residence', 'residence.id', 'dwelling.residence_id')
        .select([
          'person.id',
          'person.household_id',
          'person.family_name',
          'person.usage_name',
          'person.first_name',
          'person.phone',
          'person.email',
          'person.erased_at',
          'household.name as household_name',
          'household.external_id',
          'household.city as household_city',
          'dwelling.internal_id',
          'dwelling.building',
          'dwelling.door',
          'residence.name as residence_name',
          'residence.city as residence_city',
        ])
        .where('person.id', '=', id),
    );
    if (!row || row.erased_at) continue;
    const phoneDigits = row.phone ? [row.phone, row.phone.replace(/^\+33/, '0')] : [];
    db.run(
      db.q.insertInto('person_search').values({
        person_id: row.id,
        household_id: row.household_id,
        names: [row.family_name, row.usage_name, row.first_name, row.household_name].filter(Boolean).join(' '),
        contact: [...phoneDigits, row.email ?? ''].filter(Boolean).join(' '),
        place: [row.residence_name, row.residence_city ?? row.household_city, row.internal_id, row.building, row.door, row.external_id]
          .filter(Boolean)
          .join(' '),
      }),
    );
  }
}

/** Re-indexes every person of these households (after a move, a rename of the household...). */
export function refreshHouseholdSearch(db: SyncDb, householdIds: readonly number[]): void {
  if (householdIds.length === 0) return;
  const people = db.all(db.q.selectFrom('person').select('id').where('household_id', 'in', householdIds));
  refreshPersonSearch(db, people.map((person) => person.id));
}

/**
 * Turns what a person typed into an FTS5 query: every word must match, as a prefix ("hel" finds "Hélène"),
 * each quoted so that FTS syntax characters are searched literally.
 */
export function ftsQuery(text: string): string | null {
  const words = text
    .normalize('NFC')
    .split(/[\s,;]+/)
    .map((word) => word.replace(/"/g, ''))
    .filter(Boolean);
  return words.length === 0 ? null : words.map((word) => `"${word}"*`).join(' ');
}

/** The ids of people matching the query, best first, at most `limit`. */
export function searchPersonIds(db: SyncDb, text: string, limit: number): { personId: number; householdId: number }[] {
  const query = ftsQuery(text);
  if (!query) return [];
  return db
    .all(
      db.q
        .selectFrom('person_search')
        .select(['person_id', 'household_id'])
        .where(sql<boolean>`person_search MATCH ${query}`)
        .orderBy(sql`rank`)
        .limit(limit),
    )
    .map((row) => ({ personId: row.person_id, householdId: row.household_id }));
}
