import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconDatabaseImport, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useApiMutation } from '../api/hooks.ts';
import { useCan } from '../auth/AuthContext.ts';
import { notifyError, notifySuccess } from '../app/notify.ts';

/** Shown on a brand-new database: create the first residence, or load the demo office. */
export function EmptyOffice() {
  const { t } = useTranslation();
  const fill = useApiMutation('demo.fill');
  const administers = useCan('administration', 'admin');
  // mutateAsync, not mutate's callbacks: this panel unmounts as soon as the office is no longer empty.
  const loadDemo = () => fill.mutateAsync({}).then((counts) => notifySuccess(t('empty.demoLoaded', counts)), notifyError);
  return (
    <Paper withBorder p="xl" maw={720}>
      <Title order={2} mb="sm">
        {t('empty.title')}
      </Title>
      <Text mb="lg">{t('empty.body')}</Text>
      <Group>
        <Button component={Link} href="/nouvelle" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('residences.new')}
        </Button>
        {administers && (
          <Button variant="default" onClick={loadDemo} loading={fill.isPending} leftSection={<IconDatabaseImport size={16} aria-hidden />}>
            {t('empty.loadDemo')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
