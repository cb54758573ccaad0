import { addDays, addMonths } from '../../../src-main/shared/days.ts';
import { clockOf, dayOf, isoWeekday } from '../../../src-main/agenda/events/wall-time.ts';
import type { Language } from '../../format/index.ts';

/* Calendar arithmetic and formats of the agenda screens: weeks start on Monday, times are 24-hour wall-clock times. */

export type CalendarView = 'month' | 'week' | 'list';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };
const noon = (day: string) => new Date(`${day}T12:00:00Z`);

const mondayOf = (day: string) => addDays(day, 1 - isoWeekday(day));

/** The weeks (Monday to Sunday) that show a month, from the week of its 1st to the week of its last day. */
export function monthWeeks(anyDayOfMonth: string): string[][] {
  const first = `${anyDayOfMonth.slice(0, 7)}-01`;
  const last = addDays(addMonths(first, 1), -1);
  const weeks: string[][] = [];
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7)) weeks.push(Array.from({ length: 7 }, (_, i) => addDays(monday, i)));
  return weeks;
}

export const weekDays = (day: string) => Array.from({ length: 7 }, (_, i) => addDays(mondayOf(day), i));

/** The anchor day one period earlier or later. */
export const shift = (view: CalendarView, day: string, step: number) => (view === 'week' ? addDays(day, 7 * step) : addMonths(`${day.slice(0, 7)}-01`, step));

export const monthTitle = (day: string, language: Language) =>
  new Intl.DateTimeFormat(LOCALES[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(noon(day)).replace(/^./, (c) => c.toUpperCase());

export const longDay = (day: string, language: Language) =>
  new Intl.DateTimeFormat(LOCALES[language], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(noon(day));

export const shortDay = (day: string, language: Language) =>
  new Intl.DateTimeFormat(LOCALES[language], { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(noon(day));

/** "mercredi 11 mars 2026, 14:00–16:00" (with the end day when it ends another day). */
export function eventWhen(event: { startsAt: string; endsAt: string }, language: Language): string {
  const start = `${longDay(dayOf(event.startsAt), language)}, ${clockOf(event.startsAt)}`;
  return dayOf(event.startsAt) === dayOf(event.endsAt) ? `${start}–${clockOf(event.endsAt)}` : `${start} → ${longDay(dayOf(event.endsAt), language)}, ${clockOf(event.endsAt)}`;
}

export const timeSpan = (event: { startsAt: string; endsAt: string }) => `${clockOf(event.startsAt)}–${clockOf(event.endsAt)}`;

/** The month's value (AAAA-MM) for the months around a day: two before, twelve after. */
export function monthsAround(day: string): string[] {
  return Array.from({ length: 15 }, (_, i) => addMonths(`${day.slice(0, 7)}-01`, i - 2).slice(0, 7));
}

/** "mer. 04/03/2026 14:00": an event's start, short, read as stored (never shifted by the PC's time zone). */
export function formatEventStart(startsAt: string, language: Language = 'fr'): string {
  const day = noon(dayOf(startsAt));
  const weekday = new Intl.DateTimeFormat(LOCALES[language], { weekday: 'short', timeZone: 'UTC' }).format(day);
  const numeric = new Intl.DateTimeFormat(LOCALES[language], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(day);
  return `${weekday} ${numeric} ${clockOf(startsAt)}`;
}
