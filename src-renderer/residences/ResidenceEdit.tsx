import { Button, Group, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ResidenceDetail } from '../../src-main/residences/contract.ts';
import { useApiMutation } from '../api/hooks.ts';
import { notifySuccess } from '../app/notify.ts';
import { residenceInput, residenceToForm, type ResidenceFormValues } from './form-values.ts';
import { ResidenceFieldset } from './ResidenceFieldset.tsx';
import { submitWithErrors } from '../app/submitWithErrors.ts';

export function ResidenceEdit({ residence }: { residence: ResidenceDetail }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const update = useApiMutation('residences.update');
  const form = useForm<ResidenceFormValues>({ mode: 'uncontrolled', initialValues: residenceToForm(residence) });

  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const saved = await update.mutateAsync({ id: residence.id, ...residenceInput(values) });
      notifySuccess(t('residences.updated', { name: saved.name }));
      navigate(`/${residence.id}`);
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Title order={1}>{t('residences.edit')}</Title>
        <ResidenceFieldset form={form} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => navigate(`/${residence.id}`)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
