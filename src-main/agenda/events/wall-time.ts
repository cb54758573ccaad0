/*
 * Event times are the office's wall-clock time in Europe/Paris, 'AAAA-MM-JJTHH:MM' with no offset: a Wednesday 14:00
 * session stays at 14:00 across daylight-saving changes. Shared with the renderer: no Node imports.
 */

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for an existing calendar day and a 24-hour time (2025-02-30T10:00 and 2025-03-01T24:00 are not). */
export function isWallTime(value: string): boolean {
  const match = WALL_TIME.exec(value);
  if (!match) return false;
  const [, year, month, day, hours, minutes] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hours < 24 && minutes < 60;
}

const PARIS_WALL_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * False for a time the clocks skip in Paris: on the last Sunday of March they go from 02:00 to 03:00, so 02:30 that
 * night never happens (and an event "at 02:30" could not be placed in any calendar). Paris is UTC+1 or UTC+2: a time
 * exists when one of those two offsets gives it back.
 */
export function existsInParis(wallTime: string): boolean {
  const asUtc = Date.parse(`${wallTime}:00Z`);
  return [1, 2].some((hours) => PARIS_WALL_TIME.format(asUtc - hours * 3_600_000).replace(' ', 'T') === wallTime);
}

export const dayOf = (wallTime: string): string => wallTime.slice(0, 10);
export const clockOf = (wallTime: string): string => wallTime.slice(11, 16);

/** Minutes from one wall time to another (days counted in UTC, so that a clock change never shifts them). */
export function minutesBetween(from: string, to: string): number {
  return (Date.parse(`${to}:00Z`) - Date.parse(`${from}:00Z`)) / 60_000;
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  return ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

const LONG_DAY = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "mercredi 12 mars 2025" */
export function frenchLongDay(day: string): string {
  return LONG_DAY.format(new Date(`${day}T12:00:00Z`));
}

/** When an event takes place, in French: "le mercredi 12 mars 2025 de 14:00 à 16:00" (or "du … au …" over days). */
export function frenchWhen(startsAt: string, endsAt: string): string {
  if (dayOf(startsAt) === dayOf(endsAt)) return `le ${frenchLongDay(dayOf(startsAt))} de ${clockOf(startsAt)} à ${clockOf(endsAt)}`;
  return `du ${frenchLongDay(dayOf(startsAt))} ${clockOf(startsAt)} au ${frenchLongDay(dayOf(endsAt))} ${clockOf(endsAt)}`;
}
