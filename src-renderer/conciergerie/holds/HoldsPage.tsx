import { Alert, Button, Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { CalendarPanel } from './CalendarPanel.tsx';
import { PlaceHoldForm } from './PlaceHoldForm.tsx';
import { ToNotifyPanel } from './ToNotifyPanel.tsx';
import { WaitingListsPanel } from './WaitingListsPanel.tsx';

/** Members to tell, waiting lists with positions, the reservations calendar, and a new hold. */
export function HoldsPage() {
  const { t } = useTranslation();
  const canWrite = useCan('conciergerie', 'write');
  const [tab, setTab] = useState<string | null>('lists');
  const lists = useApiQuery('holds.waitingLists', { itemId: null });
  const release = useApiMutation('holds.releaseExpired');
  const lapsed = lists.data?.lapsed ?? 0;
  const releaseLapsed = async () => {
    try {
      notifySuccess((await release.mutateAsync({})).message);
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <Stack>
      <Title order={1}>{t('holds.title')}</Title>
      {lapsed > 0 && (
        <Alert variant="filled" color="red.9" title={t('holds.lapsed', { count: lapsed })}>
          {canWrite && (
            <Button variant="white" color="red.9" mt="xs" onClick={() => void releaseLapsed()} loading={release.isPending}>
              {t('holds.release')}
            </Button>
          )}
        </Alert>
      )}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="lists">{t('holds.tabs.lists')}</Tabs.Tab>
          <Tabs.Tab value="notify">{t('holds.tabs.notify')}</Tabs.Tab>
          <Tabs.Tab value="calendar">{t('holds.tabs.calendar')}</Tabs.Tab>
          {canWrite && <Tabs.Tab value="new">{t('holds.tabs.new')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="lists" pt="md">
          <WaitingListsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="notify" pt="md">
          <ToNotifyPanel />
        </Tabs.Panel>
        <Tabs.Panel value="calendar" pt="md">
          <CalendarPanel />
        </Tabs.Panel>
        {canWrite && (
          <Tabs.Panel value="new" pt="md">
            <PlaceHoldForm />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
