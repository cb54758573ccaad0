import type { HandlerContext } from '../../core/context.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { memberRow } from './repository.ts';

/* An operator's flag blocks borrowing until someone clears it; cleared flags stay on file with who and when. */

export function addFlag(ctx: HandlerContext, memberId: number, reason: string): void {
  memberRow(ctx.db, memberId);
  ctx.db.run(
    ctx.db.q.insertInto('member_flag').values({ member_id: memberId, reason, created_by: ctx.user?.id ?? null, created_at: ctx.nowIso(), cleared_by: null, cleared_at: null }),
  );
}

/** Clears a flag; returns the member it was on. */
export function clearFlag(ctx: HandlerContext, flagId: number): number {
  const flag = ctx.db.get(ctx.db.q.selectFrom('member_flag').select(['member_id', 'cleared_at']).where('id', '=', flagId));
  if (!flag) throw notFound('Blocage');
  if (flag.cleared_at) throw new AppError('CONFLICT', 'Ce blocage a déjà été levé.');
  ctx.db.run(ctx.db.q.updateTable('member_flag').set({ cleared_at: ctx.nowIso(), cleared_by: ctx.user?.id ?? null }).where('id', '=', flagId));
  return flag.member_id;
}
