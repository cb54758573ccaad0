import type { HandlerContext } from '../core/context.ts';
import { invalidField } from '../core/errors.ts';
import { todayIso } from '../shared/days.ts';

/** The office's calendar day (AAAA-MM-JJ). */
export const today = (ctx: HandlerContext): string => todayIso(ctx.clock);

/** Who writes and when, for the rows that keep it (status changes, payments…). */
export const actor = (ctx: HandlerContext) => ({ userId: ctx.user?.id ?? null, now: ctx.nowIso() });

/** Refuses a date after the office's today; `what` opens the French sentence ("La date du paiement"). */
export function assertNotFuture(ctx: HandlerContext, path: string, date: string, what: string): void {
  if (date > today(ctx)) throw invalidField(path, `${what} ne peut pas être dans le futur.`);
}
