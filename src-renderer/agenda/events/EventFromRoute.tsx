import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { useApiQuery } from '../../api/hooks.ts';
import { EventPage } from './EventPage.tsx';

/** /agenda/evenements/:id */
export function EventFromRoute() {
  const { t } = useTranslation();
  const id = Number(useParams<{ id: string }>().id);
  const event = useApiQuery('agenda.events.get', { id }, Number.isInteger(id) && id > 0);
  if (event.error) return <Alert color="red">{event.error.message}</Alert>;
  if (!event.data) return <Loader aria-label={t('common.loading')} />;
  return <EventPage event={event.data} />;
}
