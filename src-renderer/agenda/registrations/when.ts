import type { Language } from '../../format/index.ts';

const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;

/**
 * An event's wall-clock start ('AAAA-MM-JJTHH:MM', Paris time as stored) as "mer. 04/03/2026 14:00": read as
 * given, never shifted by the PC's time zone.
 */
export function formatEventStart(startsAt: string, language: Language = 'fr'): string {
  const [date, time] = startsAt.split('T') as [string, string];
  const day = new Date(`${date}T12:00:00Z`);
  const weekday = new Intl.DateTimeFormat(LOCALES[language], { weekday: 'short', timeZone: 'UTC' }).format(day);
  const numeric = new Intl.DateTimeFormat(LOCALES[language], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(day);
  return `${weekday} ${numeric} ${time.slice(0, 5)}`;
}
