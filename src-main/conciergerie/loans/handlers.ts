import type { HandlerContext } from '../../core/context.ts';
import type { Handlers } from '../../core/dispatch.ts';
import { registerPrivacyParticipant } from '../../privacy/registry.ts';
import { todayIso } from '../../shared/days.ts';
import { counterSettings, officeSettings } from '../../settings/store.ts';
import { checkIn } from './check-in.ts';
import { checkOut } from './check-out.ts';
import type { loansContract } from './contract.ts';
import { loanFormPdf } from './loan-form.ts';
import { getMember } from './member-identity.ts';
import { overdueMembers, recordReminders } from './overdue.ts';
import { loansParticipant } from './privacy.ts';
import { loanHistory, loansOfMember, openLoans } from './queries.ts';
import { reminderLettersPdf } from './reminder-letters.ts';
import { renew } from './renew.ts';

registerPrivacyParticipant(loansParticipant);

const today = (ctx: HandlerContext) => todayIso(ctx.clock);

export const loansHandlers: Handlers<typeof loansContract> = {
  'loans.checkOut': (input, ctx) => checkOut(ctx, input),
  'loans.checkIn': (input, ctx) => checkIn(ctx, input),
  'loans.renew': ({ id }, ctx) => renew(ctx, id),
  'loans.open': (input, ctx) => openLoans(ctx.db, input, today(ctx), counterSettings(ctx.db)),
  'loans.history': (input, ctx) => loanHistory(ctx.db, input, today(ctx), counterSettings(ctx.db)),
  'loans.ofMember': ({ memberId }, ctx) => loansOfMember(ctx.db, getMember(ctx.db, memberId).id, today(ctx), counterSettings(ctx.db)),
  'loans.overdue': (_input, ctx) => ({ today: today(ctx), members: overdueMembers(ctx.db, today(ctx), counterSettings(ctx.db)) }),
  'loans.recordReminders': ({ memberIds }, ctx) => recordReminders(ctx, memberIds),
  'loans.reminderLettersPdf': ({ reminderIds }, ctx) => reminderLettersPdf(ctx.db, reminderIds, officeSettings(ctx.db), counterSettings(ctx.db)),
  'loans.formPdf': ({ loanIds }, ctx) =>
    loanFormPdf(ctx.db, { loanIds, office: officeSettings(ctx.db), counter: counterSettings(ctx.db), operatorName: ctx.user?.displayName ?? '' }),
};
