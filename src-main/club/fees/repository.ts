import { sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import { addDays } from '../../shared/days.ts';
import type { PaymentMethod } from '../../conciergerie/till/kinds.ts';
import type { PartnerCategory, PartnerStatus } from '../partners/fields.ts';

/** paid: nothing left to pay; due: within the grace period; overdue: past it, unpaid; cancelled: waived. */
export const FEE_STATES = ['paid', 'due', 'overdue', 'cancelled'] as const;
export type FeeState = (typeof FEE_STATES)[number];

interface FeePaymentView {
  id: number;
  paidOn: string;
  amountCents: number;
  method: PaymentMethod;
  reference: string;
}

export interface FeeCallView {
  id: number;
  partnerId: number;
  partnerName: string;
  partnerCategory: PartnerCategory;
  partnerStatus: PartnerStatus;
  year: number;
  amountCents: number;
  paidCents: number;
  balanceCents: number;
  calledOn: string;
  /** The last day to pay: the call's date plus the club's grace period (the current setting). */
  dueOn: string;
  state: FeeState;
  cancelledOn: string | null;
  cancelReason: string;
  reminderCount: number;
  lastReminderOn: string | null;
  payments: FeePaymentView[];
}

const paidSum = sql<number>`(SELECT COALESCE(SUM(p.amount_cents), 0) FROM club_fee_payment p WHERE p.fee_call_id = club_fee_call.id)`;
const reminderCount = sql<number>`(SELECT COUNT(*) FROM club_fee_reminder r WHERE r.fee_call_id = club_fee_call.id)`;
const lastReminder = sql<string | null>`(SELECT MAX(r.sent_on) FROM club_fee_reminder r WHERE r.fee_call_id = club_fee_call.id)`;

function callQuery(db: SyncDb) {
  return db.q
    .selectFrom('club_fee_call')
    .innerJoin('club_partner', 'club_partner.id', 'club_fee_call.partner_id')
    .selectAll('club_fee_call')
    .select([
      'club_partner.name as partner_name',
      'club_partner.category as partner_category',
      'club_partner.status as partner_status',
      paidSum.as('paid_cents'),
      reminderCount.as('reminder_count'),
      lastReminder.as('last_reminder_on'),
    ]);
}

type FeeCallQuery = ReturnType<typeof callQuery>;

/** The state of a call on `today`, given what was paid and the grace period. */
function feeState(call: { amount_cents: number; cancelled_on: string | null; called_on: string }, paidCents: number, today: string, graceDays: number): FeeState {
  if (call.cancelled_on) return 'cancelled';
  if (paidCents >= call.amount_cents) return 'paid';
  return today > addDays(call.called_on, graceDays) ? 'overdue' : 'due';
}

/** Fee calls, narrowed by the caller, with their payments and state on `today`; by year then partner name. */
export function feeCalls(db: SyncDb, narrow: (query: FeeCallQuery) => FeeCallQuery, today: string, graceDays: number): FeeCallView[] {
  const rows = db.all(narrow(callQuery(db)).orderBy('club_fee_call.year', 'desc').orderBy('club_partner.name').orderBy('club_fee_call.id'));
  const payments = new Map<number, FeePaymentView[]>();
  if (rows.length > 0) {
    const paid = db.all(
      db.q
        .selectFrom('club_fee_payment')
        .selectAll()
        .where('fee_call_id', 'in', rows.map((row) => row.id))
        .orderBy('paid_on')
        .orderBy('id'),
    );
    for (const payment of paid) {
      const list = payments.get(payment.fee_call_id) ?? [];
      list.push({ id: payment.id, paidOn: payment.paid_on, amountCents: payment.amount_cents, method: payment.method as PaymentMethod, reference: payment.reference });
      payments.set(payment.fee_call_id, list);
    }
  }
  return rows.map((row) => ({
    id: row.id,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    partnerCategory: row.partner_category as PartnerCategory,
    partnerStatus: row.partner_status as PartnerStatus,
    year: row.year,
    amountCents: row.amount_cents,
    paidCents: row.paid_cents,
    balanceCents: row.cancelled_on ? 0 : Math.max(0, row.amount_cents - row.paid_cents),
    calledOn: row.called_on,
    dueOn: addDays(row.called_on, graceDays),
    state: feeState(row, row.paid_cents, today, graceDays),
    cancelledOn: row.cancelled_on,
    cancelReason: row.cancel_reason,
    reminderCount: row.reminder_count,
    lastReminderOn: row.last_reminder_on,
    payments: payments.get(row.id) ?? [],
  }));
}

export function feeCall(db: SyncDb, id: number, today: string, graceDays: number): FeeCallView | undefined {
  return feeCalls(db, (query) => query.where('club_fee_call.id', '=', id), today, graceDays)[0];
}

/** The partner's calls past their grace period and not fully paid (none cancelled), oldest first. */
export function overdueCalls(db: SyncDb, partnerId: number, today: string, graceDays: number): FeeCallView[] {
  return feeCalls(db, (query) => query.where('club_fee_call.partner_id', '=', partnerId).where('club_fee_call.cancelled_on', 'is', null), today, graceDays)
    .filter((call) => call.state === 'overdue')
    .reverse();
}

/** Called (cancelled calls aside), paid, still to pay, and how many calls are overdue. */
export function feeTotals(calls: readonly FeeCallView[]) {
  const open = calls.filter((call) => call.state !== 'cancelled');
  return {
    calledCents: open.reduce((sum, call) => sum + call.amountCents, 0),
    paidCents: calls.reduce((sum, call) => sum + call.paidCents, 0),
    outstandingCents: open.reduce((sum, call) => sum + call.balanceCents, 0),
    overdueCount: calls.filter((call) => call.state === 'overdue').length,
  };
}
