import type { InferResult } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import { daysBetween } from '../../shared/days.ts';
import type { CounterSettings } from '../../settings/fields.ts';
import type { CopyCondition, ItemKind } from '../catalogue/kinds.ts';
import { partsOfKits } from '../catalogue/kits.ts';
import { membersById } from './member-identity.ts';
import { lateFeeCents } from './rules.ts';
import type { LoanView } from './contract.ts';

/** The loans joined to what lists show of them: the copy, its record, the member. Filtered by the caller. */
export function loanQuery(db: SyncDb) {
  return db.q
    .selectFrom('loan')
    .innerJoin('copy', 'copy.id', 'loan.copy_id')
    .innerJoin('item', 'item.id', 'copy.item_id')
    .innerJoin('member', 'member.id', 'loan.member_id')
    .innerJoin('person', 'person.id', 'member.person_id')
    .selectAll('loan')
    .select(['copy.barcode', 'item.id as item_id', 'item.title', 'item.kind as item_kind']);
}

type LoanRow = InferResult<ReturnType<typeof loanQuery>>[number];

/** Rows of loanQuery as the contract shows them, for `today` (lateness and the fee so far of open loans). */
export function toLoanViews(db: SyncDb, rows: LoanRow[], today: string, counter: CounterSettings): LoanView[] {
  const members = membersById(db, rows.map((row) => row.member_id));
  const parts = partsOfKits(db, rows.filter((row) => row.item_kind === 'kit').map((row) => row.copy_id));
  return rows.map((row) => {
    const member = members.get(row.member_id)!;
    const until = row.returned_on ?? today;
    const open = row.returned_on === null;
    return {
      id: row.id,
      copyId: row.copy_id,
      barcode: row.barcode,
      itemId: row.item_id,
      title: row.title,
      itemKind: row.item_kind as ItemKind,
      memberId: row.member_id,
      memberNumber: member.number,
      memberName: member.name,
      lentOn: row.lent_on,
      dueOn: row.due_on,
      returnedOn: row.returned_on,
      renewals: row.renewals,
      backdated: row.backdated === 1,
      daysLate: Math.max(0, daysBetween(row.due_on, until)),
      overdue: open && row.due_on < today,
      lateFeeCents: open ? lateFeeCents(row.due_on, today, counter) : row.late_fee_cents,
      depositCents: row.deposit_cents,
      depositReturned: row.deposit_cents === 0 ? null : row.deposit_refund_id !== null,
      conditionOut: row.condition_out as CopyCondition,
      conditionIn: row.condition_in as CopyCondition | null,
      returnNote: row.return_note,
      parts: (parts.get(row.copy_id) ?? []).map((part) => ({ copyId: part.copyId, barcode: part.barcode, title: part.title })),
    };
  });
}

export function loanViewsByIds(db: SyncDb, ids: readonly number[], today: string, counter: CounterSettings): LoanView[] {
  if (ids.length === 0) return [];
  return toLoanViews(db, db.all(loanQuery(db).where('loan.id', 'in', ids).orderBy('loan.id')), today, counter);
}
