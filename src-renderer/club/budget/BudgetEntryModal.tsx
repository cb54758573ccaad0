import { Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { BUDGET_CATEGORIES, type BudgetDirection, MANUAL_CATEGORIES } from '../../../src-main/club/budget/categories.ts';
import { localToday } from '../../../src-main/shared/days.ts';
import type { Output } from '../../api/client.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { FrenchDateInput } from '../../components/FrenchDateInput.tsx';
import { centsToEuro, EURO_INPUT, euroToCents } from '../../format/money-input.ts';

type BookRow = Output<'club.budget.list'>['rows'][number];

/** A receipt or an expense typed into the club's book (partner fees come from their payments, not from here). */
export function BudgetEntryModal({ entry, onClose }: { entry?: BookRow; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useApiMutation('club.budget.create');
  const update = useApiMutation('club.budget.update');
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      direction: (entry?.direction ?? 'expense') as BudgetDirection,
      entryOn: entry?.entryOn ?? localToday(),
      category: entry?.category ?? '',
      label: entry?.label ?? '',
      amountCents: entry ? centsToEuro(entry.amountCents) : ('' as number | string),
      reference: entry?.reference ?? '',
    },
  });
  const field = (path: string, label: string) => ({ key: form.key(path), ...form.getInputProps(path), label });
  const direction = form.values.direction;
  const categories = MANUAL_CATEGORIES.filter((code) => (BUDGET_CATEGORIES[code].directions as readonly string[]).includes(direction));

  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const fields = {
        direction: values.direction,
        entryOn: values.entryOn || (undefined as unknown as string),
        category: (values.category || undefined) as (typeof MANUAL_CATEGORIES)[number],
        label: values.label,
        amountCents: euroToCents(values.amountCents),
        reference: values.reference,
      };
      if (entry) await update.mutateAsync({ ...fields, id: entry.id });
      else await create.mutateAsync(fields);
      notifySuccess(t(entry ? 'club.budget.updated' : 'club.budget.created'));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={entry ? t('club.budget.edit') : t('club.budget.add')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <SegmentedControl
            aria-label={t('club.budget.fields.direction')}
            data={[
              { value: 'expense', label: t('club.budget.directions.expense') },
              { value: 'receipt', label: t('club.budget.directions.receipt') },
            ]}
            {...form.getInputProps('direction')}
            onChange={(value) => {
              form.setFieldValue('direction', value as BudgetDirection);
              form.setFieldValue('category', '');
            }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <FrenchDateInput required {...field('entryOn', t('club.budget.fields.entryOn'))} />
            <Select required allowDeselect={false} data={categories.map((value) => ({ value, label: t(`club.budgetCategories.${value}`) }))} {...field('category', t('club.budget.fields.category'))} />
            <TextInput required data-autofocus {...field('label', t('club.budget.fields.label'))} />
            <NumberInput required {...EURO_INPUT} {...field('amountCents', t('club.budget.fields.amount'))} />
            <TextInput description={t('club.budget.fields.referenceHint')} {...field('reference', t('club.budget.fields.reference'))} />
          </SimpleGrid>
        </Stack>
        <FormButtons submitLabel={entry ? t('common.save') : t('club.budget.add')} busy={create.isPending || update.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
