import { Alert, Anchor, Code, Group, Loader, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { IndicatorsDocument } from '../../../src-main/federation/export/document.ts';
import { localToday } from '../../../src-main/shared/days.ts';
import { ApiError } from '../../api/client.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useFormats } from '../../format/useFormats.ts';
import { ExportActions } from '../outbox/ExportActions.tsx';
import { periodOf } from './periods.ts';
import { type PeriodChoice, PeriodPicker } from './PeriodPicker.tsx';
import { PreviewFiles } from './PreviewFiles.tsx';
import { PreviewTables } from './PreviewTables.tsx';

/** /federation: choose a period, see cell by cell what would leave the office, then save or send it. */
export function ExportPage() {
  const { t } = useTranslation();
  const format = useFormats();
  const today = useMemo(() => localToday(), []);
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'lastYear', quarter: `${today.slice(0, 4)}-1`, from: null, to: null });
  const period = periodOf(choice.kind, today, choice.quarter, choice);
  const preview = useApiQuery('federation.export.preview', period ?? { from: today, to: today }, period !== null);
  const data = period && preview.data?.from === period.from && preview.data.to === period.to ? preview.data : undefined;
  const document = useMemo(() => {
    const json = data?.files.find((file) => file.name === 'indicateurs.json');
    return json ? (JSON.parse(json.content) as IndicatorsDocument) : null;
  }, [data]);

  return (
    <Stack>
      <Title order={1}>{t('federation.export.title')}</Title>
      <Text>{t('federation.export.intro')}</Text>
      <PeriodPicker value={choice} onChange={setChoice} today={today} />
      {period === null && <Text c="dimmed">{t('federation.export.period.incomplete')}</Text>}
      {preview.error && period && (
        <Alert color="red" title={t('federation.export.refused')}>
          {preview.error.message}{' '}
          {/* The only conflict: the office's identity is missing from the settings. */}
          {preview.error instanceof ApiError && preview.error.payload.code === 'CONFLICT' && (
            <Anchor component={Link} href="~/parametres">
              {t('federation.export.openSettings')}
            </Anchor>
          )}
        </Alert>
      )}
      {period && preview.isFetching && !data && (
        <Group>
          <Loader size="sm" aria-hidden />
          <Text>{t('federation.export.loading')}</Text>
        </Group>
      )}
      {data && document && (
        <>
          <Paper withBorder p="md">
            <Stack gap={4}>
              <Title order={2} size="h4">
                {t('federation.export.summary.title', { from: format.date(data.from), to: format.date(data.to) })}
              </Title>
              <Text size="sm">{t('federation.export.summary.office', { name: document.office.name, siren: document.office.siren ?? t('federation.export.summary.noSiren') })}</Text>
              <Text size="sm">{t('federation.export.summary.generated', { date: format.dateTime(data.generatedAt), version: data.schemaVersion })}</Text>
              <Text size="sm">
                {t('federation.export.summary.fingerprint')} <Code style={{ wordBreak: 'break-all' }}>{data.fingerprint}</Code>
              </Text>
            </Stack>
          </Paper>
          <Alert icon={<IconShieldLock aria-hidden />} color="blue" variant="light" title={t('federation.export.secret.title', { threshold: data.threshold })}>
            {t('federation.export.secret.body', { threshold: data.threshold, below: data.threshold - 1 })}
          </Alert>
          <Tabs defaultValue="tables" keepMounted={false}>
            <Tabs.List aria-label={t('federation.export.tabs.label')}>
              <Tabs.Tab value="tables">{t('federation.export.tabs.tables')}</Tabs.Tab>
              <Tabs.Tab value="files">{t('federation.export.tabs.files')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="tables" pt="md">
              <Title order={2} size="h3" mb="sm">
                {t('federation.export.tabs.tablesTitle')}
              </Title>
              <PreviewTables document={document} />
            </Tabs.Panel>
            <Tabs.Panel value="files" pt="md">
              <Title order={2} size="h3" mb="sm">
                {t('federation.export.tabs.filesTitle')}
              </Title>
              <PreviewFiles files={data.files} />
            </Tabs.Panel>
          </Tabs>
          <ExportActions from={data.from} to={data.to} fingerprint={data.fingerprint} generatedAt={data.generatedAt} />
        </>
      )}
    </Stack>
  );
}
