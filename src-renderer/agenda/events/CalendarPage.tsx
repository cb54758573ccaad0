import { Alert, Button, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { IconCalendarDown, IconChevronLeft, IconChevronRight, IconFileTypePdf, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { EVENT_CATEGORIES, type EventCategory } from '../../../src-main/agenda/events/fields.ts';
import { localToday } from '../../../src-main/shared/days.ts';
import { call } from '../../api/client.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { ResidenceSelect } from '../../components/ResidenceSelect.tsx';
import { downloadText } from '../../components/download.ts';
import type { Language } from '../../format/index.ts';
import { type CalendarView, monthTitle, monthWeeks, shift, shortDay, weekDays } from './dates.ts';
import { EventFormModal } from './EventFormModal.tsx';
import { EventList } from './EventList.tsx';
import { MonthGrid } from './MonthGrid.tsx';
import { ProgrammeModal } from './ProgrammeModal.tsx';
import { useRoomOptions } from './useRoomOptions.ts';
import { WeekView } from './WeekView.tsx';

interface CalendarState {
  view: CalendarView;
  day: string;
  residenceId: number | null;
  category: EventCategory | null;
  roomId: number | null;
}

// Kept while the app runs, so that coming back from an event's page shows the same period and filters.
let remembered: CalendarState | null = null;

/** The agenda: month, week and list views, filters, the new-event form, the iCalendar export and the printed programme. */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [, navigate] = useLocation();
  const canWrite = useCan('agenda', 'write');
  const today = localToday();
  const [state, setStateRaw] = useState<CalendarState>(() => remembered ?? { view: 'month', day: today, residenceId: null, category: null, roomId: null });
  const setState = (change: Partial<CalendarState>) =>
    setStateRaw((current) => {
      remembered = { ...current, ...change };
      return remembered;
    });
  const [creating, setCreating] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const { view, day, residenceId, category, roomId } = state;
  const filters = { residenceId, category, roomId };

  const days = view === 'week' ? weekDays(day) : monthWeeks(day).flat();
  const range = useApiQuery('agenda.events.range', { from: days[0]!, to: days[days.length - 1]!, ...filters }, view !== 'list');
  const rooms = useRoomOptions(true);
  const events = range.data?.rows ?? [];
  const period = view === 'week' ? t('agenda.events.weekOf', { from: shortDay(days[0]!, language), to: shortDay(days[6]!, language) }) : monthTitle(day, language);

  const exportIcs = async () => {
    setExporting(true);
    try {
      const file = await call('agenda.calendar.ics', { residenceId });
      downloadText(file.fileName, file.text, 'text/calendar;charset=utf-8');
      notifySuccess(t('agenda.events.publish.icsDone', { count: file.count }));
    } catch (error) {
      notifyError(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('agenda.events.calendarTitle')}</Title>
        <Group>
          <Button variant="default" leftSection={<IconCalendarDown size={16} aria-hidden />} loading={exporting} onClick={exportIcs} title={t('agenda.events.publish.icsHint')}>
            {t('agenda.events.publish.ics')}
          </Button>
          <Button variant="default" leftSection={<IconFileTypePdf size={16} aria-hidden />} onClick={() => setPrinting(true)}>
            {t('agenda.events.publish.programme')}
          </Button>
          {canWrite && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('agenda.events.newEvent')}
            </Button>
          )}
        </Group>
      </Group>

      <Group align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="agenda-view-label">
            {t('agenda.events.views.label')}
          </Text>
          <SegmentedControl
            aria-labelledby="agenda-view-label"
            value={view}
            onChange={(value) => setState({ view: value as CalendarView })}
            data={(['month', 'week', 'list'] as const).map((value) => ({ value, label: t(`agenda.events.views.${value}`) }))}
          />
        </Stack>
        <ResidenceSelect label={t('agenda.events.filters.residence')} allLabel={t('agenda.events.filters.allResidences')} value={residenceId} onChange={(id) => setState({ residenceId: id })} />
        <Select
          label={t('agenda.events.filters.category')}
          allowDeselect={false}
          data={[{ value: 'all', label: t('agenda.events.filters.allCategories') }, ...EVENT_CATEGORIES.map((value) => ({ value, label: t(`agenda.events.categories.${value}`) }))]}
          value={category ?? 'all'}
          onChange={(value) => setState({ category: value === 'all' || value === null ? null : (value as EventCategory) })}
        />
        <Select
          label={t('agenda.events.filters.room')}
          allowDeselect={false}
          data={[{ value: 'all', label: t('agenda.events.filters.allRooms') }, ...rooms]}
          value={roomId === null ? 'all' : String(roomId)}
          onChange={(value) => setState({ roomId: value === 'all' || value === null ? null : Number(value) })}
        />
      </Group>
      {residenceId !== null && (
        <Text size="sm" c="gray.7">
          {t('agenda.events.filters.residenceHint')}
        </Text>
      )}

      {view === 'list' ? (
        <EventList from={today} filters={filters} />
      ) : (
        <>
          <Group justify="space-between">
            <Title order={2} size="h3" aria-live="polite">
              {period}
            </Title>
            <Group gap="xs">
              <Button variant="default" aria-label={t(`agenda.events.previous.${view}`)} onClick={() => setState({ day: shift(view, day, -1) })}>
                <IconChevronLeft size={18} aria-hidden />
              </Button>
              <Button variant="default" onClick={() => setState({ day: today })}>
                {t('agenda.events.today')}
              </Button>
              <Button variant="default" aria-label={t(`agenda.events.next.${view}`)} onClick={() => setState({ day: shift(view, day, 1) })}>
                <IconChevronRight size={18} aria-hidden />
              </Button>
            </Group>
          </Group>
          {range.error && <Alert color="red">{range.error.message}</Alert>}
          {view === 'month' ? (
            <MonthGrid day={day} today={today} events={events} onShowWeek={(date) => setState({ view: 'week', day: date })} />
          ) : (
            <WeekView day={day} today={today} events={events} />
          )}
          {range.data && events.length === 0 && <Text>{t('agenda.events.noEventInPeriod')}</Text>}
        </>
      )}

      {creating && (
        <EventFormModal
          mode={{ kind: 'create' }}
          onClose={() => setCreating(false)}
          onSaved={(eventId) => {
            setCreating(false);
            if (eventId !== null) navigate(`/evenements/${eventId}`);
          }}
        />
      )}
      {printing && <ProgrammeModal residenceId={residenceId} onClose={() => setPrinting(false)} />}
    </Stack>
  );
}
