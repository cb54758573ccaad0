import { Modal, NumberInput, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../src-main/conciergerie/till/kinds.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { PaymentMethodField } from '../../conciergerie/till/PaymentMethodField.tsx';
import { useFormats } from '../../format/useFormats.ts';
import { RefusalAlert, useModalErrors } from './ModalErrors.tsx';
import { REFUND_BY_DEFAULT, RefundChoice, refundMethodOf, refundReady } from './RefundChoice.tsx';
import { heldCents, type Registration } from './RegistrationTables.tsx';
import type { Summary } from './SummaryBadges.tsx';

const k = 'agenda.registrations.seatsModal';

type Effect = { key: 'waitingFits' | 'waitingStays' | 'noLimit' | 'tooMany' | 'givesBack' | 'fits'; options: Record<string, number>; warn?: boolean };

/** What the new number does to the seats and the line, as the backend will decide it; warn: it will be refused. */
function seatsEffect(registration: Registration, summary: Summary, seats: number): Effect {
  const free = summary.freeSeats;
  if (registration.status === 'waiting') {
    return free === null || seats <= free ? { key: 'waitingFits', options: {} } : { key: 'waitingStays', options: { position: registration.position ?? 0 } };
  }
  if (free === null) return { key: 'noLimit', options: {} };
  const change = seats - registration.seats;
  if (change > free) return { key: 'tooMany', options: {}, warn: true };
  if (change < 0 && summary.waitingRegistrations > 0) return { key: 'givesBack', options: { count: -change } };
  return { key: 'fits', options: { count: free - change } };
}

/** Money that moves with the change on a paid event: owed, to take, to give back, or none. */
function seatsMoney(registration: Registration, priceCents: number, seats: number) {
  if (registration.status !== 'confirmed' || priceCents === 0 || seats === registration.seats) return { kind: 'none' as const, cents: 0 };
  const cost = priceCents * seats;
  if (!registration.payment) return { kind: 'due' as const, cents: cost };
  const paid = heldCents(registration);
  if (cost > paid) return { kind: 'more' as const, cents: cost - paid };
  return cost < paid ? { kind: 'less' as const, cents: paid - cost } : { kind: 'covered' as const, cents: 0 };
}

interface Props {
  registration: Registration;
  priceCents: number;
  summary: Summary;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Changes a household's seats: what it means for the seats left and the line, and the money when some moves. */
export function SeatsModal({ registration, priceCents, summary, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const format = useFormats();
  const setSeats = useApiMutation('agenda.registrations.setSeats');
  const errors = useModalErrors();
  const [seats, setSeatsValue] = useState<number | string>(registration.seats);
  const [method, setMethod] = useState<PaymentMethod | null>(null);
  const [refund, setRefund] = useState(REFUND_BY_DEFAULT);
  const wanted = typeof seats === 'number' ? seats : Number.NaN;
  const valid = Number.isInteger(wanted) && wanted >= 1 && wanted <= 20;
  const effect = valid && wanted !== registration.seats ? seatsEffect(registration, summary, wanted) : null;
  const money = valid ? seatsMoney(registration, priceCents, wanted) : { kind: 'none' as const, cents: 0 };
  const amount = format.money(money.cents);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    if (money.kind === 'less' && !refundReady(refund)) {
      errors.setField('refundMethod', t(`${k}.refundMethodMissing`));
      return;
    }
    try {
      const done = await setSeats.mutateAsync({
        id: registration.id,
        seats: valid ? wanted : 0,
        paymentMethod: money.kind === 'more' ? method : null,
        refundMethod: money.kind === 'less' ? refundMethodOf(refund) : null,
      });
      notifySuccess(done.message);
      onDone(done.message);
    } catch (error) {
      errors.show(error);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t(`${k}.title`, { name: registration.name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <NumberInput
            label={t(`${k}.seats`)}
            description={t(`${k}.current`, { count: registration.seats })}
            min={1}
            max={20}
            allowDecimal={false}
            value={seats}
            onChange={setSeatsValue}
            error={errors.fields.seats}
            data-autofocus
          />
          <div aria-live="polite">
            {summary.freeSeats !== null && <Text size="sm">{t(`${k}.free`, { count: summary.freeSeats })}</Text>}
            {effect && (
              <Text size="sm" fw={effect.warn ? 700 : undefined} c={effect.warn ? 'red.9' : undefined}>
                {t(`${k}.${effect.key}`, effect.options)}
              </Text>
            )}
            {money.kind !== 'none' && money.kind !== 'less' && <Text size="sm">{t(`${k}.${money.kind}`, { amount })}</Text>}
          </div>
          {money.kind === 'more' && <PaymentMethodField value={method} onChange={setMethod} error={errors.fields.paymentMethod} />}
          {money.kind === 'less' && <RefundChoice amountCents={money.cents} value={refund} onChange={setRefund} error={errors.fields.refundMethod} />}
          <RefusalAlert message={errors.refusal} />
        </Stack>
        <FormButtons submitLabel={t(`${k}.submit`)} busy={setSeats.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
