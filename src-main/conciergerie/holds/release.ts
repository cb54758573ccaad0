import type { HandlerContext } from '../../core/context.ts';
import { settleExpiredHolds } from './expiry.ts';
import { assignToNextInLine, type SetAside } from './queue.ts';

/**
 * A copy is back on the shelf (returned, repaired): it goes to the first member waiting for its record (status
 * 'reserved', the hold 'ready') or becomes available. Holds that expired meanwhile are settled first. Returns whom to
 * put it aside for ("À mettre de côté pour A00042 — Mme Dupont"), or null. Called inside the caller's write
 * transaction.
 */
export function copyBecameAvailable(ctx: HandlerContext, copyId: number): SetAside | null {
  settleExpiredHolds(ctx);
  return assignToNextInLine(ctx, copyId);
}
