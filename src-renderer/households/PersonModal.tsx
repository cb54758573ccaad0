import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../src-main/households/contract.ts';
import { useApiMutation } from '../api/hooks.ts';
import { notifyError, notifySuccess } from '../app/notify.ts';
import { submitWithErrors } from '../app/submitWithErrors.ts';
import { emptyPerson, personInput, personToForm, type PersonFormValues } from './form-values.ts';
import { personName } from './format.ts';
import { PersonFields } from './PersonFieldset.tsx';

/** Adds a person to the household, or edits one. */
export function PersonModal({ householdId, person, familyName, onClose }: { householdId: number; person?: Person; familyName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useApiMutation('people.add');
  const update = useApiMutation('people.update');
  const form = useForm<PersonFormValues>({
    mode: 'controlled',
    initialValues: person ? personToForm(person) : { ...emptyPerson('member'), familyName },
  });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const saved = person
        ? await update.mutateAsync({ id: person.id, ...personInput(values) })
        : await add.mutateAsync({ householdId, ...personInput(values) });
      notifySuccess(t(person ? 'households.personUpdated' : 'households.personAdded', { name: personName(saved) }));
      onClose();
    }),
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={person ? t('households.editPerson', { name: personName(person) }) : t('households.addPersonTitle')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <PersonFields form={form} autoFocus />
        </Stack>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending || update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}

/** Asks before removing a person from the household; the backend refuses when other records refer to them. */
export function RemovePersonModal({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useApiMutation('people.remove');
  const name = personName(person);
  const confirm = () =>
    remove.mutate(
      { id: person.id },
      {
        onSuccess: () => {
          notifySuccess(t('households.personRemoved', { name }));
          onClose();
        },
        onError: (error) => {
          notifyError(error);
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('households.removeConfirmTitle', { name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Text size="sm">{t('households.removeConfirmBody')}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button color="red.9" onClick={confirm} loading={remove.isPending}>
          {t('households.removeConfirm')}
        </Button>
      </Group>
    </Modal>
  );
}
