import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../src-main/conciergerie/members/contract.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { formatDate, formatMoney, type Language } from '../../format/index.ts';
import { formatDateTime } from '../../format/datetime.ts';
import { MemberSection } from './MemberSection.tsx';

const STATUS_COLORS = { current: 'teal.9', future: 'blue.9', past: 'gray.8' } as const;

/** Every membership covering the member, their own and their household's, the latest first. */
export function MembershipsTable({ member }: { member: MemberDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <MemberSection title={t('members.history.memberships')}>
      {member.memberships.length === 0 ? (
        <Text>{t('members.history.noMemberships')}</Text>
      ) : (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('members.membership.type')}</Table.Th>
              <Table.Th>{t('members.history.period')}</Table.Th>
              <Table.Th ta="right">{t('members.columns.amount')}</Table.Th>
              <Table.Th>{t('members.history.receipt')}</Table.Th>
              <Table.Th>{t('members.history.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {member.memberships.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  {m.typeName}
                  {m.shared && (
                    <Text size="xs" c="gray.7">
                      {m.takenBy ? t('members.history.sharedBy', { name: m.takenBy.name, number: m.takenBy.number }) : t('members.history.sharedWithHousehold')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t('members.history.fromTo', { from: formatDate(m.startsOn, language), to: formatDate(m.endsOn, language) })}</Table.Td>
                <Table.Td ta="right">{formatMoney(m.priceCents, language)}</Table.Td>
                <Table.Td>{m.receiptNumber ?? t('common.none')}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[m.status]} variant="filled">
                    {t(`members.history.statuses.${m.status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </MemberSection>
  );
}

/** The member's payments at the till, each with its receipt to print again. */
export function MemberPaymentsTable({ member }: { member: MemberDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <MemberSection title={t('members.history.payments')}>
      {member.payments.length === 0 ? (
        <Text>{t('till.noPayments')}</Text>
      ) : (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('till.columns.receipt')}</Table.Th>
              <Table.Th>{t('till.columns.at')}</Table.Th>
              <Table.Th>{t('till.columns.label')}</Table.Th>
              <Table.Th>{t('till.columns.method')}</Table.Th>
              <Table.Th ta="right">{t('till.columns.amount')}</Table.Th>
              <Table.Th>{t('till.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {member.payments.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.receiptNumber}</Table.Td>
                <Table.Td>{formatDateTime(p.paidAt, language)}</Table.Td>
                <Table.Td>
                  {p.label}
                  <Text size="xs" c="gray.7">
                    {t(`till.purposes.${p.purpose}`)}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`till.methods.${p.method}`)}</Table.Td>
                <Table.Td ta="right">{formatMoney(p.amountCents, language)}</Table.Td>
                <Table.Td>
                  <DownloadButton size="xs" method="till.receiptPdf" input={{ id: p.id }} label={t('till.receipt')} ariaLabel={t('till.receiptOf', { receipt: p.receiptNumber })} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </MemberSection>
  );
}
