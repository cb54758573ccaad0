import { Button, Modal, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../src-main/conciergerie/members/contract.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { FormButtons } from '../../components/FormButtons.tsx';
import { type Language } from '../../format/index.ts';
import { formatDateTime } from '../../format/datetime.ts';
import { MemberSection } from './MemberSection.tsx';

/** Blocking a member until the team clears it: the reason is what the counter reads out. */
export function FlagModal({ member, onClose }: { member: MemberDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const flag = useApiMutation('members.flag');
  const form = useForm({ mode: 'controlled', initialValues: { reason: '' } });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      await flag.mutateAsync({ memberId: member.id, reason: values.reason });
      notifySuccess(t('members.flags.added'));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('members.flags.addTitle', { name: member.person.name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <TextInput label={t('members.flags.reason')} description={t('members.flags.reasonHint')} required data-autofocus key={form.key('reason')} {...form.getInputProps('reason')} />
        <FormButtons submitLabel={t('members.flags.add')} busy={flag.isPending} onCancel={onClose} danger />
      </form>
    </Modal>
  );
}

/** The team's flags: active ones first, with who set them; cleared ones stay listed with who cleared them. */
export function FlagsSection({ member }: { member: MemberDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const canWrite = useCan('conciergerie', 'write');
  const clear = useApiMutation('members.clearFlag');
  if (member.flags.length === 0) return null;
  return (
    <MemberSection title={t('members.flags.title')}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('members.flags.reason')}</Table.Th>
            <Table.Th>{t('members.flags.set')}</Table.Th>
            <Table.Th>{t('members.flags.cleared')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {member.flags.map((flag) => (
            <Table.Tr key={flag.id}>
              <Table.Td>
                <Text c={flag.clearedAt ? undefined : 'red.9'} fw={flag.clearedAt ? undefined : 600}>
                  {flag.reason}
                </Text>
              </Table.Td>
              <Table.Td>
                {formatDateTime(flag.createdAt, language)}
                {flag.createdBy && <Text size="xs" c="gray.7">{flag.createdBy}</Text>}
              </Table.Td>
              <Table.Td>
                {flag.clearedAt ? (
                  <>
                    {formatDateTime(flag.clearedAt, language)}
                    {flag.clearedBy && <Text size="xs" c="gray.7">{flag.clearedBy}</Text>}
                  </>
                ) : canWrite ? (
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() =>
                      clear
                        .mutateAsync({ flagId: flag.id })
                        .then(() => notifySuccess(t('members.flags.clearedNotice')))
                        .catch(notifyError)
                    }
                  >
                    {t('members.flags.clear')}
                  </Button>
                ) : (
                  t('members.flags.active')
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </MemberSection>
  );
}
