import { Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CatalogueCopy } from '../../../src-main/conciergerie/catalogue/contract.ts';
import { COPY_CONDITIONS, type CopyCondition } from '../../../src-main/conciergerie/catalogue/kinds.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FormButtons } from '../../components/FormButtons.tsx';

/** A copy's condition and notes. */
export function EditCopyModal({ copy, onClose }: { copy: CatalogueCopy; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useApiMutation('catalogue.updateCopy');
  const form = useForm<{ condition: CopyCondition; notes: string }>({ initialValues: { condition: copy.condition, notes: copy.notes } });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      await update.mutateAsync({ id: copy.id, ...values });
      notifySuccess(t('catalogue.copyUpdated', { barcode: copy.barcode }));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('catalogue.editCopy', { barcode: copy.barcode })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Select
            {...form.getInputProps('condition')}
            label={t('catalogue.copyFields.condition')}
            data={COPY_CONDITIONS.map((value) => ({ value, label: t(`catalogue.conditions.${value}`) }))}
            allowDeselect={false}
            data-autofocus
          />
          <Textarea {...form.getInputProps('notes')} label={t('catalogue.copyFields.notes')} autosize minRows={3} maxRows={8} />
          <FormButtons submitLabel={t('common.save')} busy={update.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** Retires a copy for good, with the reason kept in its notes. */
export function RetireCopyModal({ copy, onClose }: { copy: CatalogueCopy; onClose: () => void }) {
  const { t } = useTranslation();
  const retire = useApiMutation('catalogue.retireCopy');
  const form = useForm({ initialValues: { reason: '' } });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      await retire.mutateAsync({ id: copy.id, reason: values.reason });
      notifySuccess(t('catalogue.copyRetired', { barcode: copy.barcode }));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('catalogue.retireCopy', { barcode: copy.barcode })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text>{t('catalogue.retireExplained')}</Text>
          <TextInput {...form.getInputProps('reason')} label={t('catalogue.retireReason')} placeholder={t('catalogue.retireReasonExample')} data-autofocus />
          <FormButtons submitLabel={t('catalogue.retire')} busy={retire.isPending} onCancel={onClose} danger />
        </Stack>
      </form>
    </Modal>
  );
}
