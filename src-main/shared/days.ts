import type { Clock } from '../core/clock.ts';

/**
 * Day arithmetic on ISO dates (AAAA-MM-JJ), done in UTC so that daylight-saving changes never shift a day.
 * "Today" is the office's calendar day: the local date of the PC it runs on.
 */
export function todayIso(clock: Clock): string {
  return localToday(clock.now());
}

/** The local calendar day of a moment (now by default) as AAAA-MM-JJ: the screens' "today". */
export function localToday(now: Date = new Date()): string {
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

/** The same day `months` months later, clamped to the month's last day (31 January + 1 month = 28 or 29 February). */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** An ISO date as printed in French documents and messages: 2026-11-23 → 23/11/2026; null → "—". */
export const frenchDate = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '—');
