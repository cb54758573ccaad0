import { Modal } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../../../src-main/conciergerie/catalogue/contract.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { recordInput, recordToForm, type RecordFormValues } from './record-form.ts';
import { RecordFieldset } from './RecordFieldset.tsx';

export function RecordEditModal({ item, onClose }: { item: CatalogueItem; onClose: () => void }) {
  const { t } = useTranslation();
  const defaults = useApiQuery('catalogue.formDefaults', {});
  const update = useApiMutation('catalogue.update');
  const form = useForm<RecordFormValues>({ initialValues: recordToForm(item) });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      await update.mutateAsync({ id: item.id, ...recordInput(values) });
      notifySuccess(t('catalogue.updated', { title: values.title }));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('catalogue.editRecord')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <RecordFieldset form={form} currentCategoryId={item.categoryId} defaultLoanDays={defaults.data?.loanDays} />
        <FormButtons submitLabel={t('common.save')} busy={update.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
