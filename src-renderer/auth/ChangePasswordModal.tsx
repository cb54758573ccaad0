import { Button, Group, Modal, PasswordInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/hooks.ts';
import { notifySuccess } from '../app/notify.ts';
import { submitWithErrors } from '../app/submitWithErrors.ts';

export function ChangePasswordModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const change = useApiMutation('auth.changePassword');
  const form = useForm({ mode: 'uncontrolled', initialValues: { current: '', next: '' } });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      await change.mutateAsync(values);
      notifySuccess(t('auth.passwordChanged'));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('auth.changePassword')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <PasswordInput label={t('auth.currentPassword')} required autoComplete="current-password" data-autofocus key={form.key('current')} {...form.getInputProps('current')} mb="sm" />
        <PasswordInput label={t('auth.newPassword')} description={t('auth.passwordRule')} required autoComplete="new-password" key={form.key('next')} {...form.getInputProps('next')} mb="md" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={change.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
