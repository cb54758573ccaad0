import type { HandlerContext } from '../../core/context.ts';

/**
 * A copy is back on the shelf (returned, repaired): the holds module decides whether it goes to the first member
 * waiting for it (status 'reserved') or stays available. Called inside the caller's write transaction.
 * (First version: back to available; the holds module replaces it with the waiting-list logic.)
 */
export function copyBecameAvailable(ctx: HandlerContext, copyId: number): void {
  ctx.db.run(ctx.db.q.updateTable('copy').set({ status: 'available', updated_at: ctx.nowIso() }).where('id', '=', copyId));
}
