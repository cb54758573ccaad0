import { staffedOffice } from './staffed-office.ts';

export { seedEvent, seedSeries, setCapacity } from './agenda-registrations-seeds.ts';

/* An agenda office for the registrations tests: the real backend on a temp folder, a clock the test moves, a counter operator. */

export const OPERATOR = { login: 'accueil', password: 'mot-de-passe-accueil', displayName: 'Inès Accueil' };

export const agendaOffice = (day = '2026-03-02') => staffedOffice(day, OPERATOR);
