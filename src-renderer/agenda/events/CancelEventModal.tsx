import { Modal, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FormButtons } from '../../components/FormButtons.tsx';

/** Cancels one event (or session), or every upcoming session of its series, with the reason shown to those registered. */
export function CancelEventModal({ eventId, seriesId, onClose }: { eventId: number; seriesId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const cancelOne = useApiMutation('agenda.events.cancel');
  const cancelSeries = useApiMutation('agenda.series.cancel');
  const form = useForm({ mode: 'controlled', initialValues: { reason: '' } });
  const onSubmit = form.onSubmit(({ reason }) =>
    submitWithErrors(form, async () => {
      if (seriesId !== null) {
        const change = await cancelSeries.mutateAsync({ id: seriesId, reason });
        notifySuccess(t('agenda.events.cancel.seriesDone', { count: change.updated }));
      } else {
        await cancelOne.mutateAsync({ id: eventId, reason });
        notifySuccess(t('agenda.events.cancel.done'));
      }
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t(seriesId !== null ? 'agenda.events.cancel.seriesTitle' : 'agenda.events.cancel.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Textarea required data-autofocus autosize minRows={2} label={t('agenda.events.cancel.reason')} key={form.key('reason')} {...form.getInputProps('reason')} />
        <FormButtons
          danger
          submitLabel={t(seriesId !== null ? 'agenda.events.cancel.confirmSeries' : 'agenda.events.cancel.confirm')}
          busy={cancelOne.isPending || cancelSeries.isPending}
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}
