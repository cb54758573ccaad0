import { eventsFr } from './events/text.fr.ts';
import { registrationsFr } from './registrations/text.fr.ts';

/** French strings of the agenda screens (i18n key "agenda"). */
export const agendaFr = {
  title: 'Agenda',
  forbidden: 'Votre rôle ne donne pas accès à l’agenda.',
  nav: { label: 'Agenda', calendar: 'Calendrier', rooms: 'Salles' },
  events: eventsFr,
  registrations: registrationsFr,
};
