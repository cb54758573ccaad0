import { Alert, Button, PasswordInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuthScreen } from './AuthScreen.tsx';
import { useAuthForm } from './useAuthForm.ts';

export function LoginScreen() {
  const { t } = useTranslation();
  const { form, onSubmit } = useAuthForm('auth.login', { login: '', password: '' }, (values) => values);
  return (
    <AuthScreen title={t('auth.loginTitle')}>
      <form onSubmit={onSubmit} noValidate>
        <TextInput label={t('auth.login')} required autoComplete="username" autoFocus key={form.key('login')} {...form.getInputProps('login')} mb="sm" />
        <PasswordInput label={t('auth.password')} required autoComplete="current-password" key={form.key('password')} {...form.getInputProps('password')} mb="md" />
        {form.errors.general && <Alert color="red" mb="md" role="alert">{form.errors.general}</Alert>}
        <Button type="submit" fullWidth>
          {t('auth.signIn')}
        </Button>
      </form>
    </AuthScreen>
  );
}
