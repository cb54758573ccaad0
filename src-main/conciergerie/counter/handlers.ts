import type { Handlers } from '../../core/dispatch.ts';
import { todayIso } from '../../shared/days.ts';
import { counterSettings } from '../../settings/store.ts';
import { getMember } from '../loans/member-identity.ts';
import type { counterContract } from './contract.ts';
import { counterMember } from './member-card.ts';
import { scanCode } from './scan.ts';

export const counterHandlers: Handlers<typeof counterContract> = {
  'counter.scan': (input, ctx) => scanCode(ctx.db, input, todayIso(ctx.clock), counterSettings(ctx.db)),
  'counter.member': ({ memberId }, ctx) => counterMember(ctx.db, getMember(ctx.db, memberId), todayIso(ctx.clock), counterSettings(ctx.db)),
};
