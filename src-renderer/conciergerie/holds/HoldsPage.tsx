import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// Placeholder replaced by the holds screens.
export function HoldsPage() {
  const { t } = useTranslation();
  return <Title order={1}>{t('holds.title')}</Title>;
}
