import { Alert, Button, Checkbox, Group, List, Stack, Table, Text } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { downloadBase64 } from '../../components/download.ts';
import { formatDate, formatMoney, type Language } from '../../format/index.ts';
import { formatPhone } from '../../../src-main/shared/phone.ts';

/** The letter a reminder level prints: 1 friendly, 2 firm, 3 and more the last notice. */
const LEVELS = ['friendly', 'firm', 'last'] as const;

/**
 * Overdue loans grouped per member, with the last reminder each had; the letters of the members ticked (all by
 * default) are recorded as reminders, one level up, and printed as one PDF.
 */
export function OverduePanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const canWrite = useCan('conciergerie', 'write');
  const overdue = useApiQuery('loans.overdue', {});
  const record = useApiMutation('loans.recordReminders');
  const [unticked, setUnticked] = useState<Set<number>>(new Set());
  const [printing, setPrinting] = useState(false);
  const members = overdue.data?.members ?? [];
  const chosen = members.filter((member) => !unticked.has(member.memberId)).map((member) => member.memberId);

  const toggle = (memberId: number, checked: boolean) =>
    setUnticked((current) => {
      const next = new Set(current);
      if (checked) next.delete(memberId);
      else next.add(memberId);
      return next;
    });

  const print = async () => {
    setPrinting(true);
    try {
      const recorded = await record.mutateAsync({ memberIds: chosen });
      const pdf = await call('loans.reminderLettersPdf', { reminderIds: recorded.reminders.map((reminder) => reminder.id) });
      downloadBase64(pdf.fileName, pdf.base64, 'application/pdf');
      notifySuccess(recorded.message);
    } catch (error) {
      notifyError(error);
    } finally {
      setPrinting(false);
    }
  };

  if (overdue.error) return <Alert color="red.9" variant="filled">{overdue.error.message}</Alert>;
  if (!overdue.data) return null;
  if (members.length === 0) return <Text>{t('loans.overdue.none')}</Text>;
  return (
    <Stack>
      <Text>{t('loans.overdue.intro', { date: formatDate(overdue.data.today, language) })}</Text>
      {canWrite && (
        <Group>
          <Button leftSection={<IconMail size={16} aria-hidden />} onClick={() => void print()} loading={printing} disabled={chosen.length === 0}>
            {t('loans.overdue.print', { count: chosen.length })}
          </Button>
        </Group>
      )}
      <Table striped withTableBorder>
        <Table.Caption>{t('loans.overdue.caption', { count: members.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {canWrite && <Table.Th>{t('loans.overdue.columns.select')}</Table.Th>}
            <Table.Th>{t('loans.overdue.columns.member')}</Table.Th>
            <Table.Th>{t('loans.overdue.columns.loans')}</Table.Th>
            <Table.Th>{t('loans.overdue.columns.fee')}</Table.Th>
            <Table.Th>{t('loans.overdue.columns.lastReminder')}</Table.Th>
            <Table.Th>{t('loans.overdue.columns.next')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.memberId}>
              {canWrite && (
                <Table.Td>
                  <Checkbox
                    aria-label={t('loans.overdue.selectMember', { number: member.memberNumber, name: member.memberName })}
                    checked={!unticked.has(member.memberId)}
                    onChange={(event) => toggle(member.memberId, event.currentTarget.checked)}
                  />
                </Table.Td>
              )}
              <Table.Td>
                <Text fw={600}>
                  {member.memberNumber} — {member.memberName}
                </Text>
                {member.phone && <Text size="sm">{formatPhone(member.phone)}</Text>}
              </Table.Td>
              <Table.Td>
                <List size="sm">
                  {member.loans.map((loan) => (
                    <List.Item key={loan.id}>
                      {t('loans.overdue.loan', { title: loan.title, barcode: loan.barcode, date: formatDate(loan.dueOn, language), count: loan.daysLate })}
                    </List.Item>
                  ))}
                </List>
              </Table.Td>
              <Table.Td>{formatMoney(member.feeSoFarCents, language)}</Table.Td>
              <Table.Td>
                {member.lastReminder
                  ? t('loans.overdue.reminder', { level: member.lastReminder.level, date: formatDate(member.lastReminder.sentOn, language) })
                  : t('loans.overdue.never')}
              </Table.Td>
              <Table.Td>{member.remindedToday ? t('loans.overdue.doneToday') : t(`loans.overdue.levels.${LEVELS[Math.min(member.nextLevel, 3) - 1]!}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
