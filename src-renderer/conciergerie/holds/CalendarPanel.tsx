import { ActionIcon, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoldView } from '../../../src-main/conciergerie/holds/contract.ts';
import { addMonths, localToday } from '../../../src-main/shared/days.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { formatDate, type Language } from '../../format/index.ts';
import { HoldStatusBadge } from './HoldStatusBadge.tsx';

const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;

/** "2026-03" of today, in the PC's calendar. */
const currentMonth = () => localToday().slice(0, 7);

const shiftMonth = (month: string, by: number) => addMonths(`${month}-01`, by).slice(0, 7);

/** The month's days in weeks from Monday; null pads the first and last weeks. */
function weeksOf(month: string): (string | null)[][] {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, index - 1, 1));
  const days = new Date(Date.UTC(year, index, 0)).getUTCDate();
  const cells: (string | null)[] = Array.from({ length: (first.getUTCDay() + 6) % 7 }, () => null);
  for (let day = 1; day <= days; day++) cells.push(`${month}-${String(day).padStart(2, '0')}`);
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** Reservations with dates on a month grid (weeks from Monday), then listed with their status. */
export function CalendarPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const canWrite = useCan('conciergerie', 'write');
  const [month, setMonth] = useState(currentMonth);
  const calendar = useApiQuery('holds.calendar', { month });
  const cancel = useApiMutation('holds.cancel');
  const rows = calendar.data?.rows ?? [];
  const monthName = new Intl.DateTimeFormat(LOCALES[language] ?? 'fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  const weekdays = Array.from({ length: 7 }, (_, day) =>
    new Intl.DateTimeFormat(LOCALES[language] ?? 'fr-FR', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + day))),
  );
  const on = (day: string) => rows.filter((hold) => hold.wantedFrom! <= day && hold.wantedUntil! >= day && hold.status !== 'expired');
  const giveUp = async (hold: HoldView) => {
    try {
      notifySuccess((await cancel.mutateAsync({ id: hold.id })).message);
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <Stack>
      <Group>
        <ActionIcon variant="default" size="lg" onClick={() => setMonth(shiftMonth(month, -1))} aria-label={t('holds.calendar.previous')}>
          <IconChevronLeft size={18} aria-hidden />
        </ActionIcon>
        <Title order={2} size="h3" tt="capitalize" miw={200} ta="center">
          {monthName}
        </Title>
        <ActionIcon variant="default" size="lg" onClick={() => setMonth(shiftMonth(month, 1))} aria-label={t('holds.calendar.next')}>
          <IconChevronRight size={18} aria-hidden />
        </ActionIcon>
        <Button variant="subtle" onClick={() => setMonth(currentMonth())}>
          {t('holds.calendar.today')}
        </Button>
      </Group>
      <Table withTableBorder withColumnBorders layout="fixed">
        <Table.Caption>{t('holds.calendar.caption', { month: monthName, count: rows.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {weekdays.map((weekday) => (
              <Table.Th key={weekday} tt="capitalize">
                {weekday}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weeksOf(month).map((week) => (
            <Table.Tr key={week.find(Boolean)}>
              {week.map((day, index) => (
                <Table.Td key={day ?? `empty-${index}`} valign="top" h={80}>
                  {day && (
                    <Stack gap={2}>
                      <Text fw={700}>{Number(day.slice(8))}</Text>
                      {on(day).map((hold) => (
                        <Badge key={hold.id} variant="filled" color="blue.9" size="sm" styles={{ label: { whiteSpace: 'normal' } }} h="auto">
                          {`${hold.title} — ${hold.memberNumber}`}
                        </Badge>
                      ))}
                    </Stack>
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length === 0 ? (
        <Text>{t('holds.calendar.none')}</Text>
      ) : (
        <Table striped withTableBorder>
          <Table.Caption>{t('holds.calendar.listCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('holds.columns.dates')}</Table.Th>
              <Table.Th>{t('holds.columns.item')}</Table.Th>
              <Table.Th>{t('holds.columns.member')}</Table.Th>
              <Table.Th>{t('holds.columns.status')}</Table.Th>
              {canWrite && <Table.Th>{t('holds.columns.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((hold) => (
              <Table.Tr key={hold.id}>
                <Table.Td>{t('holds.calendar.dates', { from: formatDate(hold.wantedFrom, language), until: formatDate(hold.wantedUntil, language) })}</Table.Td>
                <Table.Td>{hold.title}</Table.Td>
                <Table.Td>
                  {hold.memberNumber} — {hold.memberName}
                </Table.Td>
                <Table.Td>
                  <HoldStatusBadge status={hold.status} />
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    {hold.status === 'waiting' && (
                      <Button size="compact-sm" variant="default" onClick={() => void giveUp(hold)} aria-label={t('holds.calendar.cancelFor', { number: hold.memberNumber, title: hold.title })}>
                        {t('holds.calendar.cancel')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
