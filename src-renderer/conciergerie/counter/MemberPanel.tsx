import { Alert, Badge, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CounterMember } from '../../../src-main/conciergerie/counter/contract.ts';
import { formatDate, formatMoney, type Language } from '../../format/index.ts';
import { DueDate } from '../loans/DueDate.tsx';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { formatPhone } from '../../../src-main/shared/phone.ts';

interface Props {
  member: CounterMember;
  onRenew: (loanId: number) => void;
  canWrite: boolean;
}

/** The member at the counter: who, until when, what they owe, what blocks them (in red), what they have out. */
export function MemberPanel({ member, onRenew, canWrite }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const blocked = member.blocks.length > 0;
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="counter-member-name">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} id="counter-member-name" size="h3">
              {member.name}
            </Title>
            <Text>
              {t('counter.member.number', { number: member.number })}
              {member.phone ? ` · ${formatPhone(member.phone)}` : ''}
            </Text>
          </div>
          <Badge size="lg" variant="filled" color={blocked ? 'red.9' : 'teal.9'}>
            {blocked ? t('counter.member.blocked') : t('counter.member.canBorrow', { count: member.loansLeft })}
          </Badge>
        </Group>
        <Group gap="xl">
          <Text>
            {member.membership
              ? t('counter.member.membership', { type: member.membership.typeName, date: formatDate(member.membership.endsOn, language) })
              : member.lastMembershipEnd
                ? t('counter.member.membershipEnded', { date: formatDate(member.lastMembershipEnd, language) })
                : t('counter.member.noMembership')}
          </Text>
          <Text c={member.balanceCents > 0 ? 'red.9' : undefined} fw={member.balanceCents > 0 ? 700 : undefined}>
            {t('counter.member.balance', { amount: formatMoney(member.balanceCents, language) })}
          </Text>
          <Text>{t('counter.member.limit', { count: member.openLoans.length, max: member.maxLoans })}</Text>
        </Group>
        {blocked && (
          <Alert role="group" variant="filled" color="red.9" icon={<IconAlertTriangle aria-hidden />} title={t('counter.member.blocksTitle')}>
            <List>
              {member.blocks.map((block) => (
                <List.Item key={block.message}>{block.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {member.readyHolds.length > 0 && (
          <Alert role="group" variant="filled" color="violet.9" title={t('counter.member.readyTitle')}>
            <List>
              {member.readyHolds.map((hold) => (
                <List.Item key={hold.id}>
                  {t('counter.member.readyItem', { title: hold.title, barcode: hold.copyBarcode, date: formatDate(hold.collectBy, language) })}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t('counter.member.loansTitle', { count: member.openLoans.length })}
          </Title>
          {member.openLoans.length > 0 && (
            <DownloadButton
              method="loans.formPdf"
              input={{ loanIds: member.openLoans.slice(0, 20).map((loan) => loan.id) }}
              label={t('counter.member.printAllForm')}
              size="compact-sm"
            />
          )}
        </Group>
        {member.openLoans.length === 0 ? (
          <Text>{t('counter.member.noLoans')}</Text>
        ) : (
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('counter.columns.item')}</Table.Th>
                <Table.Th>{t('counter.columns.barcode')}</Table.Th>
                <Table.Th>{t('counter.columns.lentOn')}</Table.Th>
                <Table.Th>{t('counter.columns.dueOn')}</Table.Th>
                <Table.Th>{t('counter.columns.renewals')}</Table.Th>
                {canWrite && <Table.Th>{t('counter.columns.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {member.openLoans.map((loan) => (
                <Table.Tr key={loan.id}>
                  <Table.Td>{loan.title}</Table.Td>
                  <Table.Td>{loan.barcode}</Table.Td>
                  <Table.Td>{formatDate(loan.lentOn, language)}</Table.Td>
                  <Table.Td>
                    <DueDate loan={loan} />
                  </Table.Td>
                  <Table.Td>{loan.renewals}</Table.Td>
                  {canWrite && (
                    <Table.Td>
                      <Button size="compact-sm" variant="default" onClick={() => onRenew(loan.id)} aria-label={t('counter.renewItem', { title: loan.title, barcode: loan.barcode })}>
                        {t('counter.renew')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
