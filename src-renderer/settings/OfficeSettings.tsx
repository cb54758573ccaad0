import { Alert, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks.ts';
import { useCan } from '../auth/AuthContext.ts';
import { FederationCertificate } from './FederationCertificate.tsx';
import { OfficeIdentity } from './OfficeSettingsIdentity.tsx';
import { FederationSettingsForm, UpdatesSettingsForm } from './OfficeSettingsLinks.tsx';
import { CounterSettingsForm, RetentionSettingsForm } from './OfficeSettingsRules.tsx';

/**
 * The office's settings, one form per section, each saved on its own. Read-only below admin rights on 'settings'
 * (the backend refuses the saves anyway).
 */
export function OfficeSettings() {
  const { t } = useTranslation();
  const readOnly = !useCan('settings', 'admin');
  const settings = useApiQuery('settings.get', {});
  if (settings.error) return <Alert color="red" title={t('common.errorTitle')}>{settings.error.message}</Alert>;
  if (!settings.data) return <Loader aria-label={t('common.loading')} />;
  const { office, counter, retention, federation, updates } = settings.data;
  return (
    <Stack gap="lg">
      {readOnly && <Alert color="gray">{t('officeSettings.readOnly')}</Alert>}
      <OfficeIdentity initial={office} readOnly={readOnly} />
      <CounterSettingsForm initial={counter} readOnly={readOnly} />
      <RetentionSettingsForm initial={retention} readOnly={readOnly} />
      <FederationSettingsForm initial={federation} readOnly={readOnly} />
      <FederationCertificate readOnly={readOnly} />
      <UpdatesSettingsForm initial={updates} readOnly={readOnly} />
    </Stack>
  );
}
