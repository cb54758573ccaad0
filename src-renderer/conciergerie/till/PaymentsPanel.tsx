import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconReceiptRefund } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { TillPayment } from '../../../src-main/conciergerie/till/contract.ts';
import { localToday } from '../../../src-main/shared/days.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { FrenchDateInput } from '../../components/FrenchDateInput.tsx';
import { formatMoney, type Language } from '../../format/index.ts';
import { formatDateTime } from '../../format/datetime.ts';
import { RefundModal } from './RefundModal.tsx';

/** Payments with their receipt, and a refund for those that still allow one. */
function PaymentsTable({ rows }: { rows: TillPayment[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const canWrite = useCan('conciergerie', 'write');
  const [refunding, setRefunding] = useState<TillPayment | null>(null);
  if (rows.length === 0) return <Text>{t('till.noPayments')}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('till.columns.receipt')}</Table.Th>
              <Table.Th>{t('till.columns.at')}</Table.Th>
              <Table.Th>{t('till.columns.member')}</Table.Th>
              <Table.Th>{t('till.columns.label')}</Table.Th>
              <Table.Th>{t('till.columns.method')}</Table.Th>
              <Table.Th ta="right">{t('till.columns.amount')}</Table.Th>
              <Table.Th>{t('till.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((payment) => (
              <Table.Tr key={payment.id}>
                <Table.Td>{payment.receiptNumber}</Table.Td>
                <Table.Td>{formatDateTime(payment.paidAt, language)}</Table.Td>
                <Table.Td>
                  {payment.member ? (
                    <Anchor component={Link} href={`~/conciergerie/adherents/${payment.member.id}`}>
                      {payment.member.number} — {payment.member.name}
                    </Anchor>
                  ) : (
                    t('common.none')
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{payment.label}</Text>
                  <Text size="xs" c="gray.7">
                    {t(`till.purposes.${payment.purpose}`)}
                    {payment.refundedCents > 0 && ` · ${t('till.refundedSoFar', { amount: formatMoney(payment.refundedCents, language) })}`}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`till.methods.${payment.method}`)}</Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" c={payment.amountCents < 0 ? 'red.9' : undefined} fw={payment.amountCents < 0 ? 600 : undefined}>
                    {formatMoney(payment.amountCents, language)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <DownloadButton
                      size="xs"
                      method="till.receiptPdf"
                      input={{ id: payment.id }}
                      label={t('till.receipt')}
                      ariaLabel={t('till.receiptOf', { receipt: payment.receiptNumber })}
                    />
                    {canWrite && payment.refundableCents > 0 && (
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconReceiptRefund size={14} aria-hidden />}
                        aria-label={t('till.refundTitle', { receipt: payment.receiptNumber })}
                        onClick={() => setRefunding(payment)}
                      >
                        {t('till.refund')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {refunding && <RefundModal payment={refunding} onClose={() => setRefunding(null)} />}
    </>
  );
}

/** The payments of a day (today by default), or of one session chosen in the history. */
export function PaymentsPanel({ sessionId, onClearSession }: { sessionId: number | null; onClearSession: () => void }) {
  const { t } = useTranslation();
  const [day, setDay] = useState<string>(localToday());
  const payments = useApiQuery('till.payments', sessionId !== null ? { sessionId } : { day });
  return (
    <Stack>
      {sessionId !== null ? (
        <Group>
          <Text fw={600}>{t('till.sessionPayments', { id: sessionId })}</Text>
          <Button variant="subtle" size="compact-sm" onClick={onClearSession}>
            {t('till.backToDay')}
          </Button>
        </Group>
      ) : (
        <FrenchDateInput label={t('till.day')} value={day} onChange={(value) => value && setDay(String(value))} clearable={false} maw={220} />
      )}
      {payments.data && <PaymentsTable rows={payments.data} />}
    </Stack>
  );
}
