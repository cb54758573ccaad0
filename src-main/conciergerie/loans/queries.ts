import { sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import type { CounterSettings } from '../../settings/fields.ts';
import { escapeLike, searchWords } from '../../shared/text.ts';
import type { LoanView } from './contract.ts';
import { loanQuery, toLoanViews } from './views.ts';

/** How many returned loans a member's page shows. */
const RECENT_RETURNS = 20;

type LoanQuery = ReturnType<typeof loanQuery>;

/** Each word of the search in the record's title or author, the member's name or number, or the copy's barcode. */
function matching(query: LoanQuery, search: string): LoanQuery {
  let filtered = query;
  for (const word of searchWords(search)) {
    const pattern = `%${escapeLike(word)}%`;
    filtered = filtered.where(
      sql<boolean>`(item.search_text || ' ' || person.sort_name || ' ' || lower(member.number) || ' ' || lower(copy.barcode)) LIKE ${pattern} ESCAPE '\\'`,
    );
  }
  return filtered;
}

function countOf(db: SyncDb, query: LoanQuery): number {
  return db.get(query.clearSelect().select(sql<number>`count(*)`.as('n')))!.n;
}

export interface Page {
  search: string;
  limit: number;
  offset: number;
}

/** Loans out now, the longest overdue first. */
export function openLoans(db: SyncDb, page: Page & { overdueOnly: boolean }, today: string, counter: CounterSettings) {
  let query = matching(loanQuery(db).where('loan.returned_on', 'is', null), page.search);
  if (page.overdueOnly) query = query.where('loan.due_on', '<', today);
  const total = countOf(db, query);
  const rows = db.all(query.orderBy('loan.due_on').orderBy('loan.id').limit(page.limit).offset(page.offset));
  return { today, total, rows: toLoanViews(db, rows, today, counter) };
}

/** Returned loans, latest first. */
export function loanHistory(db: SyncDb, page: Page & { memberId: number | null; itemId: number | null }, today: string, counter: CounterSettings) {
  let query = matching(loanQuery(db).where('loan.returned_on', 'is not', null), page.search);
  if (page.memberId !== null) query = query.where('loan.member_id', '=', page.memberId);
  if (page.itemId !== null) query = query.where('item.id', '=', page.itemId);
  const total = countOf(db, query);
  const rows = db.all(query.orderBy('loan.returned_on', 'desc').orderBy('loan.id', 'desc').limit(page.limit).offset(page.offset));
  return { total, rows: toLoanViews(db, rows, today, counter) };
}

/** A member's open loans, soonest due first. */
export function openLoansOf(db: SyncDb, memberId: number, today: string, counter: CounterSettings): LoanView[] {
  const query = loanQuery(db).where('loan.member_id', '=', memberId).where('loan.returned_on', 'is', null).orderBy('loan.due_on').orderBy('loan.id');
  return toLoanViews(db, db.all(query), today, counter);
}

export function loansOfMember(db: SyncDb, memberId: number, today: string, counter: CounterSettings) {
  const recent = loanQuery(db)
    .where('loan.member_id', '=', memberId)
    .where('loan.returned_on', 'is not', null)
    .orderBy('loan.returned_on', 'desc')
    .orderBy('loan.id', 'desc')
    .limit(RECENT_RETURNS);
  return { open: openLoansOf(db, memberId, today, counter), recent: toLoanViews(db, db.all(recent), today, counter) };
}
