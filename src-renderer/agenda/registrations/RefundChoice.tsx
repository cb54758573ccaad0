import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../src-main/conciergerie/till/kinds.ts';
import { PaymentMethodField } from '../../conciergerie/till/PaymentMethodField.tsx';
import { useFormats } from '../../format/useFormats.ts';

/** Whether money paid is given back, and how. */
export interface Refund {
  refund: boolean;
  method: PaymentMethod | null;
}

export const REFUND_BY_DEFAULT: Refund = { refund: true, method: null };

/** The refund method to send to the backend (null: the money is kept). */
export const refundMethodOf = (value: Refund): PaymentMethod | null => (value.refund ? value.method : null);

/** A refund asked for needs its method before the form can be sent. */
export const refundReady = (value: Refund): boolean => !value.refund || value.method !== null;

/** "Rembourser 5,00 €" or "Ne pas rembourser", then the method of the refund. */
export function RefundChoice({ amountCents, value, onChange, error }: { amountCents: number; value: Refund; onChange: (value: Refund) => void; error?: string }) {
  const { t } = useTranslation();
  const { money } = useFormats();
  const k = 'agenda.registrations.cancelModal';
  return (
    <>
      <Radio.Group value={value.refund ? 'yes' : 'no'} onChange={(next) => onChange({ ...value, refund: next === 'yes' })} label={t('agenda.registrations.columns.payment')}>
        <Stack gap={6} mt={6}>
          <Radio value="yes" label={t(`${k}.refund`, { amount: money(amountCents) })} />
          <Radio value="no" label={t(`${k}.noRefund`)} />
        </Stack>
      </Radio.Group>
      {value.refund && <PaymentMethodField label={t(`${k}.refundMethod`)} value={value.method} onChange={(method) => onChange({ ...value, method })} error={error} />}
    </>
  );
}
