import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type Output } from '../api/client.ts';
import { notifyError, notifySuccess } from '../app/notify.ts';
import { formatDateTime } from '../format/datetime.ts';
import { AuthScreen } from './AuthScreen.tsx';

/** Shown instead of everything when the database failed its check at start-up. */
export function RecoveryScreen({ status }: { status: Output<'recovery.status'> }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const restore = async (name: string) => {
    setBusy(true);
    try {
      await call('recovery.restore', { name });
      notifySuccess(t('recovery.restored'));
      await queryClient.resetQueries();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  const label = (backup: { createdAt: string; reason: string }) =>
    t('recovery.latest', { date: formatDateTime(backup.createdAt, i18n.language), reason: t(`backups.reasons.${backup.reason as 'manuelle'}`, { defaultValue: backup.reason }) });
  return (
    <AuthScreen title={t('recovery.title')} intro={t('recovery.intro')}>
      {status.problem && <Alert color="red">{status.problem}</Alert>}
      {status.latestGood ? (
        <Stack>
          <Text fw={500}>{label(status.latestGood)}</Text>
          <Button onClick={() => void restore(status.latestGood!.name)} loading={busy}>
            {t('recovery.restoreLatest')}
          </Button>
        </Stack>
      ) : (
        <Alert color="orange">{t('recovery.noneGood')}</Alert>
      )}
    </AuthScreen>
  );
}
