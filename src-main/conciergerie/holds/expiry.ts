import type { HandlerContext } from '../../core/context.ts';
import { addDays, todayIso } from '../../shared/days.ts';
import { HOLD_COLLECT_DAYS } from '../loans/rules.ts';
import { assignToNextInLine, type SetAside } from './queue.ts';

export interface Settled {
  /** Ready holds not collected in time, and reservations whose last day has passed. */
  expired: number;
  /** Copies of expired holds that went to the next member in line. */
  passedOn: SetAside[];
}

/**
 * Writes what time has done to holds: a ready hold not collected within HOLD_COLLECT_DAYS days expires and its copy
 * goes to the next in line; a reservation whose last day has passed without a loan expires. Reads show the same
 * outcome without writing (views.ts); every write about copies and holds settles first.
 */
export function settleExpiredHolds(ctx: HandlerContext): Settled {
  const { db } = ctx;
  const today = todayIso(ctx.clock);
  const now = ctx.nowIso();
  const lateReady = db.all(
    db.q
      .selectFrom('hold')
      .select(['id', 'copy_id'])
      .where('status', '=', 'ready')
      .where('ready_on', '<', addDays(today, -HOLD_COLLECT_DAYS))
      .orderBy('ready_on')
      .orderBy('id'),
  );
  const passedOn: SetAside[] = [];
  for (const hold of lateReady) {
    db.run(db.q.updateTable('hold').set({ status: 'expired', closed_on: today, updated_at: now }).where('id', '=', hold.id));
    if (hold.copy_id === null) continue;
    const next = assignToNextInLine(ctx, hold.copy_id);
    if (next) passedOn.push(next);
  }
  const endedReservations = db.run(
    db.q
      .updateTable('hold')
      .set({ status: 'expired', closed_on: today, updated_at: now })
      .where('status', '=', 'waiting')
      .where('wanted_until', 'is not', null)
      .where('wanted_until', '<', today),
  );
  return { expired: lateReady.length + Number(endedReservations.changes), passedOn };
}
