import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../src-main/conciergerie/till/kinds.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { PaymentMethodField } from '../../conciergerie/till/PaymentMethodField.tsx';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { useFormats } from '../../format/useFormats.ts';
import type { Registration } from './RegistrationTables.tsx';

/** Takes the price owed by a registration promoted from the waiting list, then offers its receipt. */
export function PayModal({ registration, onClose }: { registration: Registration; onClose: () => void }) {
  const { t } = useTranslation();
  const { money } = useFormats();
  const pay = useApiMutation('agenda.registrations.pay');
  const [method, setMethod] = useState<PaymentMethod | null>(null);
  const [receipt, setReceipt] = useState<{ id: number; receiptNumber: string } | null>(null);
  const amount = money(registration.amountDueCents);

  const confirm = async () => {
    if (!method) return;
    try {
      const done = await pay.mutateAsync({ id: registration.id, method });
      notifySuccess(t('agenda.registrations.payment.paid', { receipt: done.payment.receiptNumber }));
      setReceipt(done.payment);
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('agenda.registrations.payModal.title', { amount, name: registration.name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        {receipt ? (
          <Group justify="flex-end">
            <DownloadButton method="till.receiptPdf" input={{ id: receipt.id }} label={receipt.receiptNumber} />
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        ) : (
          <>
            <PaymentMethodField value={method} onChange={setMethod} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button loading={pay.isPending} disabled={!method} onClick={() => void confirm()}>
                {t('agenda.registrations.payModal.confirm')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
