import { Alert, Button, Group, Modal, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodName } from '../../src-main/contract.ts';
import { call } from '../api/client.ts';
import { useApiQuery } from '../api/hooks.ts';
import { notifyError } from '../app/notify.ts';
import { formatDateTime } from '../format/datetime.ts';

type UpdateMethod = Extract<MethodName, 'updates.check' | 'updates.download' | 'updates.install' | 'updates.fromFile'>;

/** Each step needs a click: check, then download, then install (after a confirmation). */
export function UpdatesPanel() {
  const { t, i18n } = useTranslation();
  const updates = useApiQuery('updates.state', {});
  const [confirming, setConfirming] = useState(false);
  const run = (method: UpdateMethod) => async () => {
    setConfirming(false);
    try {
      const answer = await call(method, {});
      if (!answer.ok && answer.message) notifyError(new Error(answer.message));
    } catch (error) {
      notifyError(error);
    }
    await updates.refetch();
  };
  const state = updates.data?.state;
  const describe = () => {
    if (!state) return '';
    if (state.status === 'idle') {
      return state.checkedAt ? t('updates.status.upToDate', { date: formatDateTime(state.checkedAt, i18n.language) }) : t('updates.status.idle');
    }
    return t(`updates.status.${state.status}`, { version: state.version ?? '', percent: Math.round(state.percent ?? 0), message: state.message ?? '' });
  };
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('updates.title')}
      </Title>
      <Text size="sm">{t('updates.intro')}</Text>
      {updates.data && !updates.data.available && <Alert color="gray">{t('updates.browserMode')}</Alert>}
      {state && (
        <>
          <Text aria-live="polite">{describe()}</Text>
          {state.status === 'downloading' && <Progress value={state.percent ?? 0} aria-label={describe()} />}
          <Group>
            <Button variant="default" onClick={run('updates.check')}>
              {t('updates.check')}
            </Button>
            {state.status === 'available' && <Button onClick={run('updates.download')}>{t('updates.download', { version: state.version })}</Button>}
            {state.status === 'ready' && <Button onClick={() => setConfirming(true)}>{t('updates.install')}</Button>}
            <Button variant="default" onClick={run('updates.fromFile')}>
              {t('updates.fromFile')}
            </Button>
          </Group>
        </>
      )}
      {confirming && (
        <Modal opened onClose={() => setConfirming(false)} title={t('updates.confirmTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
          <Text mb="md">{t('updates.confirmBody', { version: state?.version ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={run('updates.install')}>{t('updates.install')}</Button>
          </Group>
        </Modal>
      )}
    </Stack>
  );
}
