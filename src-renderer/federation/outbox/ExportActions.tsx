import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { downloadBase64 } from '../../components/download.ts';

/**
 * The buttons under the preview: save the files (USB key, e-mail) or send them to the federation; both refuse when
 * the figures changed since the preview (fingerprint). `generatedAt`: the preview's build time, so the files are
 * rebuilt as of that moment.
 */
export function ExportActions({ from, to, fingerprint, generatedAt }: { from: string; to: string; fingerprint: string; generatedAt: string }) {
  const { t } = useTranslation();
  const canWrite = useCan('federation', 'write');
  const settings = useApiQuery('settings.get', {}, useCan('settings'));
  const save = useApiMutation('federation.outbox.save');
  const enqueue = useApiMutation('federation.outbox.enqueue');
  if (!canWrite) return null;
  const endpointUrl = settings.data?.federation.endpointUrl ?? null;
  const previewed = { from, to, fingerprint, generatedAt };

  const onSave = () =>
    save.mutateAsync(previewed).then((file) => {
      downloadBase64(file.fileName, file.base64, 'application/zip');
      notifySuccess(t('federation.outbox.actions.saved', { fileName: file.fileName }));
    }, notifyError);
  const onSend = () => enqueue.mutateAsync(previewed).then(() => notifySuccess(t('federation.outbox.actions.queued')), notifyError);

  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('federation.outbox.actions.title')}
      </Title>
      <Text size="sm">{t('federation.outbox.actions.intro')}</Text>
      {settings.data &&
        (endpointUrl ? (
          <Text size="sm">{t('federation.outbox.actions.to', { url: endpointUrl })}</Text>
        ) : (
          <Alert color="yellow" variant="light">
            {t('federation.outbox.actions.noEndpoint')}
          </Alert>
        ))}
      <Group>
        <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} variant="default" loading={save.isPending} onClick={onSave}>
          {t('federation.outbox.actions.save')}
        </Button>
        <Button leftSection={<IconSend size={16} aria-hidden />} loading={enqueue.isPending} onClick={onSend}>
          {t('federation.outbox.actions.send')}
        </Button>
        <Anchor component={Link} href="/envois">
          {t('federation.outbox.actions.seeOutbox')}
        </Anchor>
      </Group>
    </Stack>
  );
}
