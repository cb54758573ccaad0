import { Stack, Tabs, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/AuthContext.ts';
import { AuditLog } from './AuditLog.tsx';
import { BackupsPanel } from './BackupsPanel.tsx';
import { Diagnostics } from './Diagnostics.tsx';
import { OfficeSettings } from './OfficeSettings.tsx';
import { RightsMatrix } from './RightsMatrix.tsx';
import { StaffAccounts } from './StaffAccounts.tsx';
import { UpdatesPanel } from './UpdatesPanel.tsx';

interface SettingsTab {
  value: string;
  label: string;
  shown: boolean;
  content: ReactNode;
}

export function SettingsPage() {
  const { t } = useTranslation();
  const readsSettings = useCan('settings', 'read');
  const administers = useCan('administration', 'admin');
  const tabs = ([
    { value: 'office', label: t('settings.office'), shown: readsSettings, content: <OfficeSettings /> },
    {
      value: 'staff',
      label: t('staff.title'),
      shown: administers,
      content: (
        <Stack gap="xl">
          <StaffAccounts />
          <RightsMatrix />
        </Stack>
      ),
    },
    { value: 'audit', label: t('audit.title'), shown: administers, content: <AuditLog /> },
    { value: 'backups', label: t('backups.title'), shown: administers, content: <BackupsPanel /> },
    { value: 'updates', label: t('updates.title'), shown: administers, content: <UpdatesPanel /> },
    { value: 'diagnostics', label: t('diagnostics.title'), shown: administers, content: <Diagnostics /> },
  ] satisfies SettingsTab[]).filter((tab) => tab.shown);
  return (
    <Stack>
      <Title order={1}>{t('settings.title')}</Title>
      <Tabs defaultValue={administers ? 'staff' : tabs[0]?.value} keepMounted={false}>
        <Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {tab.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Panel key={tab.value} value={tab.value} pt="md">
            {tab.content}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
