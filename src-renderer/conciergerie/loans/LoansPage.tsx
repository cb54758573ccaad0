import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// Placeholder replaced by the loans screens.
export function LoansPage() {
  const { t } = useTranslation();
  return <Title order={1}>{t('loans.title')}</Title>;
}
