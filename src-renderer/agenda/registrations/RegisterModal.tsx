import { Button, Checkbox, Group, Modal, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../src-main/conciergerie/till/kinds.ts';
import type { Output } from '../../api/client.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { PaymentMethodField } from '../../conciergerie/till/PaymentMethodField.tsx';
import { useFormats } from '../../format/useFormats.ts';
import { type Candidate, PersonSearch } from './PersonSearch.tsx';

type Kind = 'person' | 'household' | 'guest';
type EventBrief = Output<'agenda.registrations.list'>['event'];

interface Values {
  seats: number | string;
  guestName: string;
  guestPhone: string;
  wholeSeries: boolean;
  paymentMethod: PaymentMethod | null;
  audienceOverride: string;
  notes: string;
}

interface Props {
  event: EventBrief;
  laterSessions: number;
  onClose: () => void;
  /** The backend's sentence: "Complet : … en liste d’attente …, position 2." */
  onDone: (message: string) => void;
}

/** Registers a person on file, a whole household or someone not yet known to one event (or its whole series). */
export function RegisterModal({ event, laterSessions, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { money } = useFormats();
  const k = 'agenda.registrations.form';
  const register = useApiMutation('agenda.registrations.register');
  const [kind, setKind] = useState<Kind>('person');
  const [picked, setPicked] = useState<Candidate | null>(null);
  const form = useForm<Values>({
    initialValues: { seats: 1, guestName: '', guestPhone: '', wholeSeries: false, paymentMethod: null, audienceOverride: '', notes: '' },
  });
  const overrideAsked = Boolean(form.errors.audienceOverride) || form.values.audienceOverride !== '';
  const [pickError, setPickError] = useState<string | null>(null);

  const pick = (candidate: Candidate) => {
    setPicked(candidate);
    setPickError(null);
    form.setFieldValue('seats', candidate.householdSize);
  };
  const who = () => {
    if (kind === 'guest') return { kind, name: form.values.guestName, phone: form.values.guestPhone };
    if (!picked) return null;
    return kind === 'person' ? { kind, personId: picked.personId } : { kind, householdId: picked.householdId, seats: Number(form.values.seats) || null };
  };

  const submit = form.onSubmit(async (values) => {
    const chosen = who();
    if (!chosen) {
      setPickError(t(`${k}.pickFirst`));
      return;
    }
    const done = await submitWithErrors(form, () =>
      register.mutateAsync({
        eventId: event.id,
        who: chosen,
        wholeSeries: values.wholeSeries,
        paymentMethod: values.paymentMethod,
        audienceOverride: values.audienceOverride.trim() || null,
        notes: values.notes,
      }),
    );
    if (!done) return;
    notifySuccess(done.message);
    onDone(done.message);
  });

  return (
    <Modal opened onClose={onClose} title={t(`${k}.title`, { title: event.title })} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Radio.Group
            label={t(`${k}.kind`)}
            value={kind}
            onChange={(next) => {
              setKind(next as Kind);
              setPicked(null);
            }}
          >
            <Group mt={6}>
              {(['person', 'household', 'guest'] as const).map((option) => (
                <Radio key={option} value={option} label={t(`${k}.kinds.${option}`)} />
              ))}
            </Group>
          </Radio.Group>

          {kind !== 'guest' &&
            (picked ? (
              <Group justify="space-between">
                <Text fw={500}>{t(`${k}.chosen`, { name: kind === 'person' ? picked.name : picked.householdName })}</Text>
                <Button variant="subtle" size="xs" onClick={() => setPicked(null)}>
                  {t(`${k}.change`)}
                </Button>
              </Group>
            ) : (
              <>
                <PersonSearch eventId={event.id} mode={kind} onPick={pick} />
                {pickError && (
                  <Text c="red.9" role="alert">
                    {pickError}
                  </Text>
                )}
              </>
            ))}
          {kind === 'household' && picked && <NumberInput label={t(`${k}.seats`)} min={1} max={20} {...form.getInputProps('seats')} error={form.errors['who.seats']} />}
          {kind === 'guest' && (
            <Group grow align="flex-start">
              <TextInput label={t(`${k}.guestName`)} required {...form.getInputProps('guestName')} error={form.errors['who.name']} />
              <TextInput label={t(`${k}.guestPhone`)} required type="tel" {...form.getInputProps('guestPhone')} error={form.errors['who.phone']} />
            </Group>
          )}

          {laterSessions > 0 && <Checkbox label={t(`${k}.wholeSeries`, { count: laterSessions })} {...form.getInputProps('wholeSeries', { type: 'checkbox' })} />}
          {event.priceCents > 0 && (
            <>
              <Text size="sm">{t(`${k}.paid`, { price: money(event.priceCents) })}</Text>
              <PaymentMethodField value={form.values.paymentMethod} onChange={(method) => form.setFieldValue('paymentMethod', method)} error={form.errors.paymentMethod} required={false} />
            </>
          )}
          {overrideAsked && <TextInput label={t(`${k}.override`)} description={t(`${k}.overrideHint`)} {...form.getInputProps('audienceOverride')} />}
          <TextInput label={t(`${k}.notes`)} {...form.getInputProps('notes')} />
        </Stack>
        <FormButtons submitLabel={t(`${k}.submit`)} busy={register.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
