import { Alert, Checkbox, Group, Modal, MultiSelect, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AUDIENCES, EVENT_CATEGORIES, type EventCategory, SUGGESTED_AXIS } from '../../../src-main/agenda/events/fields.ts';
import { occurrenceDates } from '../../../src-main/agenda/events/recurrence.ts';
import type { AgendaEvent, Series, SeriesChange } from '../../../src-main/agenda/events/schemas.ts';
import { isoWeekday } from '../../../src-main/agenda/events/wall-time.ts';
import { localToday } from '../../../src-main/shared/days.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { fieldErrors, notifyError, notifySuccess } from '../../app/notify.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { ResidencesMultiSelect } from '../../components/ResidenceSelect.tsx';
import { FrenchDateInput } from '../../components/FrenchDateInput.tsx';
import { useAxisOptions } from '../../federation/tfpb/axes.ts';
import { EURO_INPUT } from '../../format/money-input.ts';
import { formatDate, type Language } from '../../format/index.ts';
import { longDay } from './dates.ts';
import { defaultUntil, detailsInput, type EventFormValues, FIELD_OF_PATH, initialValues, ruleInput, timesInput } from './event-form-values.ts';

/** create (a copy of `from` when duplicating), edit one event or session, or edit a whole series from today on. */
export type EventFormMode = { kind: 'create'; from?: AgendaEvent } | { kind: 'edit'; event: AgendaEvent } | { kind: 'series'; event: AgendaEvent; series: Series };

/** The French notice after a series change, with the sessions cancelled instead of removed. */
export function useSeriesNotice() {
  const { t, i18n } = useTranslation();
  return (change: SeriesChange, message = t('agenda.events.form.seriesSaved', change)) => {
    notifySuccess(message);
    if (change.cancelledInstead.length > 0) {
      const dates = change.cancelledInstead.map((s) => formatDate(s.startsAt.slice(0, 10), i18n.language as Language)).join(', ');
      notifySuccess(t('agenda.events.form.cancelledInstead', { count: change.cancelledInstead.length, dates }));
    }
  };
}

export function EventFormModal({ mode, onClose, onSaved }: { mode: EventFormMode; onClose: () => void; onSaved: (eventId: number | null) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const axisOptions = useAxisOptions();
  const today = localToday();
  const source = mode.kind === 'create' ? mode.from : mode.event;
  const form = useForm<EventFormValues>({ mode: 'controlled', initialValues: initialValues(today, source, mode.kind === 'series' ? mode.series : undefined) });
  const rooms = useApiQuery('agenda.rooms.list', {});
  const createEvent = useApiMutation('agenda.events.create');
  const updateEvent = useApiMutation('agenda.events.update');
  const createSeries = useApiMutation('agenda.series.create');
  const updateSeries = useApiMutation('agenda.series.update');
  const seriesNotice = useSeriesNotice();
  const busy = createEvent.isPending || updateEvent.isPending || createSeries.isPending || updateSeries.isPending;
  const values = form.values;
  const field = (path: keyof EventFormValues, label: string) => ({ key: form.key(path), ...form.getInputProps(path), label });

  const roomRows = rooms.data?.rows ?? [];
  const roomOptions = roomRows.map((room) => ({ value: String(room.id), label: room.capacity ? `${room.name} (${room.capacity})` : room.name }));
  if (source?.roomId && !roomOptions.some((o) => o.value === String(source.roomId))) roomOptions.push({ value: String(source.roomId), label: source.roomName ?? '' });

  const allDates = values.repeat && values.date && values.untilOn ? occurrenceDates({ ...ruleInput(values), exdates: [] }) : [];
  const sessions = allDates.filter((day) => !values.exdates.includes(day));

  const onCategory = (value: string | null) => {
    if (!value) return;
    const category = value as EventCategory;
    form.setFieldValue('category', category);
    const suggested = SUGGESTED_AXIS[category];
    // The axis follows the category until the user picks another one.
    if (values.tfpbAxis === '' || Object.values(SUGGESTED_AXIS).map(String).includes(values.tfpbAxis)) form.setFieldValue('tfpbAxis', suggested ? String(suggested) : '');
  };
  const onRoom = (value: string | null) => {
    form.setFieldValue('roomId', value);
    const room = roomRows.find((r) => String(r.id) === value);
    if (room?.capacity && (values.capacity === '' || Number(values.capacity) > room.capacity)) form.setFieldValue('capacity', room.capacity);
  };
  const onDate = (value: string | null) => {
    form.setFieldValue('date', value ?? '');
    if (value && mode.kind !== 'series') form.setFieldValue('weekday', String(isoWeekday(value)));
    // The end follows the first day while it is still the default one.
    if (value && values.repeat && (!values.untilOn || values.untilOn < value || values.untilOn === defaultUntil(values.date))) form.setFieldValue('untilOn', defaultUntil(value));
    if (value && !values.multiDay) form.setFieldValue('endDate', value);
  };

  const onSubmit = form.onSubmit(async (formValues) => {
    const details = detailsInput(formValues);
    try {
      if (mode.kind === 'series') {
        const change = await updateSeries.mutateAsync({ ...details, id: mode.series.id, startTime: formValues.startTime, endTime: formValues.endTime, rule: ruleInput(formValues) });
        seriesNotice(change);
        onSaved(change.firstEventId);
      } else if (mode.kind === 'edit') {
        await updateEvent.mutateAsync({ ...details, ...timesInput(formValues), id: mode.event.id });
        notifySuccess(t('agenda.events.form.saved'));
        onSaved(mode.event.id);
      } else if (formValues.repeat) {
        const change = await createSeries.mutateAsync({ ...details, startTime: formValues.startTime, endTime: formValues.endTime, rule: ruleInput(formValues) });
        notifySuccess(t('agenda.events.form.seriesCreated', { count: change.created }));
        onSaved(change.firstEventId);
      } else {
        const event = await createEvent.mutateAsync({ ...details, ...timesInput(formValues) });
        notifySuccess(t('agenda.events.form.created', { title: event.title }));
        onSaved(event.id);
      }
    } catch (error) {
      form.setErrors(Object.fromEntries(Object.entries(fieldErrors(error)).map(([path, message]) => [FIELD_OF_PATH[path] ?? path, message])));
      notifyError(error);
    }
  });

  const title =
    mode.kind === 'series'
      ? t('agenda.events.form.editSeriesTitle')
      : mode.kind === 'edit'
        ? t(mode.event.seriesId ? 'agenda.events.form.editOneTitle' : 'agenda.events.form.editTitle')
        : t(mode.from ? 'agenda.events.form.duplicateTitle' : 'agenda.events.form.createTitle');
  const weekdays = t('agenda.events.weekdays', { returnObjects: true }) as string[];
  const submitLabel = mode.kind !== 'create' ? t('common.save') : values.repeat ? t('agenda.events.form.createSeries') : t('agenda.events.form.create');

  return (
    <Modal opened onClose={onClose} title={title} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {mode.kind === 'series' && <Alert color="blue">{t('agenda.events.form.editSeriesHint')}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput required data-autofocus {...field('title', t('agenda.events.form.title'))} />
            <Select
              required
              allowDeselect={false}
              data={EVENT_CATEGORIES.map((value) => ({ value, label: t(`agenda.events.categories.${value}`) }))}
              {...field('category', t('agenda.events.form.category'))}
              onChange={onCategory}
            />
          </SimpleGrid>

          <Stack gap={4}>
            <Text size="sm" fw={500} id="event-place-kind">
              {t('agenda.events.form.placeKind')}
            </Text>
            <SegmentedControl
              aria-labelledby="event-place-kind"
              value={values.placeKind}
              onChange={(value) => form.setFieldValue('placeKind', value as 'room' | 'outside')}
              data={[
                { value: 'room', label: t('agenda.events.form.inRoom') },
                { value: 'outside', label: t('agenda.events.form.outside') },
              ]}
            />
          </Stack>
          {values.placeKind === 'room' ? (
            <Select required allowDeselect={false} data={roomOptions} {...field('roomId', t('agenda.events.form.room'))} onChange={onRoom} />
          ) : (
            <TextInput required {...field('placeLabel', t('agenda.events.form.placeLabel'))} />
          )}

          {mode.kind === 'create' && <Checkbox label={t('agenda.events.form.repeat')} {...form.getInputProps('repeat', { type: 'checkbox' })} onChange={(event) => {
            const repeat = event.currentTarget.checked;
            form.setFieldValue('repeat', repeat);
            if (repeat && !values.untilOn && values.date) form.setFieldValue('untilOn', defaultUntil(values.date));
          }} />}

          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <FrenchDateInput required {...field('date', values.repeat ? t('agenda.events.form.startsOn') : t('agenda.events.form.date'))} onChange={onDate} />
            <TimeInput required {...field('startTime', t('agenda.events.form.startTime'))} />
            <TimeInput required {...field('endTime', t('agenda.events.form.endTime'))} />
          </SimpleGrid>
          {!values.repeat && (
            <Group align="flex-end">
              <Checkbox label={t('agenda.events.form.multiDay')} {...form.getInputProps('multiDay', { type: 'checkbox' })} />
              {values.multiDay && <FrenchDateInput required {...field('endDate', t('agenda.events.form.endDate'))} />}
            </Group>
          )}

          {values.repeat && (
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 1, sm: 4 }}>
                <Select
                  required
                  allowDeselect={false}
                  data={(['weekly', 'monthly'] as const).map((value) => ({ value, label: t(`agenda.events.form.frequencies.${value}`) }))}
                  {...field('frequency', t('agenda.events.form.frequency'))}
                />
                <NumberInput
                  min={1}
                  max={4}
                  allowDecimal={false}
                  suffix={` ${values.frequency === 'weekly' ? t('agenda.events.form.intervalWeeks') : t('agenda.events.form.intervalMonths')}`}
                  {...field('interval', t('agenda.events.form.interval'))}
                />
                {values.frequency === 'monthly' && (
                  <Select
                    required
                    allowDeselect={false}
                    data={(['1', '2', '3', '4', '-1'] as const).map((value) => ({ value, label: t(`agenda.events.form.monthWeeks.${value}`) }))}
                    {...field('monthWeek', t('agenda.events.form.monthWeek'))}
                  />
                )}
                <Select required allowDeselect={false} data={weekdays.map((label, index) => ({ value: String(index + 1), label }))} {...field('weekday', t('agenda.events.form.weekday'))} />
                <FrenchDateInput required {...field('untilOn', t('agenda.events.form.untilOn'))} />
              </SimpleGrid>
              <MultiSelect
                searchable
                clearable
                data={allDates.map((day) => ({ value: day, label: longDay(day, language) }))}
                {...field('exdates', t('agenda.events.form.exdates'))}
              />
              <Text size="sm" aria-live="polite">
                {sessions.length > 0
                  ? t('agenda.events.form.preview', { count: sessions.length, first: formatDate(sessions[0], language), last: formatDate(sessions[sessions.length - 1], language) })
                  : t('agenda.events.form.previewNone')}
              </Text>
            </Stack>
          )}

          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              allowDeselect={false}
              description={t('agenda.events.form.tfpbAxisHint')}
              data={[{ value: '', label: t('agenda.events.form.tfpbAxisNone') }, ...axisOptions]}
              {...field('tfpbAxis', t('agenda.events.form.tfpbAxis'))}
            />
            <Select required allowDeselect={false} data={AUDIENCES.map((value) => ({ value, label: t(`agenda.events.audiences.${value}`) }))} {...field('audience', t('agenda.events.form.audience'))} />
          </SimpleGrid>
          <ResidencesMultiSelect
            label={t('agenda.events.form.residences')}
            value={values.residenceIds}
            onChange={(ids) => form.setFieldValue('residenceIds', ids)}
            error={form.errors.residenceIds}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput description={t('agenda.events.form.qpvCodeHint')} {...field('qpvCode', t('agenda.events.form.qpvCode'))} />
            <NumberInput min={1} max={1000} allowDecimal={false} description={t('agenda.events.form.capacityHint')} {...field('capacity', t('agenda.events.form.capacity'))} />
            <NumberInput {...EURO_INPUT} description={t('agenda.events.form.priceHint')} {...field('price', t('agenda.events.form.price'))} />
            <TextInput {...field('organiser', t('agenda.events.form.organiser'))} />
            <TextInput {...field('partners', t('agenda.events.form.partners'))} />
          </SimpleGrid>
          <Textarea autosize minRows={2} {...field('description', t('agenda.events.form.description'))} />
        </Stack>
        <FormButtons submitLabel={submitLabel} busy={busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}
