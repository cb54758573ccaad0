import type { Clock } from '../core/clock.ts';

/**
 * Day arithmetic on ISO dates (AAAA-MM-JJ), done in UTC so that daylight-saving changes never shift a day.
 * "Today" is the office's calendar day: the local date of the PC it runs on.
 */
export function todayIso(clock: Clock): string {
  const now = clock.now();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

export interface ContactSchedule {
  /** The last contact that reached the person, or null. */
  lastReachedOn: string | null;
  startedOn: string;
  everyDays: number;
}

/**
 * When the next contact is due: the interval counted from the last contact that reached the person (an unanswered
 * call does not tell that the person is well), or from the start of the follow-up when nobody was reached yet.
 * Overdue when that date is before today; overdueDays is 0 when on time.
 */
export function contactDue(schedule: ContactSchedule, today: string): { nextContactDue: string; overdue: boolean; overdueDays: number } {
  const nextContactDue = addDays(schedule.lastReachedOn ?? schedule.startedOn, schedule.everyDays);
  const late = daysBetween(nextContactDue, today);
  return { nextContactDue, overdue: late > 0, overdueDays: Math.max(0, late) };
}
