import { useTranslation } from 'react-i18next';
import { TabbedPage } from '../TabbedPage.tsx';
import { LoanListPanel } from './LoanListPanel.tsx';
import { OverduePanel } from './OverduePanel.tsx';

/** Loans out, overdue loans with their reminder letters, and the history of returns. */
export function LoansPage() {
  const { t } = useTranslation();
  return (
    <TabbedPage
      title={t('loans.title')}
      tabs={[
        { value: 'open', label: t('loans.tabs.open'), panel: <LoanListPanel returned={false} /> },
        { value: 'overdue', label: t('loans.tabs.overdue'), panel: <OverduePanel /> },
        { value: 'history', label: t('loans.tabs.history'), panel: <LoanListPanel returned /> },
      ]}
    />
  );
}
