import { addDays, daysBetween } from '../../shared/days.ts';
import type { CounterSettings } from '../../settings/fields.ts';
import { COPY_CONDITIONS, type CopyCondition } from '../catalogue/kinds.ts';

/*
 * The lending rules of the counter, as pure functions. The model-based tests do not import them: they state the rules
 * again on their own, so that a wrong rule here cannot agree with itself.
 */

/** A loan is renewed twice at most; then the copy comes back to the counter. */
export const MAX_RENEWALS = 2;

/** How far back a loan the operator forgot to record may be dated. */
export const MAX_BACKDATED_DAYS = 60;

/** The longest loan an operator may grant by hand. */
export const MAX_LOAN_DAYS = 180;

/** A ready hold not collected within this many days expires and the copy goes to the next member in line. */
export const HOLD_COLLECT_DAYS = 7;

/** The loan length of a record: its own, or the counter's default. */
export const loanLength = (itemLoanDays: number | null, counter: CounterSettings) => itemLoanDays ?? counter.defaultLoanDays;

export const defaultDueOn = (lentOn: string, itemLoanDays: number | null, counter: CounterSettings) => addDays(lentOn, loanLength(itemLoanDays, counter));

/**
 * Weeks of lateness charged: every week started beyond the grace days counts in full (due on the 1st, 3 days of
 * grace, back on the 5th: 1 day beyond grace = 1 week; back on the 12th: 8 days = 2 weeks). 0 within the grace days.
 */
export function weeksLate(dueOn: string, returnedOn: string, graceDays: number): number {
  const beyondGrace = daysBetween(dueOn, returnedOn) - graceDays;
  return beyondGrace > 0 ? Math.ceil(beyondGrace / 7) : 0;
}

export function lateFeeCents(dueOn: string, returnedOn: string, counter: Pick<CounterSettings, 'graceDays' | 'lateFeePerWeekCents'>): number {
  return weeksLate(dueOn, returnedOn, counter.graceDays) * counter.lateFeePerWeekCents;
}

/** Conditions from best to worst: a copy's condition only ever gets worse at a return (repairs make it better). */
export const isWorse = (condition: CopyCondition, than: CopyCondition) => COPY_CONDITIONS.indexOf(condition) > COPY_CONDITIONS.indexOf(than);
