import { ActionIcon, Button, Checkbox, Group, Modal, NumberInput, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OrderKind } from '../../../src-main/conciergerie/services/contract.ts';
import type { PaymentMethod } from '../../../src-main/conciergerie/till/kinds.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { FrenchDateInput } from '../../components/FrenchDateInput.tsx';
import { formatMoney, type Language } from '../../format/index.ts';
import { MemberPicker } from '../members/MemberPicker.tsx';
import { PaymentMethodField } from '../till/PaymentMethodField.tsx';

interface Values {
  customer: 'member' | 'name';
  memberId: number | null;
  customerName: string;
  dueOn: string;
  lines: { serviceId: string | null; quantity: number | string }[];
  notes: string;
  payNow: boolean;
  method: PaymentMethod | null;
}

/**
 * A new pressing ticket (garments × quantity, pick-up date) or basket order (baskets for a delivery date), for a
 * member or someone named; paid now or at pick-up. Saved, it is opened for printing its ticket.
 */
export function OrderModal({ kind, dueOn, onClose, onCreated }: { kind: OrderKind; dueOn: string; onClose: () => void; onCreated: (id: number, dueOn: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const create = useApiMutation('services.createOrder');
  const prices = useApiQuery('services.prices', {});
  const offered = (prices.data ?? []).filter((service) => service.kind === kind);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      customer: 'member',
      memberId: null,
      customerName: '',
      dueOn,
      lines: [{ serviceId: kind === 'basket' && offered.length === 1 ? String(offered[0]!.id) : null, quantity: 1 }],
      notes: '',
      payNow: false,
      method: null,
    },
  });
  const values = form.values;
  const total = values.lines.reduce((sum, line) => sum + (offered.find((s) => String(s.id) === line.serviceId)?.priceCents ?? 0) * (Number(line.quantity) || 0), 0);
  const onSubmit = form.onSubmit((submitted) =>
    submitWithErrors(form, async () => {
      const created = await create.mutateAsync({
        kind,
        memberId: submitted.customer === 'member' ? submitted.memberId : null,
        customerName: submitted.customer === 'name' ? submitted.customerName : '',
        dueOn: submitted.dueOn,
        lines: submitted.lines.map((line) => ({
          serviceId: line.serviceId ? Number(line.serviceId) : (undefined as unknown as number),
          quantity: line.quantity === '' ? (undefined as unknown as number) : Number(line.quantity),
        })),
        notes: submitted.notes,
        payNow: submitted.payNow ? (submitted.method ?? (undefined as unknown as PaymentMethod)) : null,
      });
      notifySuccess(t(`services.created.${kind}`, { number: created.number }));
      onCreated(created.id, submitted.dueOn);
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t(`services.new.${kind}`)} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Radio.Group label={t('services.customer')} {...form.getInputProps('customer')}>
            <Group mt={6}>
              <Radio value="member" label={t('services.customerMember')} />
              <Radio value="name" label={t('services.customerName')} />
            </Group>
          </Radio.Group>
          {values.customer === 'member' ? (
            <MemberPicker label={t('services.member')} required value={values.memberId} onChange={(id) => form.setFieldValue('memberId', id)} error={form.errors.memberId ?? form.errors.customerName} autoFocus />
          ) : (
            <TextInput label={t('services.name')} required data-autofocus key={form.key('customerName')} {...form.getInputProps('customerName')} />
          )}
          <Stack gap="xs">
            <Text fw={500} size="sm">
              {t(`services.lines.${kind}`)}
            </Text>
            {values.lines.map((_line, index) => (
              <Group key={form.key(`lines.${index}`)} align="flex-end" wrap="nowrap">
                <Select
                  label={t('services.service', { n: index + 1 })}
                  required
                  allowDeselect={false}
                  data={offered.map((s) => ({ value: String(s.id), label: `${s.label} — ${formatMoney(s.priceCents, language)}` }))}
                  key={form.key(`lines.${index}.serviceId`)}
                  {...form.getInputProps(`lines.${index}.serviceId`)}
                  style={{ flex: 1 }}
                />
                <NumberInput label={t('services.quantity', { n: index + 1 })} required min={1} max={99} allowDecimal={false} w={120} key={form.key(`lines.${index}.quantity`)} {...form.getInputProps(`lines.${index}.quantity`)} />
                {values.lines.length > 1 && (
                  <ActionIcon variant="default" size="lg" mb={2} aria-label={t('services.removeLine', { n: index + 1 })} onClick={() => form.removeListItem('lines', index)}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            ))}
            {form.errors.lines && <Text c="red.9" size="sm">{form.errors.lines}</Text>}
            <Group>
              <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => form.insertListItem('lines', { serviceId: null, quantity: 1 })}>
                {t('services.addLine')}
              </Button>
            </Group>
          </Stack>
          <FrenchDateInput label={t(`services.dueOn.${kind}`)} required key={form.key('dueOn')} {...form.getInputProps('dueOn')} maw={240} />
          <Textarea label={t('services.notes')} autosize minRows={1} key={form.key('notes')} {...form.getInputProps('notes')} />
          <Text fw={700} aria-live="polite">
            {t('services.total', { amount: formatMoney(total, language) })}
          </Text>
          <Checkbox label={t('services.payNow')} {...form.getInputProps('payNow', { type: 'checkbox' })} />
          {values.payNow && <PaymentMethodField value={values.method} onChange={(method) => form.setFieldValue('method', method)} error={form.errors.payNow} />}
        </Stack>
        <FormButtons submitLabel={t('common.save')} busy={create.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
