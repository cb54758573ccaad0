import { Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../src-main/shared/days.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { FrenchDateInput } from '../../components/FrenchDateInput.tsx';
import { formatDate, type Language } from '../../format/index.ts';
import { SessionsTable } from './SessionsTable.tsx';
import { TotalsTables } from './TotalsTables.tsx';

/** A day's takings by method and purpose, its sessions, and the sheet to file in the receipts book. */
export function DayPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [day, setDay] = useState(localToday());
  const summary = useApiQuery('till.daySummary', { day });
  return (
    <Stack>
      <Group align="flex-end" justify="space-between">
        <FrenchDateInput label={t('till.day')} value={day} onChange={(value) => value && setDay(String(value))} clearable={false} maw={220} />
        <DownloadButton method="till.daySummaryPdf" input={{ day }} label={t('till.daySheet')} />
      </Group>
      {summary.data && (
        <>
          <TotalsTables totals={summary.data.totals} caption={formatDate(summary.data.day, language)} />
          <Title order={3} size="h4">
            {t('till.daySessions')}
          </Title>
          <SessionsTable sessions={summary.data.sessions} />
        </>
      )}
    </Stack>
  );
}
