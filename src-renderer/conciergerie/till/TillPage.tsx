import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// Placeholder replaced by the till screens.
export function TillPage() {
  const { t } = useTranslation();
  return <Title order={1}>{t('till.title')}</Title>;
}
