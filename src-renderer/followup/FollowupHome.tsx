import { Alert, Anchor, Button, Checkbox, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { IconDownload, IconLock, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { FollowupSummary } from '../../src-main/followup/contract.ts';
import { call } from '../api/client.ts';
import { useApiQuery } from '../api/hooks.ts';
import { notifyError, notifySuccess } from '../app/notify.ts';
import { useCan } from '../auth/AuthContext.ts';
import { formatDate, type Language } from '../format/index.ts';
import { downloadBase64 } from '../components/download.ts';
import { FollowupFormModal } from './FollowupFormModal.tsx';
import { BackToHouseholds } from './FoyersToolLinks.tsx';
import { DueBadge, LastContact } from './FollowupBadges.tsx';

function FollowupTable({ rows, empty }: { rows: FollowupSummary[]; empty: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  if (rows.length === 0) return <Text>{empty}</Text>;
  return (
    <Table striped highlightOnHover withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('followup.columns.person')}</Table.Th>
          <Table.Th>{t('followup.columns.residence')}</Table.Th>
          <Table.Th>{t('followup.columns.phone')}</Table.Th>
          <Table.Th>{t('followup.columns.every')}</Table.Th>
          <Table.Th>{t('followup.columns.lastContact')}</Table.Th>
          <Table.Th>{t('followup.columns.nextDue')}</Table.Th>
          <Table.Th>{t('followup.columns.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td>
              <Anchor component={Link} href={`/${row.id}`} fw={600}>
                {row.personName}
              </Anchor>
            </Table.Td>
            <Table.Td>{row.residenceName ?? t('common.none')}</Table.Td>
            <Table.Td>{row.phone ?? t('common.none')}</Table.Td>
            <Table.Td>{t('followup.everyDays', { count: row.contactEveryDays })}</Table.Td>
            <Table.Td>
              <LastContact summary={row} />
            </Table.Td>
            <Table.Td>{row.nextContactDue ? formatDate(row.nextContactDue, language) : t('common.none')}</Table.Td>
            <Table.Td>
              <DueBadge summary={row} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ActivePanel() {
  const { t } = useTranslation();
  const [includeEnded, setIncludeEnded] = useState(false);
  const list = useApiQuery('followup.list', { includeEnded });
  return (
    <Stack>
      <Checkbox label={t('followup.includeEnded')} checked={includeEnded} onChange={(event) => setIncludeEnded(event.currentTarget.checked)} />
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      {list.data && <FollowupTable rows={list.data.rows} empty={t('followup.none')} />}
    </Stack>
  );
}

function OverduePanel() {
  const { t, i18n } = useTranslation();
  const overdue = useApiQuery('followup.overdue', {});
  return (
    <Stack>
      {overdue.data && <Text>{t('followup.overdueIntro', { date: formatDate(overdue.data.today, i18n.language as Language) })}</Text>}
      {overdue.error && <Alert color="red">{overdue.error.message}</Alert>}
      {overdue.data && <FollowupTable rows={overdue.data.rows} empty={t('followup.noneOverdue')} />}
    </Stack>
  );
}

function HeatwavePanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const list = useApiQuery('followup.heatwaveList', {});
  const [downloading, setDownloading] = useState(false);
  const download = async () => {
    setDownloading(true);
    try {
      const pdf = await call('followup.heatwavePdf', {});
      downloadBase64(pdf.fileName, pdf.base64, 'application/pdf');
      notifySuccess(t('followup.heatwaveDownloaded', { count: pdf.count }));
    } catch (error) {
      notifyError(error);
    } finally {
      setDownloading(false);
    }
  };
  return (
    <Stack>
      <Text>{t('followup.heatwaveIntro')}</Text>
      <Group>
        <Button leftSection={<IconDownload size={16} aria-hidden />} onClick={download} loading={downloading}>
          {t('followup.heatwaveDownload')}
        </Button>
      </Group>
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      {list.data && list.data.rows.length === 0 && <Text>{t('followup.heatwaveNone')}</Text>}
      {list.data && list.data.rows.length > 0 && (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('followup.heatwaveColumns.person')}</Table.Th>
              <Table.Th>{t('followup.heatwaveColumns.address')}</Table.Th>
              <Table.Th>{t('followup.heatwaveColumns.dwelling')}</Table.Th>
              <Table.Th>{t('followup.heatwaveColumns.floor')}</Table.Th>
              <Table.Th>{t('followup.heatwaveColumns.phone')}</Table.Th>
              <Table.Th>{t('followup.heatwaveColumns.lastContact')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.rows.map((row) => (
              <Table.Tr key={row.followupId}>
                <Table.Td>{row.personName}</Table.Td>
                <Table.Td>
                  {row.address}, {row.postcode} {row.city}
                </Table.Td>
                <Table.Td>{[row.residenceName, row.dwelling].filter(Boolean).join(' — ') || t('common.none')}</Table.Td>
                <Table.Td>
                  {row.floor === null ? t('common.none') : row.floor === 0 ? t('followup.groundFloor') : String(row.floor)}
                  {row.floor !== null && row.floor > 0 && row.hasLift !== null && ` (${row.hasLift ? t('followup.withLift') : t('followup.withoutLift')})`}
                </Table.Td>
                <Table.Td>{row.phone ?? t('common.none')}</Table.Td>
                <Table.Td>
                  {row.lastContactOn ? formatDate(row.lastContactOn, language) : t('followup.never')}
                  {row.lastContactOn && !row.lastContactReached && ` ${t('followup.notReached')}`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** The follow-up screen: active follow-ups, overdue contacts, heatwave list. Each panel is read only when shown. */
export function FollowupHome() {
  const { t } = useTranslation();
  const canWrite = useCan('followup', 'write');
  const [, navigate] = useLocation();
  const [opening, setOpening] = useState(false);
  const [tab, setTab] = useState<string | null>('active');
  return (
    <Stack>
      <BackToHouseholds />
      <Group justify="space-between">
        <Title order={1}>{t('followup.title')}</Title>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setOpening(true)}>
            {t('followup.open')}
          </Button>
        )}
      </Group>
      <Alert icon={<IconLock aria-hidden />} color="gray" variant="light">
        {t('followup.intro')}
      </Alert>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="active">{t('followup.tabs.active')}</Tabs.Tab>
          <Tabs.Tab value="overdue">{t('followup.tabs.overdue')}</Tabs.Tab>
          <Tabs.Tab value="heatwave">{t('followup.tabs.heatwave')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="active" pt="md">
          <ActivePanel />
        </Tabs.Panel>
        <Tabs.Panel value="overdue" pt="md">
          <OverduePanel />
        </Tabs.Panel>
        <Tabs.Panel value="heatwave" pt="md">
          <HeatwavePanel />
        </Tabs.Panel>
      </Tabs>
      {opening && <FollowupFormModal onClose={() => setOpening(false)} onSaved={(saved) => navigate(`/${saved.id}`)} />}
    </Stack>
  );
}
