import { Modal, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { FeeCallView } from '../../../src-main/club/fees/repository.ts';
import type { PaymentMethod } from '../../../src-main/conciergerie/till/kinds.ts';
import { localToday } from '../../../src-main/shared/days.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { FrenchDateInput } from '../../components/FrenchDateInput.tsx';
import { PaymentMethodField } from '../../conciergerie/till/PaymentMethodField.tsx';
import { centsToEuro, EURO_INPUT, euroToCents } from '../../format/money-input.ts';
import { useFormats } from '../../format/useFormats.ts';

/** A payment of a partner's fee: the amount left by default, its date, method and reference. */
export function PaymentModal({ call, onClose }: { call: FeeCallView; onClose: () => void }) {
  const { t } = useTranslation();
  const { money } = useFormats();
  const record = useApiMutation('club.fees.recordPayment');
  const form = useForm({
    mode: 'controlled',
    initialValues: { amountCents: centsToEuro(call.balanceCents) as number | string, paidOn: localToday(), method: 'transfer' as PaymentMethod, reference: '' },
  });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const saved = await record.mutateAsync({
        feeCallId: call.id,
        amountCents: euroToCents(values.amountCents),
        paidOn: values.paidOn || (undefined as unknown as string),
        method: values.method,
        reference: values.reference,
      });
      notifySuccess(t('club.fees.paymentRecorded', { name: saved.partnerName, amount: money(saved.balanceCents) }));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('club.fees.recordPaymentOf', { name: call.partnerName, year: call.year })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text>{t('club.fees.leftToPay', { amount: money(call.balanceCents), total: money(call.amountCents) })}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput required data-autofocus label={t('club.fees.fields.amount')} {...EURO_INPUT} {...form.getInputProps('amountCents')} key={form.key('amountCents')} />
            <FrenchDateInput required label={t('club.fees.fields.paidOn')} {...form.getInputProps('paidOn')} key={form.key('paidOn')} />
          </SimpleGrid>
          <PaymentMethodField value={form.values.method} onChange={(method) => form.setFieldValue('method', method)} error={form.errors.method} />
          <TextInput label={t('club.fees.fields.reference')} description={t('club.fees.fields.referenceHint')} {...form.getInputProps('reference')} key={form.key('reference')} />
        </Stack>
        <FormButtons submitLabel={t('club.fees.recordPayment')} busy={record.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
