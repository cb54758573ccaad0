import { Button, Group, Modal, PasswordInput, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../src-main/auth/rights.ts';
import type { StaffMember } from '../../src-main/staff/contract.ts';
import { useApiMutation } from '../api/hooks.ts';
import { notifySuccess } from '../app/notify.ts';
import { submitWithErrors } from '../app/submitWithErrors.ts';

type Mode = { kind: 'create' } | { kind: 'edit'; member: StaffMember } | { kind: 'password'; member: StaffMember };

/** Creates an account, edits its name and role, or gives it a new password. */
export function StaffAccountModal({ mode, onClose }: { mode: Mode; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useApiMutation('staff.create');
  const update = useApiMutation('staff.update');
  const reset = useApiMutation('staff.resetPassword');
  const member = mode.kind === 'create' ? null : mode.member;
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { displayName: member?.displayName ?? '', login: member?.login ?? '', role: member?.role ?? 'counter', password: '' },
  });
  const roles = ROLES.map((role) => ({ value: role, label: t(`auth.roles.${role}`) }));
  const title =
    mode.kind === 'create' ? t('staff.newAccount') : t(mode.kind === 'edit' ? 'staff.editAccount' : 'staff.resetPasswordFor', { name: mode.member.displayName });

  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const role = values.role as StaffMember['role'];
      if (mode.kind === 'create') {
        const saved = await create.mutateAsync({ ...values, role });
        notifySuccess(t('staff.created', { name: saved.displayName }));
      } else if (mode.kind === 'edit') {
        const saved = await update.mutateAsync({ id: mode.member.id, displayName: values.displayName, role });
        notifySuccess(t('staff.updated', { name: saved.displayName }));
      } else {
        const saved = await reset.mutateAsync({ id: mode.member.id, password: values.password });
        notifySuccess(t('staff.passwordReset', { name: saved.displayName }));
      }
      onClose();
    }),
  );
  const field = (name: 'displayName' | 'login' | 'role' | 'password') => ({ key: form.key(name), ...form.getInputProps(name) });
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        {mode.kind !== 'password' && (
          <>
            <TextInput label={t('auth.displayName')} required data-autofocus mb="sm" {...field('displayName')} />
            <TextInput label={t('auth.login')} required disabled={mode.kind === 'edit'} mb="sm" {...field('login')} />
            <Select label={t('staff.role')} data={roles} allowDeselect={false} required mb="sm" {...field('role')} />
          </>
        )}
        {mode.kind !== 'edit' && (
          <PasswordInput label={t('auth.password')} description={t('auth.passwordRule')} required autoComplete="new-password" data-autofocus={mode.kind === 'password' || undefined} mb="sm" {...field('password')} />
        )}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending || reset.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}

export type StaffModalMode = Mode;
