import type { Handlers } from '../../core/dispatch.ts';
import { registerPrivacyParticipant } from '../../privacy/registry.ts';
import { counterSettings, officeSettings } from '../../settings/store.ts';
import { addDays, todayIso } from '../../shared/days.ts';
import { personName } from '../../shared/names.ts';
import { payBalance, waive } from './account.ts';
import { memberCardPdf } from './card.ts';
import type { membersContract } from './contract.ts';
import { enrol } from './enrol.ts';
import { addFlag, clearFlag } from './flags.ts';
import { membersOfHousehold } from './household.ts';
import { nextStart, takeMembership } from './memberships.ts';
import { membersPrivacy } from './privacy.ts';
import { getMemberDetail, memberRow } from './repository.ts';
import { findPeople, searchMembers } from './search.ts';
import { membershipTypeHandlers, offeredType } from './types.ts';

registerPrivacyParticipant(membersPrivacy);

export const membersHandlers: Handlers<typeof membersContract> = {
  ...membershipTypeHandlers,

  'members.search': (input, ctx) => searchMembers(ctx.db, input, todayIso(ctx.clock)),

  'members.findPeople': ({ query }, ctx) => findPeople(ctx.db, query, todayIso(ctx.clock)),

  'members.get': ({ id }, ctx) => getMemberDetail(ctx.db, id, todayIso(ctx.clock), counterSettings(ctx.db)),

  'members.ofHousehold': ({ householdId }, ctx) => membersOfHousehold(ctx.db, householdId, todayIso(ctx.clock), counterSettings(ctx.db)),

  'members.enrol': (input, ctx) => enrol(ctx, input),

  'members.renew': ({ memberId, ...choice }, ctx) => {
    const member = memberRow(ctx.db, memberId);
    const type = offeredType(ctx.db, choice.typeId, 'typeId');
    const taken = takeMembership(ctx, {
      memberId,
      householdId: member.household_id,
      type,
      periods: choice.periods,
      startsOn: nextStart(ctx.db, memberId, member.household_id, todayIso(ctx.clock)),
      method: choice.method,
      path: '',
    });
    return { id: memberId, membershipId: taken.id, startsOn: taken.startsOn, endsOn: taken.endsOn, payment: taken.payment };
  },

  'members.flag': ({ memberId, reason }, ctx) => {
    addFlag(ctx, memberId, reason);
    return { id: memberId };
  },

  'members.clearFlag': ({ flagId }, ctx) => ({ id: clearFlag(ctx, flagId) }),

  'members.payBalance': ({ memberId, amountCents, method }, ctx) => ({
    id: memberId,
    payment: { ...payBalance(ctx, memberId, amountCents, method), amountCents },
  }),

  'members.waive': ({ memberId, amountCents, reason }, ctx) => {
    waive(ctx, memberId, amountCents, reason);
    return { id: memberId };
  },

  'members.cardPdf': async ({ id, format }, ctx) => {
    const member = memberRow(ctx.db, id);
    const today = todayIso(ctx.clock);
    // The card states the last day paid for, renewals ahead included; nothing when the membership has lapsed.
    const paidUntil = addDays(nextStart(ctx.db, id, member.household_id, today), -1);
    const office = officeSettings(ctx.db);
    const bytes = await memberCardPdf(
      { officeName: office.name || 'Conciergerie', memberName: personName(member), number: member.number, validUntil: paidUntil >= today ? paidUntil : null },
      format,
    );
    return { fileName: `carte-adherent-${member.number}.pdf`, base64: bytes.toString('base64') };
  },
};
