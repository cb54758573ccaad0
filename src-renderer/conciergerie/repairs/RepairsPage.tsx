import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// Placeholder replaced by the repairs screens.
export function RepairsPage() {
  const { t } = useTranslation();
  return <Title order={1}>{t('repairs.title')}</Title>;
}
