import { addDays, addMonths, daysBetween } from '../../shared/days.ts';
import { isoWeekday } from './wall-time.ts';

/* The dates of a recurring series. Pure and shared with the renderer (the form previews the sessions). */

export const FREQUENCIES = ['weekly', 'monthly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** A series spans one year at most (53 weekly sessions at most). */
const MAX_SERIES_DAYS = 366;

export interface RecurrenceRule {
  frequency: Frequency;
  /** Every `interval` weeks or months. */
  interval: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** monthly: the 1st to 4th such weekday of the month, or -1 for the last one; null for weekly. */
  monthWeek: number | null;
  startsOn: string;
  untilOn: string;
  /** Days skipped (school holidays), AAAA-MM-JJ. */
  exdates: string[];
}

/** The n-th (or, with -1, the last) given weekday of the month that contains `monthDay`. */
function weekdayOfMonth(monthDay: string, weekday: number, monthWeek: number): string {
  const first = `${monthDay.slice(0, 7)}-01`;
  if (monthWeek > 0) {
    const firstMatch = addDays(first, (weekday - isoWeekday(first) + 7) % 7);
    return addDays(firstMatch, 7 * (monthWeek - 1));
  }
  const last = addDays(addMonths(first, 1), -1);
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

/** Every date the rule gives, from its start to its end (both included), without its skipped dates. */
export function occurrenceDates(rule: RecurrenceRule): string[] {
  const skipped = new Set(rule.exdates);
  const dates: string[] = [];
  if (rule.frequency === 'weekly') {
    for (let day = addDays(rule.startsOn, (rule.weekday - isoWeekday(rule.startsOn) + 7) % 7); day <= rule.untilOn; day = addDays(day, 7 * rule.interval)) {
      dates.push(day);
    }
  } else {
    const monthWeek = rule.monthWeek ?? 1;
    for (let month = `${rule.startsOn.slice(0, 7)}-01`; month <= rule.untilOn; month = addMonths(month, rule.interval)) {
      const day = weekdayOfMonth(month, rule.weekday, monthWeek);
      if (day >= rule.startsOn && day <= rule.untilOn) dates.push(day);
    }
  }
  return dates.filter((day) => !skipped.has(day));
}

/** The French reason a rule cannot be used, or null: ending before it starts, spanning over a year, or giving no session. */
export function ruleProblem(rule: RecurrenceRule, dates: string[]): { path: string; message: string } | null {
  if (rule.untilOn < rule.startsOn) return { path: 'rule.untilOn', message: 'La fin de la série précède son début.' };
  if (daysBetween(rule.startsOn, rule.untilOn) > MAX_SERIES_DAYS) {
    return { path: 'rule.untilOn', message: 'Une série dure un an au plus : choisissez une fin plus proche, puis prolongez-la l’an prochain par une nouvelle série.' };
  }
  if (dates.length === 0) return { path: 'rule.startsOn', message: 'Cette règle ne donne aucune séance entre le début et la fin choisis.' };
  return null;
}
