import type { agendaFr } from './text.fr.ts';
import { eventsEn } from './events/text.en.ts';
import { registrationsEn } from './registrations/text.en.ts';

export const agendaEn: typeof agendaFr = {
  title: 'Agenda',
  forbidden: 'Your role gives no access to the agenda.',
  nav: { label: 'Agenda', calendar: 'Calendar', rooms: 'Rooms' },
  events: eventsEn,
  registrations: registrationsEn,
};
