import { Select, SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CIVILITIES, PERSON_ROLES } from '../../src-main/households/fields.ts';
import { FrenchDateInput } from '../components/FrenchDateInput.tsx';
import type { PersonFormValues } from './form-values.ts';

/** Languages offered as you type; any other can be typed in full. */
const LANGUAGE_SUGGESTIONS = [
  'Français', 'Arabe', 'Anglais', 'Portugais', 'Espagnol', 'Turc', 'Kabyle', 'Wolof', 'Bambara', 'Vietnamien', 'Roumain',
  'Russe', 'Tamoul', 'Lingala', 'Polonais', 'Italien', 'Allemand', 'Langue des signes française',
];

/**
 * The fields of one person, for the creation form (prefix "people.0.") and the person dialog (no prefix).
 * Every field is labelled; the backend's French messages come back on the same paths.
 */
export function PersonFields<V>({ form, prefix = '', autoFocus = false }: { form: UseFormReturnType<V>; prefix?: string; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const field = (name: keyof PersonFormValues) => ({
    key: form.key(`${prefix}${name}`),
    ...form.getInputProps(`${prefix}${name}`),
    label: t(`households.person.${name}`),
  });
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <Select
          data={CIVILITIES.map((value) => ({ value, label: t(`households.civilities.${value}`) }))}
          allowDeselect={false}
          {...field('civility')}
        />
        <TextInput required data-autofocus={autoFocus || undefined} autoComplete="off" {...field('familyName')} />
        <TextInput description={t('households.person.usageNameHint')} autoComplete="off" {...field('usageName')} />
        <TextInput autoComplete="off" {...field('firstName')} />
        <FrenchDateInput maxDate={new Date()} {...field('birthDate')} />
        <Select
          data={PERSON_ROLES.map((value) => ({ value, label: t(`households.roles.${value}`) }))}
          allowDeselect={false}
          {...field('role')}
        />
        <TextInput type="tel" description={t('households.person.phoneHint')} autoComplete="off" {...field('phone')} />
        <TextInput type="email" autoComplete="off" {...field('email')} />
        <TextInput description={t('households.person.externalIdHint')} autoComplete="off" {...field('externalId')} />
      </SimpleGrid>
      <TagsInput
        data={LANGUAGE_SUGGESTIONS}
        description={t('households.person.languagesHint')}
        clearable
        acceptValueOnBlur
        {...field('languages')}
      />
      <Textarea description={t('households.person.notesHint')} autosize minRows={1} maxRows={4} {...field('notes')} />
    </>
  );
}
