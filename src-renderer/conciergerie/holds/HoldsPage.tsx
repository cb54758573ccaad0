import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { TabbedPage } from '../TabbedPage.tsx';
import { CalendarPanel } from './CalendarPanel.tsx';
import { PlaceHoldForm } from './PlaceHoldForm.tsx';
import { ToNotifyPanel } from './ToNotifyPanel.tsx';
import { WaitingListsPanel } from './WaitingListsPanel.tsx';

/** Members to tell, waiting lists with positions, the reservations calendar, and a new hold. */
export function HoldsPage() {
  const { t } = useTranslation();
  const canWrite = useCan('conciergerie', 'write');
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
  const tabs = [
    { value: 'lists', label: t('holds.tabs.lists'), panel: <WaitingListsPanel /> },
    { value: 'notify', label: t('holds.tabs.notify'), panel: <ToNotifyPanel /> },
    { value: 'calendar', label: t('holds.tabs.calendar'), panel: <CalendarPanel /> },
    ...(canWrite ? [{ value: 'new', label: t('holds.tabs.new'), panel: <PlaceHoldForm /> }] : []),
  ];
  return (
    <TabbedPage title={t('holds.title')} tabs={tabs}>
      {lapsed > 0 && (
        <Alert variant="filled" color="red.9" title={t('holds.lapsed', { count: lapsed })}>
          {canWrite && (
            <Button variant="white" color="red.9" mt="xs" onClick={() => void releaseLapsed()} loading={release.isPending}>
              {t('holds.release')}
            </Button>
          )}
        </Alert>
      )}
    </TabbedPage>
  );
}
