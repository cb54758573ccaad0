import { Button, Checkbox, Fieldset, Group, Radio, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useApiMutation } from '../api/hooks.ts';
import { notifySuccess } from '../app/notify.ts';
import { submitWithErrors } from '../app/submitWithErrors.ts';
import { FrenchDateInput } from '../components/FrenchDateInput.tsx';
import { DwellingPicker } from './DwellingPicker.tsx';
import { emptyHousehold, emptyPerson, newHouseholdInput, type NewHouseholdValues } from './form-values.ts';
import { PersonFields } from './PersonFieldset.tsx';

/** Nouveau foyer: tenants of a dwelling chosen in a residence, or non-tenant members with their address; its people. */
export function HouseholdCreate() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const create = useApiMutation('households.create');
  const form = useForm<NewHouseholdValues>({ mode: 'controlled', initialValues: emptyHousehold() });
  const values = form.getValues();
  const tenant = values.kind === 'tenant';
  const field = (path: string, label: string) => ({ key: form.key(path), ...form.getInputProps(path), label });

  const onSubmit = form.onSubmit((submitted) =>
    submitWithErrors(form, async () => {
      const household = await create.mutateAsync(newHouseholdInput(submitted));
      notifySuccess(t('households.created', { name: household.name }));
      navigate(`/${household.id}`);
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Title order={1}>{t('households.new')}</Title>
        <Radio.Group label={t('households.kind')} {...form.getInputProps('kind')}>
          <Group mt="xs">
            <Radio value="tenant" label={t('households.kindTenant')} />
            <Radio value="member" label={t('households.kindMember')} />
          </Group>
        </Radio.Group>
        {tenant ? (
          <Fieldset legend={t('households.dwellingSection')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <DwellingPicker
                residenceId={values.residenceId}
                onResidenceChange={(residenceId) => {
                  form.setFieldValue('residenceId', residenceId);
                  form.setFieldValue('dwelling.dwellingId', '');
                }}
                dwellingField={{ key: form.key('dwelling.dwellingId'), ...form.getInputProps('dwelling.dwellingId') }}
              />
              <FrenchDateInput required {...field('dwelling.enteredOn', t('households.fields.enteredOn'))} />
            </SimpleGrid>
          </Fieldset>
        ) : (
          <Fieldset legend={t('households.addressSection')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput required autoComplete="off" {...field('address.line', t('households.fields.addressLine'))} />
              <TextInput required maxLength={5} inputMode="numeric" autoComplete="off" {...field('address.postcode', t('households.fields.postcode'))} />
              <TextInput required autoComplete="off" {...field('address.city', t('households.fields.city'))} />
            </SimpleGrid>
          </Fieldset>
        )}
        {values.people.map((_person, index) => (
          <Fieldset key={form.key(`people.${index}`)} legend={t('households.personN', { n: index + 1 })}>
            <Stack gap="sm">
              <PersonFields form={form} prefix={`people.${index}.`} />
              {values.people.length > 1 && (
                <Group justify="flex-end">
                  <Button variant="default" size="xs" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => form.removeListItem('people', index)}>
                    {t('households.removePersonN', { n: index + 1 })}
                  </Button>
                </Group>
              )}
            </Stack>
          </Fieldset>
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => form.insertListItem('people', { ...emptyPerson(values.people.length === 1 ? 'spouse' : 'child'), familyName: values.people[0]?.familyName ?? '' })}
          >
            {t('households.addPerson')}
          </Button>
        </Group>
        <Fieldset legend={t('households.identity')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput description={t('households.fields.nameHint')} autoComplete="off" {...field('name', t('households.fields.name'))} />
            <TextInput description={t('households.fields.externalIdHint')} autoComplete="off" {...field('externalId', t('households.fields.externalId'))} />
          </SimpleGrid>
          <Textarea mt="sm" description={t('households.fields.notesHint')} autosize minRows={2} {...field('notes', t('households.fields.notes'))} />
          <Checkbox mt="sm" {...form.getInputProps('acceptsMail', { type: 'checkbox' })} label={t('households.fields.acceptsMail')} />
        </Fieldset>
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
