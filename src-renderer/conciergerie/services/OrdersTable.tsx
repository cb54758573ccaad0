import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { OrderStatus, ServiceOrder } from '../../../src-main/conciergerie/services/contract.ts';
import { formatDate, formatMoney, type Language } from '../../format/index.ts';
import { OrderActions } from './OrderActions.tsx';

const STATUS_COLORS: Record<OrderStatus, string> = {
  dropped: 'blue.9',
  ready: 'teal.9',
  collected: 'gray.8',
  ordered: 'blue.9',
  delivered: 'gray.8',
  cancelled: 'red.9',
};

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** Orders with their customer, what they hold, when they are due, their total and whether they are paid. */
export function OrdersTable({ rows, highlight }: { rows: ServiceOrder[]; highlight?: number | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  if (rows.length === 0) return <Text>{t('services.noOrders')}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('services.columns.number')}</Table.Th>
            <Table.Th>{t('services.columns.customer')}</Table.Th>
            <Table.Th>{t('services.columns.content')}</Table.Th>
            <Table.Th>{t('services.columns.due')}</Table.Th>
            <Table.Th ta="right">{t('services.columns.total')}</Table.Th>
            <Table.Th>{t('services.columns.status')}</Table.Th>
            <Table.Th>{t('services.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((order) => (
            <Table.Tr key={order.id} bg={order.id === highlight ? 'yellow.0' : undefined}>
              <Table.Td fw={600} style={NO_WRAP}>
                {order.number}
              </Table.Td>
              <Table.Td>
                {order.customer.memberId !== null ? (
                  <Anchor component={Link} href={`~/conciergerie/adherents/${order.customer.memberId}`}>
                    {order.customer.memberNumber} — {order.customer.name}
                  </Anchor>
                ) : (
                  order.customer.name
                )}
              </Table.Td>
              <Table.Td>
                {order.summary}
                {order.notes && <Text size="xs" c="gray.7">{order.notes}</Text>}
              </Table.Td>
              <Table.Td style={NO_WRAP}>{formatDate(order.dueOn, language)}</Table.Td>
              <Table.Td ta="right" style={NO_WRAP}>
                {formatMoney(order.totalCents, language)}
                <Text size="xs" c={order.paid ? 'teal.9' : 'red.9'} fw={600}>
                  {order.paid ? t('services.paid') : order.payment?.refundedCents ? t('services.refunded') : t('services.unpaid')}
                </Text>
              </Table.Td>
              <Table.Td style={NO_WRAP}>
                <Badge color={STATUS_COLORS[order.status]} variant="filled" styles={{ label: { overflow: 'visible' } }}>
                  {t(`services.statuses.${order.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <OrderActions order={order} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
