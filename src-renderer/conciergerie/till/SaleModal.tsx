import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../src-main/conciergerie/till/kinds.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { formatMoney, type Language } from '../../format/index.ts';
import { EURO_INPUT, euroToCents } from '../../format/money-input.ts';
import { MemberPicker } from '../members/MemberPicker.tsx';
import { PaymentMethodField } from './PaymentMethodField.tsx';

interface Values {
  memberId: number | null;
  serviceId: string | null;
  label: string;
  amount: number | string;
  quantity: number | string;
  method: PaymentMethod | null;
}

/** A sale at the counter: a service of the price list ("other" kind) or anything with a label and a price. */
export function SaleModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const sale = useApiMutation('till.sale');
  const prices = useApiQuery('services.prices', {});
  const others = (prices.data ?? []).filter((service) => service.kind === 'other');
  const form = useForm<Values>({ mode: 'controlled', initialValues: { memberId: null, serviceId: null, label: '', amount: '', quantity: 1, method: null } });
  const service = others.find((s) => String(s.id) === form.values.serviceId);
  const [last, setLast] = useState<{ id: number; receiptNumber: string } | null>(null);
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const done = await sale.mutateAsync({
        memberId: values.memberId,
        serviceId: values.serviceId ? Number(values.serviceId) : null,
        label: values.label,
        amountCents: values.serviceId ? null : values.amount === '' ? null : euroToCents(values.amount),
        quantity: values.quantity === '' ? (undefined as unknown as number) : Number(values.quantity),
        method: values.method ?? (undefined as unknown as PaymentMethod),
      });
      notifySuccess(t('till.saleDone', { receipt: done.receiptNumber }));
      form.setValues({ serviceId: null, label: '', amount: '', quantity: 1 });
      setLast(done);
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('till.sale')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Select
            label={t('till.saleService')}
            description={t('till.saleServiceHint')}
            placeholder={t('till.saleFree')}
            clearable
            data={others.map((s) => ({ value: String(s.id), label: `${s.label} — ${formatMoney(s.priceCents, language)}${s.unit ? ` / ${s.unit}` : ''}` }))}
            key={form.key('serviceId')}
            {...form.getInputProps('serviceId')}
            clearButtonProps={{ 'aria-label': t('till.saleServiceClear') }}
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('till.saleLabel')} required={!service} key={form.key('label')} {...form.getInputProps('label')} />
            {service ? (
              <Text mt={28}>{formatMoney(service.priceCents * (Number(form.values.quantity) || 0), language)}</Text>
            ) : (
              <NumberInput label={t('till.saleAmount')} required min={0} {...EURO_INPUT} key={form.key('amount')} {...form.getInputProps('amount')} error={form.errors.amountCents} />
            )}
            <NumberInput label={t('till.quantity')} min={1} max={99} allowDecimal={false} key={form.key('quantity')} {...form.getInputProps('quantity')} />
          </SimpleGrid>
          <MemberPicker label={t('till.saleMember')} value={form.values.memberId} onChange={(id) => form.setFieldValue('memberId', id)} error={form.errors.memberId} />
          <PaymentMethodField value={form.values.method} onChange={(method) => form.setFieldValue('method', method)} error={form.errors.method} />
        </Stack>
        <Group justify="space-between" mt="md">
          {last ? <DownloadButton method="till.receiptPdf" input={{ id: last.id }} label={t('till.receiptOf', { receipt: last.receiptNumber })} /> : <span />}
          <Group>
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button type="submit" loading={sale.isPending}>
              {t('till.saleSubmit')}
            </Button>
          </Group>
        </Group>
      </form>
    </Modal>
  );
}
