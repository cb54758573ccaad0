import { call } from './helpers.ts';
import { staffedOffice } from './staffed-office.ts';

export { seedEvent, seedSeries, setCapacity } from './agenda-registrations-seeds.ts';

/* An agenda office for the registrations tests: the real backend on a temp folder, a clock the test moves, a counter operator. */

export const OPERATOR = { login: 'accueil', password: 'mot-de-passe-accueil', displayName: 'Inès Accueil' };

export const agendaOffice = (day = '2026-03-02') => staffedOffice(day, OPERATOR);

/** A read-only account of the office, signed in: it may read the agenda, never write to it. */
export async function readerOf(office: Awaited<ReturnType<typeof agendaOffice>>) {
  await call(office.admin, 'staff.create', { login: 'lecture', displayName: 'Lou Lecture', role: 'readonly', password: 'mot-de-passe-lecture' });
  const reader = office.backend.connect();
  await call(reader, 'auth.login', { login: 'lecture', password: 'mot-de-passe-lecture' });
  return reader;
}
