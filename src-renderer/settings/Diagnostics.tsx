import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconCopy, IconRefresh } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks.ts';
import { notifySuccess } from '../app/notify.ts';

/** The support report (versions, sizes, counts, last log lines: no personal data), to copy into a support request. */
export function Diagnostics() {
  const { t } = useTranslation();
  const report = useApiQuery('system.diagnostics', {});
  const area = useRef<HTMLTextAreaElement>(null);
  const [refused, setRefused] = useState(false);
  const text = report.data?.text ?? '';

  const copy = async () => {
    if (!text) return;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setRefused(false);
      notifySuccess(t('diagnostics.copied'));
    } catch {
      // Refused (Electron's window denies every permission, an unfocused page…): select the text for Ctrl+C, and try
      // the older copy command, which needs no permission.
      const element = area.current;
      element?.focus();
      element?.select();
      let copied = false;
      try {
        copied = element !== null && document.execCommand('copy');
      } catch {
        copied = false;
      }
      setRefused(!copied);
      if (copied) notifySuccess(t('diagnostics.copied'));
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('diagnostics.title')}
        </Title>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden />}
            loading={report.isFetching}
            onClick={() => {
              setRefused(false);
              void report.refetch();
            }}
          >
            {t('diagnostics.refresh')}
          </Button>
          <Button leftSection={<IconCopy size={16} aria-hidden />} disabled={!text} onClick={() => void copy()}>
            {t('diagnostics.copy')}
          </Button>
        </Group>
      </Group>
      <Text size="sm">{t('diagnostics.intro')}</Text>
      {refused && (
        <Alert color="yellow" title={t('diagnostics.copyRefusedTitle')}>
          {t('diagnostics.copyRefused')}
        </Alert>
      )}
      {report.error && (
        <Alert color="red" title={t('common.errorTitle')}>
          {report.error.message}
        </Alert>
      )}
      <Textarea
        ref={area}
        label={t('diagnostics.reportLabel')}
        value={report.isPending ? t('common.loading') : text}
        readOnly
        autosize
        minRows={12}
        maxRows={28}
        spellCheck={false}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-xs)', whiteSpace: 'pre' } }}
      />
    </Stack>
  );
}
