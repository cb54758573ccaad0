import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceOrder } from '../../../src-main/conciergerie/services/contract.ts';
import type { PaymentMethod } from '../../../src-main/conciergerie/till/kinds.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { formatMoney, type Language } from '../../format/index.ts';
import { PaymentMethodField } from '../till/PaymentMethodField.tsx';

type Step = 'ready' | 'collected' | 'delivered' | 'cancelled' | 'pay';

/** The next steps an order may take, as the backend allows them. */
function stepsOf(order: ServiceOrder): Step[] {
  const pay: Step[] = order.paid ? [] : ['pay'];
  if (order.status === 'dropped') return ['ready', 'collected', ...pay, 'cancelled'];
  if (order.status === 'ready') return ['collected', ...pay, 'cancelled'];
  if (order.status === 'ordered') return ['delivered', ...pay, 'cancelled'];
  return [];
}

/** A step that moves money (paying, collecting unpaid, cancelling paid) asks how it is paid or given back. */
function MoneyStepModal({ order, step, onClose }: { order: ServiceOrder; step: Step; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const advance = useApiMutation('services.advance');
  const pay = useApiMutation('services.pay');
  const form = useForm<{ method: PaymentMethod | null }>({ mode: 'controlled', initialValues: { method: null } });
  const refund = step === 'cancelled';
  const amount = refund ? (order.payment ? formatMoney(order.totalCents - order.payment.refundedCents, language) : '') : formatMoney(order.totalCents, language);
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const method = values.method ?? (undefined as unknown as PaymentMethod);
      if (step === 'pay') await pay.mutateAsync({ id: order.id, method });
      else await advance.mutateAsync({ id: order.id, status: step as Exclude<Step, 'pay'>, method });
      notifySuccess(t(`services.done.${step}`, { number: order.number }));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t(`services.steps.${step}`) + ` — ${order.number}`} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text>{t(refund ? 'services.refundAmount' : 'services.payAmount', { amount })}</Text>
          <PaymentMethodField label={refund ? t('till.refundMethod') : undefined} value={form.values.method} onChange={(method) => form.setFieldValue('method', method)} error={form.errors.method} />
        </Stack>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color={refund ? 'red.9' : undefined} loading={advance.isPending || pay.isPending} data-autofocus>
            {t(`services.steps.${step}`)}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}

/** The buttons of one order: its next steps, and its ticket to print. */
export function OrderActions({ order }: { order: ServiceOrder }) {
  const { t } = useTranslation();
  const canWrite = useCan('conciergerie', 'write');
  const advance = useApiMutation('services.advance');
  const [money, setMoney] = useState<Step | null>(null);
  const run = (step: Step) => {
    const movesMoney = step === 'pay' || (step === 'cancelled' ? order.paid : (step === 'collected' || step === 'delivered') && !order.paid);
    if (movesMoney) return setMoney(step);
    advance
      .mutateAsync({ id: order.id, status: step as Exclude<Step, 'pay'>, method: null })
      .then(() => notifySuccess(t(`services.done.${step}`, { number: order.number })))
      .catch(notifyError);
  };
  return (
    <Group gap={4} wrap="nowrap">
      {canWrite &&
        stepsOf(order).map((step) => (
          <Button
            key={step}
            size="xs"
            variant={step === 'cancelled' ? 'default' : 'light'}
            aria-label={`${t(`services.steps.${step}`)} ${order.number}`}
            onClick={() => run(step)}
          >
            {t(`services.steps.${step}`)}
          </Button>
        ))}
      <DownloadButton size="xs" method="services.ticketPdf" input={{ id: order.id }} label={t('services.ticket')} ariaLabel={t('services.ticketOf', { number: order.number })} />
      {money && <MoneyStepModal order={order} step={money} onClose={() => setMoney(null)} />}
    </Group>
  );
}
