import type { SyncDb } from '../../../db/query.ts';
import { addDays } from '../../shared/days.ts';
import { counterSettings } from '../../settings/store.ts';
import { loanLength } from '../loans/rules.ts';

/*
 * Future-dated reservations (hold.wanted_from..wanted_until, both days included) are not tied to a copy in advance:
 * the record promises one copy per reservation, and every act that takes a copy away for a while (a loan, a renewal,
 * a copy put aside) is refused when it would leave a reservation without a copy. A copy is counted free on a day
 * when nothing occupies it then: on loan until its due date, put aside until the member has had it for a loan
 * length, never while in repair or retired.
 */

interface ReservationRef {
  holdId: number;
  memberId: number;
  wantedFrom: string;
  wantedUntil: string;
}

interface CopyOccupation {
  id: number;
  /** The last day the copy is busy (null: free now; Infinity-like '9999-12-31': never free). */
  busyThrough: string | null;
}

const NEVER = '9999-12-31';

function occupations(db: SyncDb, itemId: number, today: string, itemLoanDays: number): CopyOccupation[] {
  const rows = db.all(
    db.q
      .selectFrom('copy')
      .leftJoin('loan', (join) => join.onRef('loan.copy_id', '=', 'copy.id').on('loan.returned_on', 'is', null))
      .select(['copy.id', 'copy.status', 'loan.due_on'])
      .where('copy.item_id', '=', itemId),
  );
  return rows.map((row) => {
    switch (row.status) {
      case 'available':
        return { id: row.id, busyThrough: null };
      case 'on_loan':
        // An overdue copy is expected back any day: busy through today at least.
        return { id: row.id, busyThrough: row.due_on && row.due_on > today ? row.due_on : today };
      case 'reserved':
        return { id: row.id, busyThrough: addDays(today, itemLoanDays) };
      default:
        return { id: row.id, busyThrough: NEVER };
    }
  });
}

function activeReservations(db: SyncDb, itemId: number, today: string): ReservationRef[] {
  return db
    .all(
      db.q
        .selectFrom('hold')
        .select(['id', 'member_id', 'wanted_from', 'wanted_until'])
        .where('item_id', '=', itemId)
        .where('status', '=', 'waiting')
        .where('wanted_from', 'is not', null)
        .where('wanted_until', '>=', today)
        .orderBy('wanted_from')
        .orderBy('id'),
    )
    .map((row) => ({ holdId: row.id, memberId: row.member_id, wantedFrom: row.wanted_from!, wantedUntil: row.wanted_until! }));
}

export interface Occupancy {
  /** The copy that would be taken, busy through `until` (a loan, a renewal, a copy put aside). */
  copyId?: number;
  /** Reservations of this member do not count: what is taken goes to them. */
  memberId: number;
  from: string;
  until: string;
  /** Placing a reservation: one more copy wanted every day of [from, until], instead of one copy taken. */
  wantsOne?: boolean;
}

interface Shortage {
  /** The first day a reservation would lack a copy. */
  on: string;
  /** The reservations of other members that need a copy that day (empty when a new one simply finds none free). */
  reservations: ReservationRef[];
}

/**
 * The first day in [from, until] when reservations would be left without a copy, or null. Copies only get freer
 * with time and needs only grow on a reservation's first day, so checking `from` and each reservation start inside
 * the window is enough.
 */
export function reservationShortage(db: SyncDb, itemId: number, today: string, occupancy: Occupancy): Shortage | null {
  const reservations = activeReservations(db, itemId, today).filter(
    (r) => r.memberId !== occupancy.memberId && r.wantedUntil >= occupancy.from && r.wantedFrom <= occupancy.until,
  );
  if (reservations.length === 0 && !occupancy.wantsOne) return null;
  const item = db.get(db.q.selectFrom('item').select('loan_days').where('id', '=', itemId));
  const copies = occupations(db, itemId, today, loanLength(item?.loan_days ?? null, counterSettings(db)));
  const points = [...new Set([occupancy.from, ...reservations.map((r) => r.wantedFrom).filter((day) => day > occupancy.from)])].sort();
  for (const day of points) {
    const covering = reservations.filter((r) => r.wantedFrom <= day && r.wantedUntil >= day);
    const free = copies.filter((copy) => copy.id !== occupancy.copyId && (copy.busyThrough === null || copy.busyThrough < day)).length;
    const needed = covering.length + (occupancy.wantsOne ? 1 : 0);
    if (needed > free) return { on: day, reservations: covering };
  }
  return null;
}
