import type { Handlers } from '../../core/dispatch.ts';
import { localDayRange } from '../../shared/clock-day.ts';
import { todayIso } from '../../shared/days.ts';
import type { tillContract } from './contract.ts';
import { daySummaryPdf } from './day-pdf.ts';
import { officeIdentity } from './office-identity.ts';
import { getPayment, listPayments, refundPayment } from './payments.ts';
import { receiptPdf } from './receipt.ts';
import { sell } from './sale.ts';
import { closeSession, currentSession, listSessions, openSession, sessionsWithin, totalsOf } from './sessions.ts';

export const tillHandlers: Handlers<typeof tillContract> = {
  'till.current': (_input, { db }) => ({ session: currentSession(db) }),

  'till.open': ({ openingCashCents }, ctx) => openSession(ctx, openingCashCents),

  'till.close': ({ countedCashCents, note }, ctx) => closeSession(ctx, countedCashCents, note),

  'till.sessions': ({ offset, limit }, { db }) => listSessions(db, offset, limit),

  'till.payments': ({ day, sessionId }, ctx) =>
    listPayments(ctx.db, sessionId !== null ? { sessionId } : localDayRange(day ?? todayIso(ctx.clock))),

  'till.refund': (refund, ctx) => ({ ...refundPayment(ctx, refund), amountCents: -refund.amountCents }),

  'till.sale': (sale, ctx) => sell(ctx, sale),

  'till.receiptPdf': async ({ id }, { db }) => {
    const payment = getPayment(db, id);
    const bytes = await receiptPdf(officeIdentity(db), payment);
    return { fileName: `recu-${payment.receiptNumber}.pdf`, base64: bytes.toString('base64') };
  },

  'till.daySummary': ({ day }, ctx) => {
    const date = day ?? todayIso(ctx.clock);
    const range = localDayRange(date);
    return { day: date, totals: totalsOf(ctx.db, range), sessions: sessionsWithin(ctx.db, range.start, range.end) };
  },

  'till.daySummaryPdf': async ({ day }, ctx) => {
    const { db } = ctx;
    const date = day ?? todayIso(ctx.clock);
    const range = localDayRange(date);
    const bytes = await daySummaryPdf({
      office: officeIdentity(db),
      day: date,
      totals: totalsOf(db, range),
      sessions: sessionsWithin(db, range.start, range.end),
      payments: listPayments(db, range),
    });
    return { fileName: `journee-caisse-${date}.pdf`, base64: bytes.toString('base64') };
  },
};
