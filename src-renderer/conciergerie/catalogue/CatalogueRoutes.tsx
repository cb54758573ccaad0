import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// Placeholder replaced by the catalogue screens.
export function CatalogueRoutes() {
  const { t } = useTranslation();
  return <Title order={1}>{t('catalogue.title')}</Title>;
}
