import { Button, Fieldset, Group, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../app/notify.ts';
import { submitWithErrors } from '../app/submitWithErrors.ts';

interface SectionProps<V> {
  legend: string;
  /** Below admin on 'settings': inputs disabled, no save button (the backend refuses the save anyway). */
  readOnly: boolean;
  form: UseFormReturnType<V>;
  saving: boolean;
  /** Sends the section; returns the values as stored, put back in the form (normalised: phone, SIREN…). */
  save: (values: V) => Promise<V>;
  /** The success notification. */
  savedMessage: string;
  children: ReactNode;
}

/** One section of the office's settings: its own form, fieldset and save button; saved on its own, atomically. */
export function SettingsSection<V>({ legend, readOnly, form, saving, save, savedMessage, children }: SectionProps<V>) {
  const { t } = useTranslation();
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const stored = await save(values as V);
      form.setValues(stored);
      form.resetDirty(stored);
      notifySuccess(savedMessage);
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Fieldset legend={legend} disabled={readOnly}>
        <Stack gap="sm">{children}</Stack>
        {!readOnly && (
          <Group justify="flex-end" mt="md">
            <Button type="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Fieldset>
    </form>
  );
}
