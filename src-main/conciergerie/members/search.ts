import { sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import { ftsQuery } from '../../households/search-index.ts';
import { personName } from '../../shared/names.ts';
import type { MemberSummary, PersonCandidate, SEARCH_STATUSES } from './contract.ts';
import { memberNumberOf } from './numbers.ts';
import { summaryQuery, toSummary } from './repository.ts';

/*
 * Finding members: a member number typed or scanned (A00042, a00042, or just 42), else the words of the households
 * search index (names, phone, e-mail, dwelling, residence; accents ignored, each word a prefix).
 */

interface MemberSearch {
  query: string;
  status: (typeof SEARCH_STATUSES)[number];
  offset: number;
  limit: number;
}

/**
 * "A00042", "a42", "42" → "A00042"; null when the text is not a member number. Digits alone starting with 0 are the
 * beginning of a phone number.
 */
function memberNumberFrom(text: string): string | null {
  const match = /^\s*(?:a(\d{1,5})|([1-9]\d{0,4}))\s*$/i.exec(text);
  const digits = match?.[1] ?? match?.[2];
  return digits ? memberNumberOf(Number(digits)) : null;
}

export function searchMembers(db: SyncDb, input: MemberSearch, today: string): { rows: MemberSummary[]; total: number } {
  let query = summaryQuery(db, today).where('person.erased_at', 'is', null);
  const number = memberNumberFrom(input.query);
  const words = number ? null : ftsQuery(input.query);
  if (number) query = query.where('member.number', '=', number);
  else if (words) query = query.where('member.person_id', 'in', sql<number>`(SELECT rowid FROM person_search WHERE person_search MATCH ${words})`);
  // Filters on the summary columns (computed above): a derived table keeps them in SQL.
  const filtered = db.q.selectFrom(query.as('m')).selectAll();
  const byStatus = {
    all: filtered,
    inForce: filtered.where('m.in_force', '=', 1),
    lapsed: filtered.where('m.in_force', '=', 0),
    owing: filtered.where('m.balance', '>', 0),
    flagged: filtered.where('m.active_flags', '>', 0),
  }[input.status];
  const total = db.get(db.q.selectFrom(byStatus.as('f')).select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
  const rows = db.all(
    byStatus
      .orderBy('m.sort_name')
      .orderBy('m.id')
      .limit(input.limit)
      .offset(input.offset),
  );
  return { rows: rows.map(toSummary), total };
}

/** People to enrol (20 at most, best matches first), and whether each is a member already. */
export function findPeople(db: SyncDb, text: string, today: string): PersonCandidate[] {
  const words = ftsQuery(text);
  if (!words) return [];
  const rows = db.all(
    db.q
      .selectFrom('person_search')
      .innerJoin('person', 'person.id', 'person_search.rowid')
      .innerJoin('household', 'household.id', 'person.household_id')
      .leftJoin('member', 'member.person_id', 'person.id')
      .leftJoin('occupancy', (join) => join.onRef('occupancy.household_id', '=', 'household.id').on('occupancy.left_on', 'is', null))
      .leftJoin('dwelling', 'dwelling.id', 'occupancy.dwelling_id')
      .leftJoin('residence', 'residence.id', 'dwelling.residence_id')
      .select([
        'person.id',
        'person.civility',
        'person.first_name',
        'person.usage_name',
        'person.family_name',
        'person.phone',
        'household.id as household_id',
        'household.name as household_name',
        'household.is_tenant',
        'residence.name as residence_name',
        'member.id as member_id',
        'member.number as member_number',
        sql<string | null>`(SELECT max(ends_on) FROM membership WHERE household_id = household.id AND starts_on <= ${today} AND ends_on >= ${today})`.as('covered_until'),
      ])
      .where(sql<boolean>`person_search MATCH ${words}`)
      .where('person.erased_at', 'is', null)
      .orderBy(sql`rank`)
      .limit(20),
  );
  return rows.map((row) => ({
    personId: row.id,
    name: personName(row),
    phone: row.phone,
    householdId: row.household_id,
    householdName: row.household_name,
    isTenant: row.is_tenant === 1,
    residenceName: row.residence_name,
    member: row.member_id !== null && row.member_number !== null ? { id: row.member_id, number: row.member_number } : null,
    householdCoveredUntil: row.covered_until,
  }));
}
