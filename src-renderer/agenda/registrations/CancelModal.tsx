import { Button, Checkbox, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { REFUND_BY_DEFAULT, RefundChoice, refundMethodOf, refundReady } from './RefundChoice.tsx';
import { heldCents, type Registration } from './RegistrationTables.tsx';

interface Props {
  registration: Registration;
  /** The event belongs to a series with later sessions. */
  inSeries: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Cancels a registration, its later sessions of the series if asked, and refunds what was paid if asked. */
export function CancelModal({ registration, inSeries, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const k = 'agenda.registrations.cancelModal';
  const cancel = useApiMutation('agenda.registrations.cancel');
  const [wholeSeries, setWholeSeries] = useState(false);
  const refundable = heldCents(registration);
  const [refund, setRefund] = useState(REFUND_BY_DEFAULT);

  const confirm = async () => {
    try {
      const done = await cancel.mutateAsync({ id: registration.id, wholeSeries, refundMethod: refundable > 0 ? refundMethodOf(refund) : null });
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
        {refundable > 0 && <RefundChoice amountCents={refundable} value={refund} onChange={setRefund} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t(`${k}.keep`)}
          </Button>
          <Button color="red.9" loading={cancel.isPending} disabled={refundable > 0 && !refundReady(refund)} onClick={() => void confirm()}>
            {t(`${k}.confirm`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
