import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// Placeholder replaced by the members screens.
export function MembersRoutes() {
  const { t } = useTranslation();
  return <Title order={1}>{t('members.title')}</Title>;
}
