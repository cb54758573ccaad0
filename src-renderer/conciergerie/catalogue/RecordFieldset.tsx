import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ITEM_KINDS, type ItemKind } from '../../../src-main/conciergerie/catalogue/kinds.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { EURO_INPUT } from '../../format/money-input.ts';
import { type RecordFormValues } from './record-form.ts';

interface Props {
  form: UseFormReturnType<RecordFormValues>;
  /** The record's category when editing: still offered if it has been archived since. */
  currentCategoryId?: number | null;
  /** The counter's loan length, shown as what an empty loan length means. */
  defaultLoanDays: number | undefined;
}

/** The fields of a catalogue record; the author's label and the ISBN follow the kind chosen. */
export function RecordFieldset({ form, currentCategoryId = null, defaultLoanDays }: Props) {
  const { t } = useTranslation();
  const kind = form.values.kind;
  const categories = useApiQuery('catalogue.categories', { kind, includeArchived: true });
  const categoryOptions = (categories.data?.rows ?? [])
    .filter((category) => !category.archived || category.id === currentCategoryId)
    .map((category) => ({ value: String(category.id), label: category.name }));
  const field = (name: keyof RecordFormValues) => ({ key: form.key(name), ...form.getInputProps(name), label: t(`catalogue.fields.${name}`) });

  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          {...field('kind')}
          data={ITEM_KINDS.map((value) => ({ value, label: t(`catalogue.kinds.${value}`) }))}
          allowDeselect={false}
          required
          onChange={(value) => {
            form.setFieldValue('kind', (value ?? 'object') as ItemKind);
            form.setFieldValue('categoryId', null);
          }}
        />
        <Select {...field('categoryId')} data={categoryOptions} clearable searchable nothingFoundMessage={t('catalogue.noCategoryFound')} placeholder={t('catalogue.noCategory')} />
      </SimpleGrid>
      <TextInput {...field('title')} required />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...field('author')} label={t(`catalogue.authorLabel.${kind}`)} />
        {kind === 'book' && <TextInput {...field('isbn')} description={t('catalogue.isbnHint')} inputMode="numeric" />}
      </SimpleGrid>
      <Textarea {...field('description')} autosize minRows={2} maxRows={6} />
      <Textarea {...field('conditions')} description={t('catalogue.conditionsHint')} autosize minRows={2} maxRows={6} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput {...field('replacementValueCents')} description={t('catalogue.replacementValueHint')} min={0} max={100_000} {...EURO_INPUT} />
        <NumberInput {...field('depositCents')} min={0} max={1000} {...EURO_INPUT} />
        <NumberInput
          {...field('loanDays')}
          description={defaultLoanDays === undefined ? undefined : t('catalogue.loanDaysHint', { count: defaultLoanDays })}
          min={1}
          max={365}
          allowDecimal={false}
          allowNegative={false}
        />
      </SimpleGrid>
    </Stack>
  );
}
