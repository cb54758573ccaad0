import { Alert, Button, Group, Select, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { IconCalculator, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TfpbAction } from '../../../src-main/federation/tfpb/contract.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { ActionsHeader, RowAction } from '../../components/RowAction.tsx';
import { YearSelect } from '../../components/YearSelect.tsx';
import { useFormats } from '../../format/useFormats.ts';
import { ActionModal } from './ActionModal.tsx';
import { axisName } from './axes.ts';
import { ReportButton } from './ReportButton.tsx';

type Totals = Pick<TfpbAction, 'costCents' | 'claimedCents' | 'sessions' | 'participants' | 'households'>;
const sum = (actions: readonly Totals[]): Totals =>
  actions.reduce(
    (total, action) => ({
      costCents: total.costCents + action.costCents,
      claimedCents: total.claimedCents + action.claimedCents,
      sessions: total.sessions + action.sessions,
      participants: total.participants + action.participants,
      households: total.households + action.households,
    }),
    { costCents: 0, claimedCents: 0, sessions: 0, participants: 0, households: 0 },
  );

/** /federation/tfpb: the TFPB actions of a year in a QPV, by axis, with the report as .xlsx and PDF. */
export function TfpbPage() {
  const { t } = useTranslation();
  const { money } = useFormats();
  const canWrite = useCan('federation', 'write');
  // The report is usually written at the start of a year for the year before.
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [chosenQpv, setChosenQpv] = useState<string | null>(null);
  const [allQpvs, setAllQpvs] = useState(false);
  const [editing, setEditing] = useState<TfpbAction | 'new' | null>(null);
  const [removing, setRemoving] = useState<TfpbAction | null>(null);
  const qpvs = useApiQuery('federation.tfpb.qpvs', { year });
  const qpv = qpvs.data?.find((candidate) => candidate.code === chosenQpv) ?? qpvs.data?.[0] ?? null;
  const actions = useApiQuery('federation.tfpb.actions', { year, qpvCode: qpv?.code ?? '' }, qpv !== null);
  const derive = useApiMutation('federation.tfpb.derive');
  const remove = useApiMutation('federation.tfpb.delete');

  const onDerive = () => derive.mutateAsync({ year }).then((result) => notifySuccess(t('federation.tfpb.derived', result)), notifyError);
  const onRemove = (action: TfpbAction) =>
    remove.mutateAsync({ id: action.id }).then(() => {
      notifySuccess(t('federation.tfpb.removed'));
      setRemoving(null);
    }, notifyError);

  const rows = actions.data ?? [];
  const axes = [...new Set(rows.map((action) => action.axis))].sort((a, b) => a - b);
  const totals = sum(rows);
  const totalCells = (label: string, values: Totals) => (
    <>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td />
      <Table.Td />
      <Table.Td ta="right" fw={700}>
        {money(values.costCents)}
      </Table.Td>
      <Table.Td ta="right" fw={700}>
        {money(values.claimedCents)}
      </Table.Td>
      <Table.Td />
      <Table.Td ta="right">{values.sessions}</Table.Td>
      <Table.Td ta="right">{values.participants}</Table.Td>
      <Table.Td ta="right">{values.households}</Table.Td>
      <Table.Td />
      {canWrite && <Table.Td />}
    </>
  );

  return (
    <Stack>
      <Title order={1}>{t('federation.tfpb.title')}</Title>
      <Text>{t('federation.tfpb.intro')}</Text>
      <Group align="flex-end">
        <YearSelect value={year} onChange={(next) => setYear(next ?? year)} />
        {qpvs.data && qpvs.data.length > 0 && (
          <Select
            label={t('federation.tfpb.qpv')}
            w={360}
            allowDeselect={false}
            data={qpvs.data.map((option) => ({ value: option.code, label: t('federation.tfpb.qpvOption', { code: option.code, residences: option.residences.join(', ') || '—' }) }))}
            value={qpv?.code ?? null}
            onChange={setChosenQpv}
          />
        )}
        {canWrite && (
          <Button leftSection={<IconCalculator size={16} aria-hidden />} variant="light" loading={derive.isPending} onClick={onDerive}>
            {t('federation.tfpb.derive')}
          </Button>
        )}
      </Group>
      {qpvs.error && <Alert color="red">{qpvs.error.message}</Alert>}
      {qpvs.data && qpvs.data.length === 0 && (
        <Alert color="yellow" variant="light">
          {t('federation.tfpb.noQpv')}
        </Alert>
      )}

      {qpv && (
        <>
          <Group justify="space-between" align="flex-end">
            <Stack gap={0}>
              <Text>{t('federation.tfpb.dwellings', { count: qpv.dwellings })}</Text>
              {qpv.dwellings > 0 && <Text fw={700}>{t('federation.tfpb.claimedPerDwelling', { amount: money(Math.round(totals.claimedCents / qpv.dwellings)) })}</Text>}
            </Stack>
            <Group align="center">
              <Switch label={t('federation.tfpb.allQpvs')} checked={allQpvs} onChange={(event) => setAllQpvs(event.currentTarget.checked)} />
              <ReportButton year={year} qpvCode={allQpvs ? null : qpv.code} format="xlsx" label={t('federation.tfpb.xlsx')} />
              <ReportButton year={year} qpvCode={allQpvs ? null : qpv.code} format="pdf" label={t('federation.tfpb.pdf')} />
              {canWrite && (
                <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
                  {t('federation.tfpb.add')}
                </Button>
              )}
            </Group>
          </Group>

          {actions.data && rows.length === 0 ? (
            <Text>{t('federation.tfpb.empty', { year })}</Text>
          ) : (
            <Table withTableBorder striped>
              <Table.Caption>{t('federation.tfpb.caption', { year, code: qpv.code })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('federation.tfpb.columns.action')}</Table.Th>
                  <Table.Th>{t('federation.tfpb.columns.status')}</Table.Th>
                  <Table.Th ta="right">{t('federation.tfpb.columns.dwellings')}</Table.Th>
                  <Table.Th ta="right">{t('federation.tfpb.columns.cost')}</Table.Th>
                  <Table.Th ta="right">{t('federation.tfpb.columns.claimed')}</Table.Th>
                  <Table.Th>{t('federation.tfpb.columns.cofunders')}</Table.Th>
                  <Table.Th ta="right">{t('federation.tfpb.columns.sessions')}</Table.Th>
                  <Table.Th ta="right">{t('federation.tfpb.columns.participants')}</Table.Th>
                  <Table.Th ta="right">{t('federation.tfpb.columns.households')}</Table.Th>
                  <Table.Th>{t('federation.tfpb.columns.source')}</Table.Th>
                  {canWrite && <ActionsHeader />}
                </Table.Tr>
              </Table.Thead>
              {axes.map((axis) => {
                const ofAxis = rows.filter((action) => action.axis === axis);
                return (
                  <Fragment key={axis}>
                    <Table.Tbody>
                      <Table.Tr>
                        <Table.Th colSpan={canWrite ? 11 : 10} scope="colgroup" bg="gray.1">
                          {t('federation.tfpb.axisTitle', { axis, label: axisName(t, axis) })}
                        </Table.Th>
                      </Table.Tr>
                      {ofAxis.map((action) => (
                        <Table.Tr key={action.id}>
                          <Table.Td>
                            {action.label}
                            {action.subAction && (
                              <Text size="xs" c="gray.8">
                                {action.subAction}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>{t(`federation.tfpb.status.${action.status}`)}</Table.Td>
                          <Table.Td ta="right">{action.dwellings ?? '—'}</Table.Td>
                          <Table.Td ta="right">{money(action.costCents)}</Table.Td>
                          <Table.Td ta="right">{money(action.claimedCents)}</Table.Td>
                          <Table.Td>{action.cofunders}</Table.Td>
                          <Table.Td ta="right">{action.sessions}</Table.Td>
                          <Table.Td ta="right">{action.participants}</Table.Td>
                          <Table.Td ta="right">{action.households}</Table.Td>
                          <Table.Td>{t(`federation.tfpb.source.${action.source}`)}</Table.Td>
                          {canWrite && (
                            <Table.Td>
                              <Group gap={4} wrap="nowrap">
                                <RowAction tooltip={t('federation.tfpb.edit')} label={t('federation.tfpb.editOf', { label: action.label })} icon={IconPencil} tone="main" onClick={() => setEditing(action)} />
                                {action.source === 'manual' && (
                                  <RowAction tooltip={t('federation.tfpb.remove')} label={t('federation.tfpb.removeOf', { label: action.label })} icon={IconTrash} tone="danger" onClick={() => setRemoving(action)} />
                                )}
                              </Group>
                            </Table.Td>
                          )}
                        </Table.Tr>
                      ))}
                      <Table.Tr>{totalCells(`${t('federation.tfpb.axisTotal')} ${axis}`, sum(ofAxis))}</Table.Tr>
                    </Table.Tbody>
                  </Fragment>
                );
              })}
              <Table.Tfoot>
                <Table.Tr>{totalCells(t('federation.tfpb.totals'), totals)}</Table.Tr>
              </Table.Tfoot>
            </Table>
          )}
          <Text size="sm">{t('federation.tfpb.householdsNote')}</Text>
        </>
      )}

      {editing && qpv && <ActionModal year={year} qpvCode={qpv.code} action={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      {removing && (
        <ConfirmModal
          title={t('federation.tfpb.removeOf', { label: removing.label })}
          message={t('federation.tfpb.removeConfirm')}
          confirmLabel={t('federation.tfpb.remove')}
          busy={remove.isPending}
          onConfirm={() => void onRemove(removing)}
          onClose={() => setRemoving(null)}
        />
      )}
    </Stack>
  );
}
