import { Alert, Title } from '@mantine/core';
import { IconTool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Section } from './navigation.tsx';

export function NotBuiltYet({ section }: { section: Section }) {
  const { t } = useTranslation();
  const module = t(`nav.${section.label}`);
  return (
    <>
      <Title order={1} mb="md">
        {module}
      </Title>
      <Alert icon={<IconTool aria-hidden />} title={t('notBuilt.title', { module })} color="gray" variant="light">
        {t('notBuilt.body')}
      </Alert>
    </>
  );
}
