import { addDays, daysBetween } from '../shared/days.ts';

interface ContactSchedule {
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
