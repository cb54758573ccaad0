import type { HandlerContext } from '../../core/context.ts';
import type { Handlers } from '../../core/dispatch.ts';
import { todayIso } from '../../shared/days.ts';
import { getMember } from '../loans/member-identity.ts';
import type { holdsContract } from './contract.ts';
import { settleExpiredHolds } from './expiry.ts';
import { holdsOfMember, reservationCalendar, toNotify, waitingLists } from './lists.ts';
import { cancelHold, markNotified, placeHold } from './place.ts';

const today = (ctx: HandlerContext) => todayIso(ctx.clock);

export const holdsHandlers: Handlers<typeof holdsContract> = {
  'holds.place': (input, ctx) => placeHold(ctx, input),
  'holds.cancel': ({ id }, ctx) => cancelHold(ctx, id),
  'holds.markNotified': ({ id }, ctx) => markNotified(ctx, id),
  'holds.releaseExpired': (_input, ctx) => {
    const { expired, passedOn } = settleExpiredHolds(ctx);
    const message =
      expired === 0
        ? 'Aucune réservation n’était échue.'
        : `${expired} réservation${expired > 1 ? 's' : ''} échue${expired > 1 ? 's' : ''}.` + passedOn.map((next) => ` ${next.message}.`).join('');
    return { expired, passedOn, message };
  },
  'holds.waitingLists': ({ itemId }, ctx) => waitingLists(ctx.db, itemId, today(ctx)),
  'holds.toNotify': (_input, ctx) => toNotify(ctx.db, today(ctx)),
  'holds.ofMember': ({ memberId }, ctx) => ({ rows: holdsOfMember(ctx.db, getMember(ctx.db, memberId).id, today(ctx)) }),
  'holds.calendar': ({ month }, ctx) => reservationCalendar(ctx.db, month, today(ctx)),
};
