import { Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { TillPayment } from '../../../src-main/conciergerie/till/contract.ts';
import type { PaymentMethod } from '../../../src-main/conciergerie/till/kinds.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { formatMoney, type Language } from '../../format/index.ts';
import { centsToEuro, EURO_INPUT, euroToCents } from '../../format/money-input.ts';
import { PaymentMethodField } from './PaymentMethodField.tsx';

/** A refund, in full or in part: a new negative payment with its own receipt; the original stays as it was. */
export function RefundModal({ payment, onClose }: { payment: TillPayment; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const refund = useApiMutation('till.refund');
  const form = useForm<{ amount: number | string; method: PaymentMethod; reason: string }>({
    mode: 'controlled',
    initialValues: { amount: centsToEuro(payment.refundableCents), method: payment.method, reason: '' },
  });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const done = await refund.mutateAsync({ paymentId: payment.id, amountCents: euroToCents(values.amount), method: values.method, reason: values.reason });
      notifySuccess(t('till.refunded', { receipt: done.receiptNumber }));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('till.refundTitle', { receipt: payment.receiptNumber })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text>{payment.label}</Text>
          <Text size="sm">{t('till.refundLeft', { amount: formatMoney(payment.refundableCents, language) })}</Text>
          <NumberInput label={t('till.refundAmount')} required min={0} {...EURO_INPUT} key={form.key('amount')} {...form.getInputProps('amount')} error={form.errors.amountCents} data-autofocus />
          <PaymentMethodField label={t('till.refundMethod')} value={form.values.method} onChange={(method) => form.setFieldValue('method', method)} error={form.errors.method} />
          <TextInput label={t('till.refundReason')} description={t('till.refundReasonHint')} required key={form.key('reason')} {...form.getInputProps('reason')} />
        </Stack>
        <FormButtons submitLabel={t('till.refund')} busy={refund.isPending} onCancel={onClose} danger />
      </form>
    </Modal>
  );
}
