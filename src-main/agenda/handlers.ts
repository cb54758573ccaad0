import type { Handlers } from '../core/dispatch.ts';
import type { agendaContract } from './contract.ts';
import { eventsHandlers } from './events/handlers.ts';
import { registrationsHandlers } from './registrations/handlers.ts';

export const agendaHandlers: Handlers<typeof agendaContract> = {
  ...eventsHandlers,
  ...registrationsHandlers,
};
