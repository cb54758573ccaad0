import { Alert, Button, Checkbox, Group, List, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../api/client.ts';
import { useApiMutation, useApiQuery } from '../api/hooks.ts';
import { notifyError, notifySuccess } from '../app/notify.ts';
import { useCan } from '../auth/AuthContext.ts';
import { ListPagination } from '../components/ListPagination.tsx';
import { formatDate, type Language } from '../format/index.ts';
import { ErasureConsequences } from './EraseModal.tsx';

type DueRow = Output<'privacy.due'>['rows'][number];

const PAGE_SIZE = 50;
const NAMED_IN_CONFIRMATION = 10;

/** The purge's confirmation: how many, who (the first ten), and what happens to each. */
function PurgeModal({ rows, onClose, onDone }: { rows: DueRow[]; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const purge = useApiMutation('privacy.purge');
  const confirm = () =>
    purge.mutateAsync({ personIds: rows.map((row) => row.personId) }).then((result) => {
      notifySuccess(t('privacy.purged', { count: result.purged }));
      onDone();
    }, notifyError);
  return (
    <Modal opened onClose={onClose} title={t('privacy.purgeTitle', { count: rows.length })} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        <Alert color="red" title={t('privacy.eraseIrreversible')}>
          {t('privacy.purgeIntro', { count: rows.length })}
        </Alert>
        <List size="sm">
          {rows.slice(0, NAMED_IN_CONFIRMATION).map((row) => (
            <List.Item key={row.personId}>
              {row.name} ({row.householdName})
            </List.Item>
          ))}
          {rows.length > NAMED_IN_CONFIRMATION && <List.Item>{t('privacy.purgeMore', { count: rows.length - NAMED_IN_CONFIRMATION })}</List.Item>}
        </List>
        <Text fw={600}>{t('privacy.purgeWhat')}</Text>
        <ErasureConsequences>
          <List.Item>{t('privacy.purgeLinked')}</List.Item>
          <List.Item>{t('privacy.purgeHouseholds')}</List.Item>
        </ErasureConsequences>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" onClick={() => void confirm()} loading={purge.isPending}>
            {t('privacy.purgeConfirm', { count: rows.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** "Données personnelles" (/foyers/donnees): the retention rule, who is due for anonymisation, and the purge. */
export function PrivacyPage() {
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'en' ? 'en' : 'fr') as Language;
  const canPurge = useCan('households', 'admin');
  const due = useApiQuery('privacy.due', {});
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [page, setPage] = useState(1);
  const [confirming, setConfirming] = useState(false);

  const rows = due.data?.rows ?? [];
  const chosen = rows.filter((row) => selected.has(row.personId));
  // After a purge the list may hold fewer pages than the one shown: stay on the last one.
  const shownPage = Math.min(page, Math.max(1, Math.ceil(rows.length / PAGE_SIZE)));
  const visible = rows.slice((shownPage - 1) * PAGE_SIZE, shownPage * PAGE_SIZE);
  const allChosen = rows.length > 0 && chosen.length === rows.length;
  const toggle = (id: number, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const reason = (row: DueRow) => t(`privacy.dueReasons.${row.reason.code as 'lastContact'}`, { defaultValue: row.reason.label });

  return (
    <Stack>
      <Title order={1}>{t('privacy.title')}</Title>
      <Text>{t('privacy.intro', { months: due.data?.personMonths ?? 24 })}</Text>
      <Text size="sm">{t('privacy.introRights')}</Text>
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3">
          {t('privacy.dueTitle')}
        </Title>
        {canPurge && (
          <Button color="red.9" leftSection={<IconUserOff size={16} aria-hidden />} disabled={chosen.length === 0} onClick={() => setConfirming(true)}>
            {t('privacy.purgeSelected', { count: chosen.length })}
          </Button>
        )}
      </Group>
      {due.error && <Alert color="red" title={t('common.errorTitle')}>{due.error.message}</Alert>}
      {!due.data && !due.error && <Loader aria-label={t('common.loading')} />}
      {due.data && rows.length === 0 && <Text>{t('privacy.noneDue')}</Text>}
      {rows.length > 0 && (
        <>
          <Text size="sm">
            {t('privacy.dueCount', { count: rows.length })}
            {!canPurge && ` ${t('privacy.adminOnly')}`}
          </Text>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                {canPurge && (
                  <Table.Th w={40}>
                    <Checkbox
                      aria-label={t('privacy.selectAll', { count: rows.length })}
                      checked={allChosen}
                      indeterminate={chosen.length > 0 && !allChosen}
                      onChange={(event) => setSelected(event.currentTarget.checked ? new Set(rows.map((row) => row.personId)) : new Set())}
                    />
                  </Table.Th>
                )}
                <Table.Th>{t('privacy.columns.person')}</Table.Th>
                <Table.Th>{t('privacy.columns.household')}</Table.Th>
                <Table.Th>{t('privacy.columns.reason')}</Table.Th>
                <Table.Th>{t('privacy.columns.referenceOn')}</Table.Th>
                <Table.Th>{t('privacy.columns.dueOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visible.map((row) => (
                <Table.Tr key={row.personId}>
                  {canPurge && (
                    <Table.Td>
                      <Checkbox
                        aria-label={t('privacy.select', { name: row.name })}
                        checked={selected.has(row.personId)}
                        onChange={(event) => toggle(row.personId, event.currentTarget.checked)}
                      />
                    </Table.Td>
                  )}
                  <Table.Td>{row.name}</Table.Td>
                  <Table.Td>{row.householdName}</Table.Td>
                  <Table.Td>{reason(row)}</Table.Td>
                  <Table.Td>{formatDate(row.referenceOn, language)}</Table.Td>
                  <Table.Td>{formatDate(row.dueOn, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <ListPagination total={rows.length} pageSize={PAGE_SIZE} page={shownPage} onChange={setPage} />
        </>
      )}
      {confirming && chosen.length > 0 && (
        <PurgeModal
          rows={chosen}
          onClose={() => setConfirming(false)}
          onDone={() => {
            setConfirming(false);
            setSelected(new Set());
          }}
        />
      )}
    </Stack>
  );
}
