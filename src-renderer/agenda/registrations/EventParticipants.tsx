import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifyError } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { AttachGuestModal } from './AttachGuestModal.tsx';
import { CancelModal } from './CancelModal.tsx';
import { PayModal } from './PayModal.tsx';
import { RegisterModal } from './RegisterModal.tsx';
import { CancelledTable, ConfirmedTable, type Registration, WaitingTable } from './RegistrationTables.tsx';
import { OutcomeMessage } from './OutcomeMessage.tsx';
import type { RowAction } from './RowButtons.tsx';
import { SeatsModal } from './SeatsModal.tsx';
import { SummaryBadges } from './SummaryBadges.tsx';

const k = 'agenda.registrations';

/** The registrations, waiting list and attendance of one event, shown on the event's page. */
export function EventParticipants({ eventId }: { eventId: number }) {
  const { t } = useTranslation();
  const canWrite = useCan('agenda', 'write');
  const list = useApiQuery('agenda.registrations.list', { eventId });
  const setAttended = useApiMutation('agenda.registrations.setAttended');
  const [registering, setRegistering] = useState(false);
  // The row action under way (pay, seats, attach, cancel) and its registration.
  const [acting, setActing] = useState<{ action: RowAction; registration: Registration } | null>(null);
  const [showCancelled, setShowCancelled] = useState(false);
  // The last outcome ("Complet : … position 2", "… passe de la liste d’attente aux inscrits"), kept in view.
  const [message, setMessage] = useState<string | null>(null);
  if (!list.data) return null;
  const { event, summary, confirmed, waiting, cancelled, laterSessions } = list.data;
  const open = event.status === 'planned';

  const tick = (registration: Registration, attended: boolean) => {
    setAttended.mutate({ id: registration.id, attended }, { onError: notifyError });
  };
  const onAction = (action: RowAction, registration: Registration) => setActing({ action, registration });
  const close = () => setActing(null);
  const done = (next: string) => {
    setMessage(next);
    setRegistering(false);
    setActing(null);
  };

  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t(`${k}.title`)}
          </Title>
          <Group gap="xs">
            {canWrite && open && (
              <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setRegistering(true)}>
                {t(`${k}.actions.register`)}
              </Button>
            )}
            <DownloadButton method="agenda.registrations.sheetPdf" input={{ eventId }} label={t(`${k}.actions.sheet`)} />
          </Group>
        </Group>
        <SummaryBadges summary={summary} />
        <OutcomeMessage message={message} onClose={() => setMessage(null)} />

        <Title order={3} size="h4">
          {t(`${k}.lists.confirmed`)} ({confirmed.length})
        </Title>
        <ConfirmedTable rows={confirmed} priceCents={event.priceCents} canWrite={canWrite && open} onAttended={tick} onAction={onAction} />

        <Title order={3} size="h4">
          {t(`${k}.lists.waiting`)} ({waiting.length})
        </Title>
        <WaitingTable rows={waiting} canWrite={canWrite && open} onAction={onAction} />

        {cancelled.length > 0 && (
          <>
            <Group>
              <Button variant="subtle" onClick={() => setShowCancelled((shown) => !shown)} aria-expanded={showCancelled}>
                {showCancelled ? t(`${k}.lists.hideCancelled`) : t(`${k}.lists.showCancelled`, { count: cancelled.length })}
              </Button>
            </Group>
            {showCancelled && <CancelledTable rows={cancelled} />}
          </>
        )}
      </Stack>
      {registering && <RegisterModal event={event} laterSessions={laterSessions} onClose={() => setRegistering(false)} onDone={done} />}
      {acting?.action === 'cancel' && <CancelModal registration={acting.registration} inSeries={laterSessions > 0} onClose={close} onDone={done} />}
      {acting?.action === 'pay' && <PayModal registration={acting.registration} onClose={close} />}
      {acting?.action === 'seats' && <SeatsModal registration={acting.registration} priceCents={event.priceCents} summary={summary} onClose={close} onDone={done} />}
      {acting?.action === 'attach' && <AttachGuestModal registration={acting.registration} onClose={close} onDone={done} />}
    </Paper>
  );
}
