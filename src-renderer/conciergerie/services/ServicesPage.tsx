import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// Placeholder replaced by the services screens.
export function ServicesPage() {
  const { t } = useTranslation();
  return <Title order={1}>{t('services.title')}</Title>;
}
