import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../src-main/shared/days.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { FrenchDateInput } from '../../components/FrenchDateInput.tsx';
import { useSeriesNotice } from './EventFormModal.tsx';

/** Ends a series after a given day. */
export function EndSeriesModal({ seriesId, onClose }: { seriesId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const end = useApiMutation('agenda.series.end');
  const seriesNotice = useSeriesNotice();
  const form = useForm({ mode: 'controlled', initialValues: { lastDay: localToday() } });
  const onSubmit = form.onSubmit(({ lastDay }) =>
    submitWithErrors(form, async () => {
      const change = await end.mutateAsync({ id: seriesId, lastDay: lastDay || (undefined as unknown as string) });
      seriesNotice(change, t('agenda.events.end.done', { removed: change.removed }));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('agenda.events.end.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text size="sm">{t('agenda.events.end.hint')}</Text>
          <FrenchDateInput required data-autofocus label={t('agenda.events.end.lastDay')} key={form.key('lastDay')} {...form.getInputProps('lastDay')} />
        </Stack>
        <FormButtons danger submitLabel={t('agenda.events.end.confirm')} busy={end.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
