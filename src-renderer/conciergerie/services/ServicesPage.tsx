import { useTranslation } from 'react-i18next';
import { TabbedPage } from '../TabbedPage.tsx';
import { BasketsPanel } from './BasketsPanel.tsx';
import { PressingPanel } from './PressingPanel.tsx';
import { PricesPanel } from './PricesPanel.tsx';

/** Paid services: pressing tickets, basket orders per delivery date, and their price list. */
export function ServicesPage() {
  const { t } = useTranslation();
  return (
    <TabbedPage
      title={t('services.title')}
      tabs={[
        { value: 'pressing', label: t('services.tabs.pressing'), panel: <PressingPanel /> },
        { value: 'baskets', label: t('services.tabs.baskets'), panel: <BasketsPanel /> },
        { value: 'prices', label: t('services.tabs.prices'), panel: <PricesPanel /> },
      ]}
    />
  );
}
