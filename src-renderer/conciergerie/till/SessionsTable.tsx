import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TillSession } from '../../../src-main/conciergerie/till/contract.ts';
import { formatMoney, type Language } from '../../format/index.ts';
import { formatDateTime } from '../../format/datetime.ts';
import { formatSignedMoney } from './money.ts';

/** Sessions with their float, expected and counted cash and the difference (red when cash is missing or extra). */
export function SessionsTable({ sessions, onShowPayments }: { sessions: TillSession[]; onShowPayments?: (sessionId: number) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  if (sessions.length === 0) return <Text>{t('till.noSessions')}</Text>;
  const money = (cents: number | null) => (cents === null ? t('common.none') : formatMoney(cents, language));
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('till.columns.opened')}</Table.Th>
            <Table.Th>{t('till.columns.closed')}</Table.Th>
            <Table.Th ta="right">{t('till.columns.float')}</Table.Th>
            <Table.Th ta="right">{t('till.columns.takings')}</Table.Th>
            <Table.Th ta="right">{t('till.columns.expected')}</Table.Th>
            <Table.Th ta="right">{t('till.columns.counted')}</Table.Th>
            <Table.Th ta="right">{t('till.columns.difference')}</Table.Th>
            {onShowPayments && <Table.Th>{t('till.columns.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((session) => (
            <Table.Tr key={session.id}>
              <Table.Td>
                {formatDateTime(session.openedAt, language)}
                {session.openedBy && <Text size="xs" c="gray.7">{session.openedBy}</Text>}
              </Table.Td>
              <Table.Td>
                {session.closedAt ? formatDateTime(session.closedAt, language) : t('till.stillOpen')}
                {session.closedBy && <Text size="xs" c="gray.7">{session.closedBy}</Text>}
              </Table.Td>
              <Table.Td ta="right">{money(session.openingCashCents)}</Table.Td>
              <Table.Td ta="right">
                {money(session.totals.totalCents)}
                <Text size="xs" c="gray.7">
                  {t('till.paymentsCount', { count: session.totals.count })}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{money(session.expectedCashCents)}</Table.Td>
              <Table.Td ta="right">{money(session.countedCashCents)}</Table.Td>
              <Table.Td ta="right" c={session.differenceCents ? 'red.9' : undefined} fw={session.differenceCents ? 700 : undefined}>
                {session.differenceCents === null ? t('common.none') : formatSignedMoney(session.differenceCents, language)}
                {session.note && <Text size="xs" c="gray.7">{session.note}</Text>}
              </Table.Td>
              {onShowPayments && (
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => onShowPayments(session.id)}>
                    {t('till.showPayments')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
