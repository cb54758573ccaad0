import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { PartnerDetail } from '../../../src-main/club/partners/contract.ts';
import type { PartnerStatus } from '../../../src-main/club/partners/fields.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FrenchDateInput } from '../../components/FrenchDateInput.tsx';
import type { clubFr } from '../text.fr.ts';
import { FormButtons } from '../../components/FormButtons.tsx';

export interface StatusAction {
  to: PartnerStatus;
  key: keyof typeof clubFr.partners.actions;
}

/** The status changes offered from each status, as the backend allows them. */
export const STATUS_ACTIONS: Record<PartnerStatus, StatusAction[]> = {
  candidate: [
    { to: 'active', key: 'activate' },
    { to: 'ended', key: 'decline' },
  ],
  active: [
    { to: 'suspended', key: 'suspend' },
    { to: 'ended', key: 'end' },
  ],
  suspended: [
    { to: 'active', key: 'reactivate' },
    { to: 'ended', key: 'end' },
  ],
  ended: [
    { to: 'active', key: 'reactivate' },
    { to: 'candidate', key: 'reapply' },
  ],
};

/** Confirms a change of status, with its date and reason (kept in the partner's history). */
export function StatusModal({ partner, action, onClose }: { partner: PartnerDetail; action: StatusAction; onClose: () => void }) {
  const { t } = useTranslation();
  const setStatus = useApiMutation('club.partners.setStatus');
  const form = useForm({ mode: 'controlled', initialValues: { on: '', reason: '' } });
  const title = t(`club.partners.actions.${action.key}`);
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const saved = await setStatus.mutateAsync({ id: partner.id, status: action.to, on: values.on || null, reason: values.reason });
      notifySuccess(t('club.partners.statusChanged', { name: saved.name, status: t(`club.statuses.${saved.status}`) }));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={`${title} — ${partner.name}`} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text>{t(`club.partners.actionHints.${action.key}`)}</Text>
          <FrenchDateInput description={t('club.partners.statusOnHint')} {...form.getInputProps('on')} key={form.key('on')} label={t('club.partners.fields.statusOn')} />
          <Textarea autosize minRows={2} data-autofocus {...form.getInputProps('reason')} key={form.key('reason')} label={t('club.partners.fields.reason')} />
        </Stack>
        <FormButtons submitLabel={title} busy={setStatus.isPending} danger={action.to === 'ended' || action.to === 'suspended'} onCancel={onClose} />
      </form>
    </Modal>
  );
}
