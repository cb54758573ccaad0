import type { HandlerContext } from '../../core/context.ts';
import { todayIso } from '../../shared/days.ts';
import { assignToNextInLine } from './queue.ts';

/**
 * A member borrows a copy of a record: their holds on it are served. The copy put aside for them, their place in
 * the waiting list, or a reservation whose first day has come, is closed as collected. Should another copy have
 * been put aside for them, it goes to the next member in line.
 */
export function collectHolds(ctx: HandlerContext, memberId: number, itemId: number, copyId: number): void {
  const { db } = ctx;
  const today = todayIso(ctx.clock);
  const now = ctx.nowIso();
  const holds = db.all(
    db.q
      .selectFrom('hold')
      .select(['id', 'status', 'copy_id', 'wanted_from'])
      .where('member_id', '=', memberId)
      .where('item_id', '=', itemId)
      .where('status', 'in', ['waiting', 'ready'])
      .orderBy('id'),
  );
  const served =
    holds.find((hold) => hold.status === 'ready' && hold.copy_id === copyId) ??
    holds.find((hold) => hold.status === 'ready') ??
    holds.find((hold) => hold.wanted_from === null) ??
    holds.find((hold) => hold.wanted_from !== null && hold.wanted_from <= today);
  if (!served) return;
  db.run(db.q.updateTable('hold').set({ status: 'collected', copy_id: copyId, closed_on: today, updated_at: now }).where('id', '=', served.id));
  if (served.status === 'ready' && served.copy_id !== null && served.copy_id !== copyId) assignToNextInLine(ctx, served.copy_id);
}
