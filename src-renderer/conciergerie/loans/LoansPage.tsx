import { Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoanListPanel } from './LoanListPanel.tsx';
import { OverduePanel } from './OverduePanel.tsx';

/** Loans out, overdue loans with their reminder letters, and the history of returns. */
export function LoansPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('open');
  return (
    <Stack>
      <Title order={1}>{t('loans.title')}</Title>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="open">{t('loans.tabs.open')}</Tabs.Tab>
          <Tabs.Tab value="overdue">{t('loans.tabs.overdue')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('loans.tabs.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="open" pt="md">
          <LoanListPanel returned={false} />
        </Tabs.Panel>
        <Tabs.Panel value="overdue" pt="md">
          <OverduePanel />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <LoanListPanel returned />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
