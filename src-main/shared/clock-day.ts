/*
 * Moments are stamped in UTC (ISO date-time: payments, check-ins, copies created); the office counts and reads them by
 * its own calendar day and clock, those of the PC. These helpers turn one into the other.
 */

/** The UTC instants [start, end) of a local calendar day (AAAA-MM-JJ), daylight-saving days included. */
export function localDayRange(day: string): { start: string; end: string } {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return { start: new Date(year, month - 1, date).toISOString(), end: new Date(year, month - 1, date + 1).toISOString() };
}

const DATE_TIME = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });
const TIME = new Intl.DateTimeFormat('fr-FR', { timeStyle: 'short' });

/** "23/11/2026 14:05", local time: on receipts and in messages. */
export const frenchDateTime = (iso: string) => DATE_TIME.format(new Date(iso));

/** "14:05", local time. */
export const frenchTime = (iso: string) => TIME.format(new Date(iso));
