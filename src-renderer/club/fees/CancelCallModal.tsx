import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { FeeCallView } from '../../../src-main/club/fees/repository.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FormButtons } from '../../components/FormButtons.tsx';

/** Waives a fee call, with the reason (the partnership ended before paying, a first year offered…). */
export function CancelCallModal({ call, onClose }: { call: FeeCallView; onClose: () => void }) {
  const { t } = useTranslation();
  const cancel = useApiMutation('club.fees.cancelCall');
  const form = useForm({ mode: 'controlled', initialValues: { reason: '' } });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      await cancel.mutateAsync({ id: call.id, reason: values.reason });
      notifySuccess(t('club.fees.cancelled', { name: call.partnerName, year: call.year }));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('club.fees.cancelOf', { name: call.partnerName, year: call.year })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text>{t('club.fees.cancelHint')}</Text>
          <Textarea required autosize minRows={2} data-autofocus label={t('club.fees.fields.cancelReason')} {...form.getInputProps('reason')} key={form.key('reason')} />
        </Stack>
        <FormButtons submitLabel={t('club.fees.cancelCall')} busy={cancel.isPending} danger onCancel={onClose} />
      </form>
    </Modal>
  );
}
