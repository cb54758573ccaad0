import { useTranslation } from 'react-i18next';
import { Route } from 'wouter';
import { ModuleFrame } from '../components/ModuleFrame.tsx';
import { CalendarPage } from './events/CalendarPage.tsx';
import { EventFromRoute } from './events/EventFromRoute.tsx';
import { RoomsPage } from './events/RoomsPage.tsx';
import { AttendanceDesk } from './registrations/AttendanceDesk.tsx';

/** The agenda, under /agenda: calendar (month, week, list), an event's page, the door check-in, rooms. */
export function AgendaRoutes() {
  const { t } = useTranslation();
  const links = [
    { path: '/', label: t('agenda.nav.calendar') },
    { path: '/salles', label: t('agenda.nav.rooms') },
  ];
  return (
    <ModuleFrame module="agenda" title={t('agenda.title')} forbidden={t('agenda.forbidden')} linksLabel={t('agenda.nav.label')} links={links}>
      <Route path="/">
        <CalendarPage />
      </Route>
      <Route path="/evenements/:id/pointage">
        <AttendanceDesk />
      </Route>
      <Route path="/evenements/:id">
        <EventFromRoute />
      </Route>
      <Route path="/salles">
        <RoomsPage />
      </Route>
    </ModuleFrame>
  );
}
