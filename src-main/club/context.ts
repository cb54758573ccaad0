import type { HandlerContext } from '../core/context.ts';
import { todayIso } from '../shared/days.ts';

/** The office's calendar day (AAAA-MM-JJ). */
export const today = (ctx: HandlerContext): string => todayIso(ctx.clock);

/** Who writes and when, for the rows that keep it (status changes, payments…). */
export const actor = (ctx: HandlerContext) => ({ userId: ctx.user?.id ?? null, now: ctx.nowIso() });
