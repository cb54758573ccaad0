import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportResult } from '../../src-main/imports/contract.ts';
import { downloadReport } from './PreviewStep.tsx';
import { CountBadges, HouseholdCounts } from './Summary.tsx';

export function ConfirmStep({ preview, error, busy, onBack, onStart }: { preview: ImportPreview; error: string | null; busy: boolean; onBack: () => void; onStart: () => void }) {
  const { t } = useTranslation();
  const { counts } = preview;
  return (
    <Stack>
      <Text>
        {t('imports.confirm.summary', { count: counts.new + counts.updated, new: counts.new, updated: counts.updated, unchanged: counts.unchanged })}
      </Text>
      {counts.rejected > 0 && <Text>{t('imports.confirm.rejected', { count: counts.rejected })}</Text>}
      <Alert variant="light" color="blue" icon={<IconShieldCheck size={20} aria-hidden />}>
        {t('imports.confirm.safety')}
      </Alert>
      {error && (
        <Alert variant="light" color="red" title={t('common.errorTitle')} role="alert">
          {error}
        </Alert>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack} disabled={busy}>
          {t('imports.back')}
        </Button>
        <Button onClick={onStart} loading={busy}>
          {t('imports.confirm.start')}
        </Button>
      </Group>
    </Stack>
  );
}

export function ResultStep({ result, onAgain, onSeeHouseholds }: { result: ImportResult; onAgain: () => void; onSeeHouseholds: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack>
      {/* The title as plain text: Mantine's green title on the light green background is too pale for WCAG AA. */}
      <Alert variant="light" color="green">
        <Stack gap="xs">
          <Text fw={700}>{t('imports.result.title')}</Text>
          <CountBadges counts={result.counts} />
          <HouseholdCounts households={result.households} />
          <Text size="sm">{result.backup ? t('imports.result.backup', { name: result.backup }) : t('imports.result.noBackup')}</Text>
        </Stack>
      </Alert>
      <Group>
        {result.report && (
          <Button variant="default" onClick={() => downloadReport(result.report!)}>
            {t('imports.preview.downloadReport')}
          </Button>
        )}
        <Button variant="default" onClick={onAgain}>
          {t('imports.result.again')}
        </Button>
        <Button onClick={onSeeHouseholds}>{t('imports.result.seeHouseholds')}</Button>
      </Group>
    </Stack>
  );
}
