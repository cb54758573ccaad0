import { Button, Group, Modal } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../src-main/conciergerie/members/contract.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { formatDate, type Language } from '../../format/index.ts';
import { emptyMembership, MembershipFields, membershipInput, type MembershipValues } from './MembershipFields.tsx';

/** Renewing: the next membership starts the day after the one in force (today when it has lapsed). */
export function RenewModal({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const renew = useApiMutation('members.renew');
  const lastType = member.standing.membership?.typeId;
  const form = useForm<MembershipValues>({
    mode: 'controlled',
    initialValues: { ...emptyMembership(member.renewalStartsOn), typeId: lastType ? String(lastType) : null },
  });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const renewed = await renew.mutateAsync({ memberId: member.id, ...membershipInput(values) });
      notifySuccess(
        renewed.payment
          ? t('members.renewedPaid', { to: formatDate(renewed.endsOn, language), receipt: renewed.payment.receiptNumber })
          : t('members.renewed', { to: formatDate(renewed.endsOn, language) }),
      );
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('members.renewTitle', { name: member.person.name })} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <MembershipFields form={form} prefix="" values={form.values} fixedStartsOn={member.renewalStartsOn} />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={renew.isPending} data-autofocus>
            {t('members.renew')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
