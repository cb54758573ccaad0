import { Alert, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/AuthContext.ts';
import { AuditLog } from './AuditLog.tsx';
import { BackupsPanel } from './BackupsPanel.tsx';
import { RightsMatrix } from './RightsMatrix.tsx';
import { StaffAccounts } from './StaffAccounts.tsx';

export function SettingsPage() {
  const { t } = useTranslation();
  const administers = useCan('administration', 'admin');
  return (
    <Stack>
      <Title order={1}>{t('settings.title')}</Title>
      <Tabs defaultValue={administers ? 'staff' : 'office'} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="office">{t('settings.office')}</Tabs.Tab>
          {administers && <Tabs.Tab value="staff">{t('staff.title')}</Tabs.Tab>}
          {administers && <Tabs.Tab value="audit">{t('audit.title')}</Tabs.Tab>}
          {administers && <Tabs.Tab value="backups">{t('backups.title')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="office" pt="md">
          <Alert color="gray">{t('settings.officeNotBuilt')}</Alert>
        </Tabs.Panel>
        {administers && (
          <Tabs.Panel value="staff" pt="md">
            <Stack gap="xl">
              <StaffAccounts />
              <RightsMatrix />
            </Stack>
          </Tabs.Panel>
        )}
        {administers && (
          <Tabs.Panel value="audit" pt="md">
            <AuditLog />
          </Tabs.Panel>
        )}
        {administers && (
          <Tabs.Panel value="backups" pt="md">
            <BackupsPanel />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
