import { Fieldset, NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FrenchDateInput } from '../components/FrenchDateInput.tsx';
import type { ResidenceFormValues } from './form-values.ts';

/** The residence's own fields, shared by the creation and the edit forms. */
export function ResidenceFieldset<T extends ResidenceFormValues>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation();
  const field = (name: keyof ResidenceFormValues) => ({ key: form.key(name), ...form.getInputProps(name) });
  return (
    <>
      <Fieldset legend={t('residences.identity')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('residences.fields.name')} required data-autofocus {...field('name')} />
          <NumberInput label={t('residences.fields.yearBuilt')} min={1800} max={2100} allowDecimal={false} thousandSeparator="" {...field('yearBuilt')} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('residences.location')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('residences.fields.address')} required {...field('address')} />
          <TextInput label={t('residences.fields.postcode')} required maxLength={5} inputMode="numeric" {...field('postcode')} />
          <TextInput label={t('residences.fields.city')} required {...field('city')} />
          <TextInput label={t('residences.fields.inseeCode')} maxLength={5} {...field('inseeCode')} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('residences.qpvSection')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('residences.fields.qpvCode')} description={t('residences.fields.qpvCodeHint')} maxLength={8} {...field('qpvCode')} />
          <FrenchDateInput label={t('residences.fields.qpvCheckedOn')} {...field('qpvCheckedOn')} />
          <TextInput label={t('residences.fields.qpvSource')} {...field('qpvSource')} />
        </SimpleGrid>
      </Fieldset>
      <Textarea label={t('residences.fields.notes')} autosize minRows={2} {...field('notes')} />
    </>
  );
}
