import { Pagination, Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks.ts';
import { DayPanel } from './DayPanel.tsx';
import { PaymentsPanel } from './PaymentsPanel.tsx';
import { SessionPanel } from './SessionPanel.tsx';
import { SessionsTable } from './SessionsTable.tsx';

const PAGE = 20;

function HistoryPanel({ onShowPayments }: { onShowPayments: (sessionId: number) => void }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const sessions = useApiQuery('till.sessions', { offset: (page - 1) * PAGE, limit: PAGE });
  const pages = Math.max(1, Math.ceil((sessions.data?.total ?? 0) / PAGE));
  return (
    <Stack>
      {sessions.data && <SessionsTable sessions={sessions.data.rows} onShowPayments={onShowPayments} />}
      {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} getControlProps={(control) => ({ 'aria-label': t(`till.pagination.${control}`) })} />}
    </Stack>
  );
}

/** La caisse: the session open now, the payments with their receipts, the day's summary and the sessions' history. */
export function TillPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('session');
  const [sessionId, setSessionId] = useState<number | null>(null);
  return (
    <Stack>
      <Title order={1}>{t('till.title')}</Title>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="session">{t('till.tabs.session')}</Tabs.Tab>
          <Tabs.Tab value="payments">{t('till.tabs.payments')}</Tabs.Tab>
          <Tabs.Tab value="day">{t('till.tabs.day')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('till.tabs.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="session" pt="md">
          <SessionPanel />
        </Tabs.Panel>
        <Tabs.Panel value="payments" pt="md">
          <PaymentsPanel sessionId={sessionId} onClearSession={() => setSessionId(null)} />
        </Tabs.Panel>
        <Tabs.Panel value="day" pt="md">
          <DayPanel />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryPanel
            onShowPayments={(id) => {
              setSessionId(id);
              setTab('payments');
            }}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
