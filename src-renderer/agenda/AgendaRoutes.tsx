import { Alert, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { useCan } from '../auth/AuthContext.ts';
import { SectionLinks } from '../components/SectionLinks.tsx';
import { CalendarPage } from './events/CalendarPage.tsx';
import { EventFromRoute } from './events/EventFromRoute.tsx';
import { RoomsPage } from './events/RoomsPage.tsx';
import { AttendanceDesk } from './registrations/AttendanceDesk.tsx';

const LINKS = [
  { path: '/', key: 'calendar' },
  { path: '/salles', key: 'rooms' },
] as const;

/** The agenda, under /agenda: calendar (month, week, list), an event's page, the door check-in, rooms. */
export function AgendaRoutes() {
  const { t } = useTranslation();
  if (!useCan('agenda')) {
    return (
      <>
        <Title order={1} mb="md">
          {t('agenda.title')}
        </Title>
        <Alert icon={<IconLock aria-hidden />} color="gray" variant="light">
          {t('agenda.forbidden')}
        </Alert>
      </>
    );
  }
  return (
    <>
      <SectionLinks label={t('agenda.nav.label')} links={LINKS.map((link) => ({ path: link.path, label: t(`agenda.nav.${link.key}`) }))} />
      <Switch>
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
        <Route>
          <Title order={1}>404</Title>
        </Route>
      </Switch>
    </>
  );
}
