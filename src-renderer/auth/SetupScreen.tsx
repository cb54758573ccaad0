import { Alert, Button, PasswordInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuthScreen } from './AuthScreen.tsx';
import { useAuthForm } from './useAuthForm.ts';

/** First run: the person installing Voisinage creates the administrator account. */
export function SetupScreen() {
  const { t } = useTranslation();
  const { form, onSubmit } = useAuthForm('auth.setup', { displayName: '', login: '', password: '', confirm: '' }, ({ displayName, login, password }) => ({
    displayName,
    login,
    password,
  }));
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    const { password, confirm } = form.getValues();
    if (password !== confirm) {
      event.preventDefault();
      form.setErrors({ confirm: t('auth.passwordsDiffer') });
      return;
    }
    onSubmit(event);
  };
  return (
    <AuthScreen title={t('auth.setupTitle')} intro={t('auth.setupIntro')}>
      <form onSubmit={submit} noValidate>
        <TextInput label={t('auth.displayName')} required data-autofocus autoFocus key={form.key('displayName')} {...form.getInputProps('displayName')} mb="sm" />
        <TextInput label={t('auth.login')} required autoComplete="username" key={form.key('login')} {...form.getInputProps('login')} mb="sm" />
        <PasswordInput label={t('auth.password')} description={t('auth.passwordRule')} required autoComplete="new-password" key={form.key('password')} {...form.getInputProps('password')} mb="sm" />
        <PasswordInput label={t('auth.confirmPassword')} required autoComplete="new-password" key={form.key('confirm')} {...form.getInputProps('confirm')} mb="md" />
        {form.errors.general && <Alert color="red" mb="md">{form.errors.general}</Alert>}
        <Button type="submit" fullWidth>
          {t('auth.createAdmin')}
        </Button>
      </form>
    </AuthScreen>
  );
}
