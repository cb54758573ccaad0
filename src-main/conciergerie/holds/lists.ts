import { sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import { addDays, addMonths } from '../../shared/days.ts';
import type { ItemKind } from '../catalogue/kinds.ts';
import { membersById } from '../loans/member-identity.ts';
import type { HoldView } from './contract.ts';
import { holdQuery, toHoldViews } from './views.ts';

/** Ready first (by the day put aside), then waiting in line order. */
const lineOrder = (a: HoldView, b: HoldView) =>
  (a.status === 'waiting' ? 1 : 0) - (b.status === 'waiting' ? 1 : 0) || (a.position ?? 0) - (b.position ?? 0) || (a.readyOn ?? '').localeCompare(b.readyOn ?? '');

/** The waiting lists (holds without dates, waiting or put aside) of every record someone waits for, or of one. */
export function waitingLists(db: SyncDb, itemId: number | null, today: string) {
  let query = holdQuery(db).where('hold.wanted_from', 'is', null).where('hold.status', 'in', ['waiting', 'ready']);
  if (itemId !== null) query = query.where('hold.item_id', '=', itemId);
  const holds = toHoldViews(db, db.all(query.orderBy('hold.created_at').orderBy('hold.id')), today);
  const itemIds = itemId === null ? [...new Set(holds.map((hold) => hold.itemId))] : [itemId];
  if (itemIds.length === 0) return { today, lapsed: 0, lists: [] };
  const items = db.all(
    db.q
      .selectFrom('item')
      .leftJoin('copy', (join) => join.onRef('copy.item_id', '=', 'item.id').on('copy.status', '!=', 'retired'))
      .leftJoin('loan', (join) => join.onRef('loan.copy_id', '=', 'copy.id').on('loan.returned_on', 'is', null))
      .select([
        'item.id',
        'item.title',
        'item.kind',
        sql<number>`count(copy.id)`.as('copies'),
        sql<number>`coalesce(sum(copy.status = 'available'), 0)`.as('available'),
        sql<string | null>`min(loan.due_on)`.as('next_due_on'),
      ])
      .where('item.id', 'in', itemIds)
      .groupBy('item.id')
      .orderBy('item.title'),
  );
  const lists = items.map((item) => ({
    itemId: item.id,
    title: item.title,
    itemKind: item.kind as ItemKind,
    copies: item.copies,
    available: item.available,
    nextDueOn: item.next_due_on,
    entries: holds.filter((hold) => hold.itemId === item.id).sort(lineOrder),
  }));
  return { today, lapsed: holds.filter((hold) => hold.lapsed).length, lists };
}

/** Copies put aside for members not told yet (still within their collection days). */
export function toNotify(db: SyncDb, today: string) {
  const query = holdQuery(db).where('hold.status', '=', 'ready').where('hold.notified_on', 'is', null).orderBy('hold.ready_on').orderBy('hold.id');
  const rows = db.all(query);
  const members = membersById(db, rows.map((row) => row.member_id));
  const views = toHoldViews(db, rows, today, members).filter((hold) => !hold.lapsed);
  return { rows: views.map((hold) => ({ ...hold, phone: members.get(hold.memberId)!.phone, email: members.get(hold.memberId)!.email })) };
}

/** A member's holds still waiting or put aside (lapsed ones included, shown as expired). */
export function holdsOfMember(db: SyncDb, memberId: number, today: string): HoldView[] {
  const query = holdQuery(db).where('hold.member_id', '=', memberId).where('hold.status', 'in', ['waiting', 'ready']).orderBy('hold.created_at').orderBy('hold.id');
  return toHoldViews(db, db.all(query), today);
}

/** Reservations with dates overlapping a month (not the cancelled ones), for the calendar. */
export function reservationCalendar(db: SyncDb, month: string, today: string) {
  const first = `${month}-01`;
  const last = addDays(addMonths(first, 1), -1);
  const query = holdQuery(db)
    .where('hold.wanted_from', 'is not', null)
    .where('hold.wanted_from', '<=', last)
    .where('hold.wanted_until', '>=', first)
    .where('hold.status', '!=', 'cancelled')
    .orderBy('hold.wanted_from')
    .orderBy('hold.id');
  return { month, first, last, rows: toHoldViews(db, db.all(query), today) };
}
