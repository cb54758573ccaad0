import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconCopy, IconDoorEnter, IconPencil, IconPlayerStop, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { AgendaEvent } from '../../../src-main/agenda/events/schemas.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { axisLabel } from '../../federation/tfpb/axes.ts';
import { formatMoney, type Language } from '../../format/index.ts';
import { EventParticipants } from '../registrations/EventParticipants.tsx';
import { CancelEventModal } from './CancelEventModal.tsx';
import { CATEGORY_COLORS } from './categories.ts';
import { eventWhen } from './dates.ts';
import { EndSeriesModal } from './EndSeriesModal.tsx';
import { type EventFormMode, EventFormModal } from './EventFormModal.tsx';
import { type Scope, ScopeModal } from './ScopeModal.tsx';
import { SeriesSessions } from './SeriesSessions.tsx';

type Dialog = { kind: 'scope'; then: 'edit' | 'cancel' } | { kind: 'form'; mode: EventFormMode } | { kind: 'cancel'; seriesId: number | null } | { kind: 'end' } | null;

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={700}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  );
}

/** One event or session: its details, what can be done with it, its series, and who registered (registrations part). */
export function EventPage({ event }: { event: AgendaEvent }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [, navigate] = useLocation();
  const canWrite = useCan('agenda', 'write');
  const [dialog, setDialog] = useState<Dialog>(null);
  const series = useApiQuery('agenda.series.get', { id: event.seriesId ?? 0 }, event.seriesId !== null);
  const reinstate = useApiMutation('agenda.events.reinstate');
  const cancelled = event.status === 'cancelled';
  const inSeries = event.seriesId !== null && series.data !== undefined;

  const onScope = (scope: Scope, then: 'edit' | 'cancel') => {
    if (then === 'cancel') setDialog({ kind: 'cancel', seriesId: scope === 'series' ? event.seriesId : null });
    else setDialog({ kind: 'form', mode: scope === 'series' && series.data ? { kind: 'series', event, series: series.data } : { kind: 'edit', event } });
  };
  const onReinstate = async () => {
    try {
      await reinstate.mutateAsync({ id: event.id });
      notifySuccess(t('agenda.events.page.reinstated'));
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Stack>
      <Anchor component={Link} href="/" size="sm">
        {t('agenda.events.page.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} td={cancelled ? 'line-through' : undefined}>
            {event.title}
          </Title>
          <Group gap="xs">
            <Badge color={`${CATEGORY_COLORS[event.category]}.9`} variant="outline">
              {t(`agenda.events.categories.${event.category}`)}
            </Badge>
            {cancelled && (
              <Badge color="red.9" variant="outline">
                {t('agenda.events.cancelledBadge')}
              </Badge>
            )}
            {event.seriesId !== null && (
              <Badge color="gray.9" variant="outline">
                {t('agenda.events.page.seriesBadge')}
              </Badge>
            )}
            {event.detached && (
              <Badge color="gray.9" variant="outline">
                {t('agenda.events.page.detachedBadge')}
              </Badge>
            )}
          </Group>
        </Stack>
        <Button component={Link} href={`/evenements/${event.id}/pointage`} leftSection={<IconDoorEnter size={16} aria-hidden />} disabled={cancelled}>
          {t('agenda.events.page.checkIn')}
        </Button>
      </Group>

      {canWrite && (
        <Group gap="xs">
          <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => (inSeries ? setDialog({ kind: 'scope', then: 'edit' }) : onScope('one', 'edit'))}>
            {t('agenda.events.page.edit')}
          </Button>
          <Button variant="default" leftSection={<IconCopy size={16} aria-hidden />} onClick={() => setDialog({ kind: 'form', mode: { kind: 'create', from: event } })}>
            {t('agenda.events.page.duplicate')}
          </Button>
          {cancelled ? (
            <Button variant="default" leftSection={<IconArrowBackUp size={16} aria-hidden />} loading={reinstate.isPending} onClick={onReinstate}>
              {t('agenda.events.page.reinstate')}
            </Button>
          ) : (
            <Button variant="default" color="red.9" leftSection={<IconX size={16} aria-hidden />} onClick={() => (inSeries ? setDialog({ kind: 'scope', then: 'cancel' }) : onScope('one', 'cancel'))}>
              {t('agenda.events.page.cancel')}
            </Button>
          )}
          {inSeries && (
            <Button variant="default" leftSection={<IconPlayerStop size={16} aria-hidden />} onClick={() => setDialog({ kind: 'end' })}>
              {t('agenda.events.page.endSeries')}
            </Button>
          )}
        </Group>
      )}

      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <Detail label={t('agenda.events.page.when')}>{eventWhen(event, language)}</Detail>
          <Detail label={t('agenda.events.page.place')}>{event.place}</Detail>
          <Detail label={t('agenda.events.page.audience')}>{t(`agenda.events.audiences.${event.audience}`)}</Detail>
          {event.residences.length > 0 && <Detail label={t('agenda.events.page.residences')}>{event.residences.map((r) => r.name).join(', ')}</Detail>}
          {(event.qpvCode || event.residences.some((r) => r.qpvCode)) && (
            <Detail label={t('agenda.events.page.qpv')}>{event.qpvCode ?? [...new Set(event.residences.map((r) => r.qpvCode).filter(Boolean))].join(', ')}</Detail>
          )}
          <Detail label={t('agenda.events.page.capacity')}>{event.capacity === null ? t('agenda.events.page.unlimited') : String(event.capacity)}</Detail>
          <Detail label={t('agenda.events.page.registrations')}>
            {t('agenda.events.page.registrationsText', { confirmed: event.confirmedSeats, waiting: event.waitingCount, attended: event.attendedCount })}
          </Detail>
          <Detail label={t('agenda.events.page.price')}>{event.priceCents > 0 ? formatMoney(event.priceCents, language) : t('agenda.events.page.free')}</Detail>
          {event.tfpbAxis !== null && <Detail label={t('agenda.events.page.axis')}>{axisLabel(t, event.tfpbAxis)}</Detail>}
          {event.organiser && <Detail label={t('agenda.events.page.organiser')}>{event.organiser}</Detail>}
          {event.partners && <Detail label={t('agenda.events.page.partners')}>{event.partners}</Detail>}
          {cancelled && event.cancelReason && <Detail label={t('agenda.events.page.cancelReason')}>{event.cancelReason}</Detail>}
        </SimpleGrid>
        {event.description && (
          <Stack mt="md" gap={0}>
            <Detail label={t('agenda.events.page.description')}>{event.description}</Detail>
          </Stack>
        )}
      </Paper>

      <EventParticipants eventId={event.id} />

      {series.data && <SeriesSessions series={series.data} currentId={event.id} />}

      {dialog?.kind === 'scope' && (
        <ScopeModal
          title={t(dialog.then === 'edit' ? 'agenda.events.scope.editTitle' : 'agenda.events.scope.cancelTitle')}
          onClose={() => setDialog(null)}
          onChoose={(scope) => onScope(scope, dialog.then)}
        />
      )}
      {dialog?.kind === 'form' && (
        <EventFormModal
          mode={dialog.mode}
          onClose={() => setDialog(null)}
          onSaved={(eventId) => {
            setDialog(null);
            if (eventId !== null && eventId !== event.id) navigate(`/evenements/${eventId}`);
          }}
        />
      )}
      {dialog?.kind === 'cancel' && <CancelEventModal eventId={event.id} seriesId={dialog.seriesId} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'end' && event.seriesId !== null && <EndSeriesModal seriesId={event.seriesId} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
