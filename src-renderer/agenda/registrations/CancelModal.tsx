import { Button, Checkbox, Group, Modal, Radio, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../src-main/conciergerie/till/kinds.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { PaymentMethodField } from '../../conciergerie/till/PaymentMethodField.tsx';
import { formatMoney, type Language } from '../../format/index.ts';
import type { Registration } from './RegistrationTables.tsx';

interface Props {
  registration: Registration;
  /** The event belongs to a series with later sessions. */
  inSeries: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Cancels a registration, its later sessions of the series if asked, and refunds what was paid if asked. */
export function CancelModal({ registration, inSeries, onClose, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const k = 'agenda.registrations.cancelModal';
  const cancel = useApiMutation('agenda.registrations.cancel');
  const [wholeSeries, setWholeSeries] = useState(false);
  const refundable = registration.payment ? registration.payment.amountCents - registration.payment.refundedCents : 0;
  const [refund, setRefund] = useState<'yes' | 'no'>('yes');
  const [method, setMethod] = useState<PaymentMethod | null>(null);

  const confirm = async () => {
    try {
      const done = await cancel.mutateAsync({ id: registration.id, wholeSeries, refundMethod: refundable > 0 && refund === 'yes' ? method : null });
      notifySuccess(done.message);
      onDone(done.message);
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t(`${k}.title`, { name: registration.name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        {inSeries && <Checkbox label={t(`${k}.wholeSeries`)} checked={wholeSeries} onChange={(event) => setWholeSeries(event.currentTarget.checked)} />}
        {refundable > 0 && (
          <>
            <Radio.Group value={refund} onChange={(value) => setRefund(value as 'yes' | 'no')} label={t('agenda.registrations.columns.payment')}>
              <Stack gap={6} mt={6}>
                <Radio value="yes" label={t(`${k}.refund`, { amount: formatMoney(refundable, language) })} />
                <Radio value="no" label={t(`${k}.noRefund`)} />
              </Stack>
            </Radio.Group>
            {refund === 'yes' && <PaymentMethodField label={t(`${k}.refundMethod`)} value={method} onChange={setMethod} />}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t(`${k}.keep`)}
          </Button>
          <Button color="red.9" loading={cancel.isPending} disabled={refundable > 0 && refund === 'yes' && method === null} onClick={() => void confirm()}>
            {t(`${k}.confirm`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
