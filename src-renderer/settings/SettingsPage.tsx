import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/AuthContext.ts';
import { AuditLog } from './AuditLog.tsx';
import { BackupsPanel } from './BackupsPanel.tsx';
import { Diagnostics } from './Diagnostics.tsx';
import { OfficeSettings } from './OfficeSettings.tsx';
import { RightsMatrix } from './RightsMatrix.tsx';
import { StaffAccounts } from './StaffAccounts.tsx';
import { UpdatesPanel } from './UpdatesPanel.tsx';

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
          {administers && <Tabs.Tab value="updates">{t('updates.title')}</Tabs.Tab>}
          {administers && <Tabs.Tab value="diagnostics">{t('diagnostics.title')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="office" pt="md">
          <OfficeSettings />
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
        {administers && (
          <Tabs.Panel value="updates" pt="md">
            <UpdatesPanel />
          </Tabs.Panel>
        )}
        {administers && (
          <Tabs.Panel value="diagnostics" pt="md">
            <Diagnostics />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
