import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// Placeholder replaced by the club screens.
export function ClubRoutes() {
  const { t } = useTranslation();
  return <Title order={1}>{t('club.title')}</Title>;
}
