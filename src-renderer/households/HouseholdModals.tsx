import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { HouseholdDetail } from '../../src-main/households/contract.ts';
import { useApiMutation } from '../api/hooks.ts';
import { notifySuccess } from '../app/notify.ts';
import { submitWithErrors } from '../app/submitWithErrors.ts';
import { FrenchDateInput } from '../components/FrenchDateInput.tsx';
import { DwellingPicker } from './DwellingPicker.tsx';
import type { HouseholdEditValues } from './form-values.ts';

const closeProps = (label: string) => ({ 'aria-label': label });

function Actions({ pending, onCancel, submitLabel }: { pending: boolean; onCancel: () => void; submitLabel?: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="md">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={pending}>
        {submitLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}

/** The household's own fields: name, landlord's id, postal address, notes, mail. */
export function HouseholdEditModal({ household, onClose }: { household: HouseholdDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useApiMutation('households.update');
  const form = useForm<HouseholdEditValues>({
    mode: 'controlled',
    initialValues: {
      name: household.name,
      externalId: household.externalId ?? '',
      address: household.address,
      notes: household.notes,
      acceptsMail: household.acceptsMail,
    },
  });
  const field = (path: string, label: string) => ({ key: form.key(path), ...form.getInputProps(path), label });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const saved = await update.mutateAsync({ id: household.id, ...values, externalId: values.externalId.trim() || null });
      notifySuccess(t('households.updated', { name: saved.name }));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('households.edit')} size="lg" closeButtonProps={closeProps(t('common.close'))}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput required data-autofocus autoComplete="off" {...field('name', t('households.fields.name'))} />
            <TextInput description={t('households.fields.externalIdHint')} autoComplete="off" {...field('externalId', t('households.fields.externalId'))} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput autoComplete="off" {...field('address.line', t('households.fields.addressLine'))} />
            <TextInput maxLength={5} inputMode="numeric" autoComplete="off" {...field('address.postcode', t('households.fields.postcode'))} />
            <TextInput autoComplete="off" {...field('address.city', t('households.fields.city'))} />
          </SimpleGrid>
          <Textarea description={t('households.fields.notesHint')} autosize minRows={2} {...field('notes', t('households.fields.notes'))} />
          <Checkbox {...form.getInputProps('acceptsMail', { type: 'checkbox' })} label={t('households.fields.acceptsMail')} />
        </Stack>
        <Actions pending={update.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}

/** Moving into a dwelling of the stock: the current stay ends on the entry date, the history is kept. */
export function MoveInModal({ household, onClose }: { household: HouseholdDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const moveIn = useApiMutation('households.moveIn');
  const form = useForm({ mode: 'controlled', initialValues: { residenceId: '', dwellingId: '', enteredOn: '' } });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const saved = await moveIn.mutateAsync({
        householdId: household.id,
        dwellingId: values.dwellingId ? Number(values.dwellingId) : (undefined as unknown as number),
        enteredOn: values.enteredOn ?? '',
      });
      notifySuccess(t('households.movedIn', { name: saved.name, id: saved.current?.dwelling.internalId ?? '' }));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('households.moveInTitle')} size="lg" closeButtonProps={closeProps(t('common.close'))}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {household.current && <Text size="sm">{t('households.moveInHint', { id: household.current.dwelling.internalId })}</Text>}
          <DwellingPicker
            residenceId={form.getValues().residenceId}
            onResidenceChange={(residenceId) => {
              form.setFieldValue('residenceId', residenceId);
              form.setFieldValue('dwellingId', '');
            }}
            dwellingField={{ key: form.key('dwellingId'), ...form.getInputProps('dwellingId') }}
          />
          <FrenchDateInput required label={t('households.fields.enteredOn')} key={form.key('enteredOn')} {...form.getInputProps('enteredOn')} />
        </Stack>
        <Actions pending={moveIn.isPending} onCancel={onClose} submitLabel={t('households.moveInSubmit')} />
      </form>
    </Modal>
  );
}

/** The household leaves its dwelling (end of tenancy); the stay stays in its history. */
export function MoveOutModal({ household, onClose }: { household: HouseholdDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const moveOut = useApiMutation('households.moveOut');
  const form = useForm({ mode: 'controlled', initialValues: { leftOn: '' } });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const saved = await moveOut.mutateAsync({ householdId: household.id, leftOn: values.leftOn ?? '' });
      notifySuccess(t('households.movedOut', { name: saved.name }));
      onClose();
    }),
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('households.moveOutTitle', { id: household.current?.dwelling.internalId ?? '' })}
      closeButtonProps={closeProps(t('common.close'))}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text size="sm">{t('households.moveOutHint')}</Text>
          <FrenchDateInput required data-autofocus label={t('households.fields.leftOn')} key={form.key('leftOn')} {...form.getInputProps('leftOn')} />
        </Stack>
        <Actions pending={moveOut.isPending} onCancel={onClose} submitLabel={t('households.moveOutSubmit')} />
      </form>
    </Modal>
  );
}
