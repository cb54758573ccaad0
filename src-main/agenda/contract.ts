import { eventsContract } from './events/contract.ts';
import { registrationsContract } from './registrations/contract.ts';

/**
 * The agenda (module 'agenda'): rooms, events and recurring series, calendar views, iCalendar and printed
 * programmes; registrations with waiting lists, attendance at the door and attendance sheets.
 */
export const agendaContract = {
  ...eventsContract,
  ...registrationsContract,
};
