import { addDays, addMonths } from '../../shared/days.ts';

/*
 * Membership periods: a type lasts `count` units (days, months or years); a member takes one or more periods at once.
 * Shared with the renderer (the enrolment form shows the end date before saving): no Node imports here.
 */

export const PERIOD_UNITS = ['day', 'month', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

export const MEMBERSHIP_SCOPES = ['person', 'household'] as const;
export type MembershipScope = (typeof MEMBERSHIP_SCOPES)[number];

/** The longest a type's period may be, per unit (a membership is renewed, never taken for a decade). */
export const MAX_PERIOD_COUNT: Record<PeriodUnit, number> = { day: 366, month: 36, year: 5 };

/** How many periods can be paid at once. */
export const MAX_PERIODS = 24;

/** The last day included of a membership starting on `startsOn` for `periods` × (`count` `unit`). */
export function membershipEnd(startsOn: string, unit: PeriodUnit, count: number, periods: number): string {
  const length = count * periods;
  const next = unit === 'day' ? addDays(startsOn, length) : addMonths(startsOn, unit === 'month' ? length : 12 * length);
  return addDays(next, -1);
}

const FRENCH_UNITS: Record<PeriodUnit, [one: string, many: string]> = { day: ['jour', 'jours'], month: ['mois', 'mois'], year: ['an', 'ans'] };

/** "1 mois", "2 ans", "15 jours": for labels and receipts. */
export function frenchLength(unit: PeriodUnit, length: number): string {
  const [one, many] = FRENCH_UNITS[unit];
  return `${length} ${length > 1 ? many : one}`;
}
