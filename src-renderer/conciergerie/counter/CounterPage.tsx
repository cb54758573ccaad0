import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// Placeholder replaced by the counter screens.
export function CounterPage() {
  const { t } = useTranslation();
  return <Title order={1}>{t('counter.title')}</Title>;
}
