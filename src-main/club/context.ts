import type { HandlerContext } from '../core/context.ts';
import { todayIso } from '../shared/days.ts';

/** The office's calendar day (AAAA-MM-JJ). */
export const today = (ctx: HandlerContext): string => todayIso(ctx.clock);

/** Who writes and when, for the rows that keep it (status changes, payments…). */
export const actor = (ctx: HandlerContext) => ({ userId: ctx.user?.id ?? null, now: ctx.nowIso() });

/** A file-name-safe form of a name: "Étouvie — Le Cèdre" → "etouvie-le-cedre". */
export const slug = (text: string): string =>
  text.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
