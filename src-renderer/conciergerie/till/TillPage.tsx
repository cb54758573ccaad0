import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks.ts';
import { ListPagination } from '../../components/ListPagination.tsx';
import { TabbedPage } from '../TabbedPage.tsx';
import { DayPanel } from './DayPanel.tsx';
import { PaymentsPanel } from './PaymentsPanel.tsx';
import { SessionPanel } from './SessionPanel.tsx';
import { SessionsTable } from './SessionsTable.tsx';

const PAGE = 20;

function HistoryPanel({ onShowPayments }: { onShowPayments: (sessionId: number) => void }) {
  const [page, setPage] = useState(1);
  const sessions = useApiQuery('till.sessions', { offset: (page - 1) * PAGE, limit: PAGE });
  return (
    <Stack>
      {sessions.data && <SessionsTable sessions={sessions.data.rows} onShowPayments={onShowPayments} />}
      <ListPagination total={sessions.data?.total ?? 0} pageSize={PAGE} page={page} onChange={setPage} />
    </Stack>
  );
}

/** La caisse: the session open now, the payments with their receipts, the day's summary and the sessions' history. */
export function TillPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('session');
  const [sessionId, setSessionId] = useState<number | null>(null);
  return (
    <TabbedPage
      title={t('till.title')}
      tab={tab}
      onTabChange={setTab}
      tabs={[
        { value: 'session', label: t('till.tabs.session'), panel: <SessionPanel /> },
        { value: 'payments', label: t('till.tabs.payments'), panel: <PaymentsPanel sessionId={sessionId} onClearSession={() => setSessionId(null)} /> },
        { value: 'day', label: t('till.tabs.day'), panel: <DayPanel /> },
        {
          value: 'history',
          label: t('till.tabs.history'),
          panel: (
            <HistoryPanel
              onShowPayments={(id) => {
                setSessionId(id);
                setTab('payments');
              }}
            />
          ),
        },
      ]}
    />
  );
}
