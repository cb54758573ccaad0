import { Checkbox, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../src-main/conciergerie/till/kinds.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { PaymentMethodField } from '../../conciergerie/till/PaymentMethodField.tsx';
import { formatMoney, type Language } from '../../format/index.ts';
import { personName } from '../../households/format.ts';
import { formatEventStart } from '../events/dates.ts';

interface Values {
  eventId: string | null;
  who: string;
  wholeSeries: boolean;
  paymentMethod: PaymentMethod | null;
  audienceOverride: string;
}

const k = 'agenda.registrations.household';
const WHOLE = 'household';

/** From the household page: registers one of its people, or the whole household, to an upcoming event. */
export function HouseholdRegisterModal({ householdId, onClose, onDone }: { householdId: number; onClose: () => void; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const events = useApiQuery('agenda.registrations.openEvents', { householdId });
  const household = useApiQuery('households.get', { id: householdId });
  const register = useApiMutation('agenda.registrations.register');
  const form = useForm<Values>({ initialValues: { eventId: null, who: WHOLE, wholeSeries: false, paymentMethod: null, audienceOverride: '' } });
  const chosen = events.data?.find((e) => String(e.id) === form.values.eventId) ?? null;
  const people = household.data?.people ?? [];

  const option = (e: NonNullable<typeof events.data>[number]) => {
    const seats =
      e.summary.freeSeats === null
        ? t(`${k}.optionNoLimit`)
        : e.summary.freeSeats === 0
          ? t(`${k}.optionFull`, { count: e.summary.waitingRegistrations })
          : t(`${k}.optionFree`, { count: e.summary.freeSeats });
    return `${formatEventStart(e.startsAt, language)} — ${e.title} (${seats}${e.eligible ? '' : `, ${t(`${k}.notEligible`)}`})`;
  };

  const submit = form.onSubmit(async (values) => {
    if (!values.eventId) {
      form.setFieldError('eventId', t(`${k}.chooseEvent`));
      return;
    }
    const who = values.who === WHOLE ? { kind: 'household' as const, householdId, seats: null } : { kind: 'person' as const, personId: Number(values.who) };
    const done = await submitWithErrors(form, () =>
      register.mutateAsync({
        eventId: Number(values.eventId),
        who,
        wholeSeries: values.wholeSeries,
        paymentMethod: values.paymentMethod,
        audienceOverride: values.audienceOverride.trim() || null,
      }),
    );
    if (!done) return;
    notifySuccess(done.message);
    onDone(done.message);
  });

  return (
    <Modal opened onClose={onClose} title={t(`${k}.registerTitle`)} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t(`${k}.event`)}
            description={t(`${k}.eventHint`)}
            data={(events.data ?? []).map((e) => ({ value: String(e.id), label: option(e) }))}
            searchable
            required
            data-autofocus
            {...form.getInputProps('eventId')}
          />
          <Select
            label={t(`${k}.who`)}
            data={[{ value: WHOLE, label: t(`${k}.wholeHousehold`, { count: people.length }) }, ...people.map((p) => ({ value: String(p.id), label: personName(p) }))]}
            allowDeselect={false}
            {...form.getInputProps('who')}
          />
          {chosen?.seriesId && <Checkbox label={t(`${k}.wholeSeries`)} {...form.getInputProps('wholeSeries', { type: 'checkbox' })} />}
          {chosen && chosen.priceCents > 0 && (
            <>
              <Text size="sm">{t('agenda.registrations.form.paid', { price: formatMoney(chosen.priceCents, language) })}</Text>
              <PaymentMethodField value={form.values.paymentMethod} onChange={(method) => form.setFieldValue('paymentMethod', method)} error={form.errors.paymentMethod} required={false} />
            </>
          )}
          {(form.errors.audienceOverride || form.values.audienceOverride) && (
            <TextInput label={t('agenda.registrations.form.override')} description={t('agenda.registrations.form.overrideHint')} {...form.getInputProps('audienceOverride')} />
          )}
        </Stack>
        <FormButtons submitLabel={t('agenda.registrations.form.submit')} busy={register.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
