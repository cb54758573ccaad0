import { Alert, Button, Group, PasswordInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import type { AuthStatus } from './AuthContext.ts';
import { AuthScreen } from './AuthScreen.tsx';
import { useAuthForm } from './useAuthForm.ts';

/** After inactivity the screen hides everything; the same person unlocks, or another one switches user. */
export function LockScreen({ status }: { status: AuthStatus }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { form, onSubmit } = useAuthForm('auth.unlock', { password: '' }, (values) => values);
  const switchUser = async () => {
    await call('auth.logout', {});
    await queryClient.resetQueries();
  };
  return (
    <AuthScreen title={t('auth.lockedTitle')} intro={t('auth.lockedIntro', { name: status.user?.displayName ?? '' })}>
      <form onSubmit={onSubmit} noValidate>
        <PasswordInput label={t('auth.password')} required autoComplete="current-password" autoFocus key={form.key('password')} {...form.getInputProps('password')} mb="md" />
        {form.errors.general && <Alert color="red" mb="md">{form.errors.general}</Alert>}
        <Group grow>
          <Button type="submit">{t('auth.unlock')}</Button>
          <Button variant="default" onClick={switchUser}>
            {t('auth.switchUser')}
          </Button>
        </Group>
      </form>
    </AuthScreen>
  );
}
