import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { IconCalendarX, IconPencil, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ContractRow } from '../../../src-main/club/contracts/contract.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { ContractStateBadge } from '../common/badges.tsx';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { ActionsHeader, RowAction } from '../../components/RowAction.tsx';
import { useFormats } from '../../format/useFormats.ts';
import { ContractFormModal } from './ContractFormModal.tsx';
import { EndContractModal } from './EndContractModal.tsx';

/** Contracts and uses; `showHousehold` off on a household's page. */
export function ContractsTable({ rows, showHousehold = true }: { rows: ContractRow[]; showHousehold?: boolean }) {
  const { t } = useTranslation();
  const { date, money } = useFormats();
  const canWrite = useCan('club', 'write');
  const renew = useApiMutation('club.contracts.renew');
  const remove = useApiMutation('club.contracts.remove');
  const [editing, setEditing] = useState<ContractRow | null>(null);
  const [ending, setEnding] = useState<ContractRow | null>(null);
  const [removing, setRemoving] = useState<ContractRow | null>(null);
  if (rows.length === 0) return <Text>{t('club.contracts.none')}</Text>;
  return (
    <>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {showHousehold && <Table.Th>{t('club.contracts.fields.household')}</Table.Th>}
            <Table.Th>{t('club.contracts.fields.offer')}</Table.Th>
            <Table.Th>{t('club.contracts.columns.signedOn')}</Table.Th>
            <Table.Th>{t('club.contracts.columns.endsOn')}</Table.Th>
            <Table.Th>{t('club.contracts.columns.saving')}</Table.Th>
            <Table.Th>{t('club.contracts.columns.savedToDate')}</Table.Th>
            <Table.Th>{t('club.contracts.columns.state')}</Table.Th>
            {canWrite && <ActionsHeader />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              {showHousehold && (
                <Table.Td>
                  <Anchor component={Link} href={`~/foyers/${row.householdId}`} fw={600}>
                    {row.householdName}
                  </Anchor>
                  <Text size="xs" c="gray.7">
                    {row.residenceName ?? t('club.common.outsideStock')}
                  </Text>
                </Table.Td>
              )}
              <Table.Td>
                {row.offerTitle}
                <Text size="xs" c="gray.7">
                  {row.partnerName}
                  {row.signedByName && ` · ${t('club.contracts.signedBy', { name: row.signedByName })}`}
                </Text>
              </Table.Td>
              <Table.Td>{date(row.signedOn)}</Table.Td>
              <Table.Td>{row.kind === 'use' ? t('common.none') : row.endsOn ? date(row.endsOn) : t('club.contracts.tacit')}</Table.Td>
              <Table.Td>{t(row.kind === 'contract' ? 'club.offers.perYear' : 'club.offers.perUse', { amount: money(row.savingCents) })}</Table.Td>
              <Table.Td>{money(row.savedToDateCents)}</Table.Td>
              <Table.Td>
                <ContractStateBadge state={row.state} />
                {row.renewalDue && (
                  <Badge color="indigo.9" variant="filled" ml={4}>
                    {t('club.contracts.renewalDue')}
                  </Badge>
                )}
              </Table.Td>
              {canWrite && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <RowAction tooltip={t('common.edit')} label={t('club.contracts.editOf', { household: row.householdName, offer: row.offerTitle })} icon={IconPencil} onClick={() => setEditing(row)} />
                    {row.kind === 'contract' && row.endsOn !== null && (
                      <RowAction
                        tooltip={t('club.contracts.renew')}
                        label={t('club.contracts.renewOf', { household: row.householdName, offer: row.offerTitle })}
                        icon={IconRefresh}
                        onClick={() => renew.mutate({ id: row.id }, { onSuccess: (saved) => notifySuccess(t('club.contracts.renewed', { date: date(saved.endsOn) })), onError: notifyError })}
                      />
                    )}
                    {row.kind === 'contract' && row.state !== 'ended' && (
                      <RowAction tooltip={t('club.contracts.end')} label={t('club.contracts.endOf', { household: row.householdName, offer: row.offerTitle })} icon={IconCalendarX} tone="danger" onClick={() => setEnding(row)} />
                    )}
                    <RowAction tooltip={t('club.contracts.remove')} label={t('club.contracts.removeOf', { household: row.householdName, offer: row.offerTitle })} icon={IconTrash} tone="danger" onClick={() => setRemoving(row)} />
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && <ContractFormModal contract={editing} onClose={() => setEditing(null)} />}
      {ending && <EndContractModal contract={ending} onClose={() => setEnding(null)} />}
      {removing && (
        <ConfirmModal
          title={t('club.contracts.removeOf', { household: removing.householdName, offer: removing.offerTitle })}
          message={t('club.contracts.removeHint')}
          confirmLabel={t('club.contracts.remove')}
          busy={remove.isPending}
          onClose={() => setRemoving(null)}
          onConfirm={() =>
            remove.mutate(
              { id: removing.id },
              {
                onSuccess: () => {
                  notifySuccess(t('club.contracts.removed'));
                  setRemoving(null);
                },
                onError: notifyError,
              },
            )
          }
        />
      )}
    </>
  );
}
