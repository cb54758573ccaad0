import { ActionIcon, Checkbox, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconCash, IconCircleX, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeeCallView } from '../../../src-main/club/fees/repository.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { FeeStateBadge } from '../common/badges.tsx';
import { useFormats } from '../../format/useFormats.ts';
import { ActionsHeader, RowAction } from '../../components/RowAction.tsx';
import { CancelCallModal } from './CancelCallModal.tsx';
import { PaymentModal } from './PaymentModal.tsx';

interface Props {
  calls: FeeCallView[];
  /** On the fees screen (every partner); left out on a partner's page. */
  showPartner?: boolean;
  /** Calls ticked for reminder letters. */
  selected?: Set<number>;
  onToggle?: (id: number) => void;
}

const remindable = (call: FeeCallView) => call.state === 'due' || call.state === 'overdue';

/** Fee calls with their payments, state and reminders; payments and waivers for users who may write. */
export function FeeCallsTable({ calls, showPartner = false, selected, onToggle }: Props) {
  const { t } = useTranslation();
  const { date, money } = useFormats();
  const canWrite = useCan('club', 'write');
  const removePayment = useApiMutation('club.fees.removePayment');
  const [paying, setPaying] = useState<FeeCallView | null>(null);
  const [cancelling, setCancelling] = useState<FeeCallView | null>(null);
  if (calls.length === 0) return <Text>{t('club.fees.noCalls')}</Text>;
  return (
    <>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {onToggle && (
              <Table.Th>
                <VisuallyHidden>{t('club.fees.select')}</VisuallyHidden>
              </Table.Th>
            )}
            {showPartner && <Table.Th>{t('club.common.partner')}</Table.Th>}
            <Table.Th>{t('common.year')}</Table.Th>
            <Table.Th>{t('club.fees.columns.amount')}</Table.Th>
            <Table.Th>{t('club.fees.columns.paid')}</Table.Th>
            <Table.Th>{t('club.fees.columns.calledOn')}</Table.Th>
            <Table.Th>{t('club.fees.columns.dueOn')}</Table.Th>
            <Table.Th>{t('club.fees.columns.state')}</Table.Th>
            <Table.Th>{t('club.fees.columns.reminders')}</Table.Th>
            {canWrite && <ActionsHeader />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {calls.map((call) => (
            <Table.Tr key={call.id}>
              {onToggle && (
                <Table.Td>
                  {remindable(call) && (
                    <Checkbox aria-label={t('club.fees.selectCall', { name: call.partnerName, year: call.year })} checked={selected?.has(call.id) ?? false} onChange={() => onToggle(call.id)} />
                  )}
                </Table.Td>
              )}
              {showPartner && <Table.Td>{call.partnerName}</Table.Td>}
              <Table.Td>{call.year}</Table.Td>
              <Table.Td>{money(call.amountCents)}</Table.Td>
              <Table.Td>
                {money(call.paidCents)}
                {call.payments.map((payment) => (
                  <Group key={payment.id} gap={4} wrap="nowrap">
                    <Text size="xs" c="gray.7">
                      {t('club.fees.paymentLine', { date: date(payment.paidOn), amount: money(payment.amountCents), method: t(`till.methods.${payment.method}`) })}
                    </Text>
                    {canWrite && (
                      <ActionIcon
                        size="xs"
                        variant="subtle"
                        color="red.9"
                        aria-label={t('club.fees.removePayment', { date: date(payment.paidOn), amount: money(payment.amountCents) })}
                        onClick={() => removePayment.mutate({ id: payment.id }, { onSuccess: () => notifySuccess(t('club.fees.paymentRemoved')), onError: notifyError })}
                      >
                        <IconTrash size={12} aria-hidden />
                      </ActionIcon>
                    )}
                  </Group>
                ))}
              </Table.Td>
              <Table.Td>{date(call.calledOn)}</Table.Td>
              <Table.Td>{call.state === 'cancelled' ? t('common.none') : date(call.dueOn)}</Table.Td>
              <Table.Td>
                <FeeStateBadge state={call.state} />
                {call.cancelReason && (
                  <Text size="xs" c="gray.7">
                    {call.cancelReason}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{call.reminderCount === 0 ? t('common.none') : t('club.fees.remindersSent', { count: call.reminderCount, date: date(call.lastReminderOn) })}</Table.Td>
              {canWrite && (
                <Table.Td>
                  {remindable(call) && (
                    <Group gap={4} wrap="nowrap">
                      <RowAction tooltip={t('club.fees.recordPayment')} label={t('club.fees.recordPaymentOf', { name: call.partnerName, year: call.year })} icon={IconCash} tone="main" onClick={() => setPaying(call)} />
                      {call.payments.length === 0 && (
                        <RowAction tooltip={t('club.fees.cancelCall')} label={t('club.fees.cancelOf', { name: call.partnerName, year: call.year })} icon={IconCircleX} tone="danger" onClick={() => setCancelling(call)} />
                      )}
                    </Group>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {paying && <PaymentModal call={paying} onClose={() => setPaying(null)} />}
      {cancelling && <CancelCallModal call={cancelling} onClose={() => setCancelling(null)} />}
    </>
  );
}
