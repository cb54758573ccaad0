import { sql } from 'kysely';
import type { SyncDb } from '../../db/query.ts';
import { foldText } from '../shared/text.ts';

/**
 * Keeps `person_search` (FTS5, accents and case folded by its tokenizer) in step with people, their household and
 * the dwelling they live in now. Call it, inside the same transaction, after any write that changes one of them.
 * An erased person leaves the index.
 */
export function refreshPersonSearch(db: SyncDb, personIds: readonly number[]): void {
  for (const id of personIds) {
    // By rowid (= person id): a delete on the UNINDEXED person_id scans the whole index (an import of 20,000 people
    // took a minute that way).
    db.run(db.q.deleteFrom('person_search').where('rowid', '=', id));
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
    // Sort keys live next to the index: whoever writes people (screens, import) keeps both right with one call.
    db.run(db.q.updateTable('person').set({ sort_name: personSortName(row) }).where('id', '=', row.id));
    db.run(db.q.updateTable('household').set({ sort_name: foldText(row.household_name) }).where('id', '=', row.household_id));
    const phoneDigits = row.phone ? [row.phone, row.phone.replace(/^\+33/, '0')] : [];
    db.run(
      db.q.insertInto('person_search').values({
        rowid: row.id,
        person_id: row.id,
        household_id: row.household_id,
        // Folded here too (the tokenizer removes accents, not ligatures: « Cœur » must be found with « coeur »).
        names: foldText([row.family_name, row.usage_name, row.first_name, row.household_name].filter(Boolean).join(' ')),
        contact: [...phoneDigits, row.email ?? ''].filter(Boolean).join(' '),
        place: foldText(
          [row.residence_name, row.residence_city ?? row.household_city, row.internal_id, row.building, row.door, row.external_id]
            .filter(Boolean)
            .join(' '),
        ),
      }),
    );
  }
}

/** How a person is sorted: usage name (or family name), then first name, folded. */
function personSortName(person: { family_name: string; usage_name: string; first_name: string }): string {
  return foldText(`${person.usage_name || person.family_name} ${person.first_name}`);
}

/** Re-indexes every person of these households (after a move, a rename of the household...). */
export function refreshHouseholdSearch(db: SyncDb, householdIds: readonly number[]): void {
  if (householdIds.length === 0) return;
  for (const id of householdIds) {
    const household = db.get(db.q.selectFrom('household').select('name').where('id', '=', id));
    if (household) db.run(db.q.updateTable('household').set({ sort_name: foldText(household.name) }).where('id', '=', id));
  }
  const people = db.all(db.q.selectFrom('person').select('id').where('household_id', 'in', householdIds));
  refreshPersonSearch(db, people.map((person) => person.id));
}

/**
 * Turns what a person typed into an FTS5 query: every word must match, as a prefix ("hel" finds "Hélène"),
 * each quoted so that FTS syntax characters are searched literally.
 */
export function ftsQuery(text: string): string | null {
  const words = searchTerms(text);
  return words.length === 0 ? null : words.map((word) => `"${word}"*`).join(' ');
}

/** What looks like a phone number being typed: starts with 0, + or 00, then digits and separators only. */
const PHONE_TYPED = /^\s*(?:\+|0)[\d\s\u00a0\u202f.\-()]{3,}$/;

/**
 * The words searched for. A phone number typed in any French form ("06 12 34 56 78", "+33 6 12 34 56 78",
 * "0033612345678", or its beginning) becomes the one national token the index holds ("0612345678").
 */
export function searchTerms(text: string): string[] {
  if (PHONE_TYPED.test(text)) {
    const digits = text.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
    const french = /^(?:\+|00)33(\d*)$/.exec(digits);
    if (french) return [`0${french[1]}`];
    return [digits.replace(/^(?:\+|00)/, '')];
  }
  return foldText(text.normalize('NFC'))
    .split(/[\s,;]+/)
    .map((word) => word.replace(/"/g, ''))
    // A word of punctuation only ("-", "*") would be an empty FTS phrase: it finds nothing, so it is dropped.
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
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
