import { Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { MembershipType } from '../../../src-main/conciergerie/members/contract.ts';
import { MEMBERSHIP_SCOPES, PERIOD_UNITS, type MembershipScope, type PeriodUnit } from '../../../src-main/conciergerie/members/periods.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { centsToEuro, EURO_INPUT, euroToCents } from '../../format/money-input.ts';

interface Values {
  name: string;
  price: number | string;
  periodUnit: PeriodUnit;
  periodCount: number | string;
  scope: MembershipScope;
  maxLoans: number | string;
  description: string;
}

const whole = (value: number | string) => (value === '' ? (undefined as unknown as number) : Number(value));

/** Creating or editing a membership type: price, length, whom it covers, how many loans it allows. */
export function TypeModal({ type, onClose }: { type?: MembershipType; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useApiMutation('membershipTypes.create');
  const update = useApiMutation('membershipTypes.update');
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: type
      ? { ...type, price: centsToEuro(type.priceCents) }
      : { name: '', price: '', periodUnit: 'month', periodCount: 1, scope: 'person', maxLoans: 3, description: '' },
  });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const fields = {
        name: values.name,
        priceCents: euroToCents(values.price),
        periodUnit: values.periodUnit,
        periodCount: whole(values.periodCount),
        scope: values.scope,
        maxLoans: whole(values.maxLoans),
        description: values.description,
      };
      const saved = type ? await update.mutateAsync({ ...fields, id: type.id }) : await create.mutateAsync(fields);
      notifySuccess(t('members.types.saved', { name: saved.name }));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={type ? t('members.types.edit', { name: type.name }) : t('members.types.new')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <TextInput label={t('members.types.name')} required data-autofocus key={form.key('name')} {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput label={t('members.types.price')} description={t('members.types.priceHint')} required min={0} {...EURO_INPUT} key={form.key('price')} {...form.getInputProps('price')} error={form.errors.priceCents} />
            <NumberInput label={t('members.types.periodCount')} required min={1} allowDecimal={false} key={form.key('periodCount')} {...form.getInputProps('periodCount')} />
            <Select
              label={t('members.types.periodUnit')}
              allowDeselect={false}
              data={PERIOD_UNITS.map((unit) => ({ value: unit, label: t(`members.units.${unit}`) }))}
              key={form.key('periodUnit')}
              {...form.getInputProps('periodUnit')}
            />
            <Select
              label={t('members.types.scope')}
              allowDeselect={false}
              data={MEMBERSHIP_SCOPES.map((scope) => ({ value: scope, label: t(`members.scopes.${scope}`) }))}
              key={form.key('scope')}
              {...form.getInputProps('scope')}
            />
            <NumberInput label={t('members.types.maxLoans')} required min={1} max={50} allowDecimal={false} key={form.key('maxLoans')} {...form.getInputProps('maxLoans')} />
          </SimpleGrid>
          <Textarea label={t('members.types.description')} autosize minRows={2} key={form.key('description')} {...form.getInputProps('description')} />
        </Stack>
        <FormButtons submitLabel={t('common.save')} busy={create.isPending || update.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
