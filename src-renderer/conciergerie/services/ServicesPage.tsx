import { Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BasketsPanel } from './BasketsPanel.tsx';
import { PressingPanel } from './PressingPanel.tsx';
import { PricesPanel } from './PricesPanel.tsx';

/** Paid services: pressing tickets, basket orders per delivery date, and their price list. */
export function ServicesPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('pressing');
  return (
    <Stack>
      <Title order={1}>{t('services.title')}</Title>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="pressing">{t('services.tabs.pressing')}</Tabs.Tab>
          <Tabs.Tab value="baskets">{t('services.tabs.baskets')}</Tabs.Tab>
          <Tabs.Tab value="prices">{t('services.tabs.prices')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="pressing" pt="md">
          <PressingPanel />
        </Tabs.Panel>
        <Tabs.Panel value="baskets" pt="md">
          <BasketsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="prices" pt="md">
          <PricesPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
