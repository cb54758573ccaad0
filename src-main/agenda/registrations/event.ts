import type { Clock } from '../../core/clock.ts';
import { AppError } from '../../core/errors.ts';
import { frenchDate } from '../../shared/days.ts';
import type { AgendaEvent } from '../events/schemas.ts';
import type { EventBrief } from './contract.ts';

/*
 * The event a registration is for, as this part uses it: read with the events part's reader
 * (events/repository.ts getEvent, selectEvents), shown to the registration screens as a brief.
 */

/** What the registration screens show of an event (the contract's eventBrief). */
export const eventBrief = ({ id, title, seriesId, startsAt, endsAt, audience, capacity, priceCents, status, place }: AgendaEvent): EventBrief => ({
  id,
  title,
  seriesId,
  startsAt,
  endsAt,
  audience,
  capacity,
  priceCents,
  status,
  place,
});

/** A cancelled event takes no registration, check-in or promotion. */
export function assertPlanned(event: AgendaEvent): void {
  if (event.status === 'cancelled') {
    throw new AppError('CONFLICT', `« ${event.title} » du ${eventDay(event)} est annulé : il ne prend plus d’inscriptions ni de pointage.`);
  }
}

/**
 * The office's wall-clock time now, as events store it ('AAAA-MM-JJTHH:MM', no offset): events are compared with it
 * to tell upcoming from past.
 */
export function wallClockNow(clock: Clock): string {
  const now = clock.now();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** "12/03/2026 à 14:00": how messages and receipts name an occurrence. */
export const eventDay = (event: Pick<AgendaEvent, 'startsAt'>) => `${frenchDate(event.startsAt.slice(0, 10))} à ${event.startsAt.slice(11, 16)}`;
