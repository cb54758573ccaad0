import { Button, Group, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useApiMutation } from '../api/hooks.ts';
import { notifySuccess } from '../app/notify.ts';
import { DwellingRowsEditor } from './DwellingRowsEditor.tsx';
import { dwellingInput, emptyResidence, residenceInput, type NewResidenceValues } from './form-values.ts';
import { ResidenceFieldset } from './ResidenceFieldset.tsx';
import { submitWithErrors } from '../app/submitWithErrors.ts';

export function ResidenceCreate() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const create = useApiMutation('residences.create');
  const form = useForm<NewResidenceValues>({ mode: 'uncontrolled', initialValues: { ...emptyResidence, dwellings: [] } });

  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const residence = await create.mutateAsync({ ...residenceInput(values), dwellings: values.dwellings.map(dwellingInput) });
      notifySuccess(t('residences.created', { name: residence.name }));
      navigate(`/${residence.id}`);
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Title order={1}>{t('residences.new')}</Title>
        <ResidenceFieldset form={form} />
        <Title order={2} size="h3">
          {t('dwellings.title')}
        </Title>
        <DwellingRowsEditor form={form} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => navigate('/')}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
