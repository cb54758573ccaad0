import { Alert, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconMail, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { downloadBase64 } from '../../components/download.ts';
import { FrenchDateInput } from '../../components/FrenchDateInput.tsx';
import { localToday } from '../../../src-main/shared/days.ts';
import { useFormats } from '../../format/useFormats.ts';
import { YearSelect } from '../../components/YearSelect.tsx';
import { StatCard } from '../dashboard/StatCard.tsx';
import { useApplyLapses } from '../partners/useApplyLapses.ts';
import { FeeCallsTable } from './FeeCallsTable.tsx';

/** The partners' yearly fees: calls, payments, reminders; kept in the club's books, apart from the counter's till. */
export function FeesPage() {
  const { t } = useTranslation();
  useApplyLapses();
  const { money } = useFormats();
  const canWrite = useCan('club', 'write');
  const [year, setYear] = useState(new Date().getFullYear());
  const [calledOn, setCalledOn] = useState<string | null>(localToday());
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [printing, setPrinting] = useState(false);
  const fees = useApiQuery('club.fees.list', { year });
  const issue = useApiMutation('club.fees.issueCalls');
  const remind = useApiMutation('club.fees.recordReminders');
  const data = fees.data;

  const toggle = (id: number) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const issueCalls = () =>
    issue.mutate(
      { year, calledOn: calledOn ?? (undefined as unknown as string) },
      { onSuccess: (result) => notifySuccess(t('club.fees.called', { count: result.created, year })), onError: notifyError },
    );

  /** Notes the reminders, then prints their letters. */
  const printReminders = async () => {
    setPrinting(true);
    try {
      const feeCallIds = [...selected];
      await remind.mutateAsync({ feeCallIds, sentOn: localToday() });
      const letters = await call('club.fees.reminderLetters', { feeCallIds });
      downloadBase64(letters.fileName, letters.base64, 'application/pdf');
      notifySuccess(t('club.fees.remindersPrinted', { count: letters.count }));
      setSelected(new Set());
    } catch (error) {
      notifyError(error);
    } finally {
      setPrinting(false);
    }
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('club.fees.title')}</Title>
        <YearSelect value={year} onChange={(next) => setYear(next ?? year)} />
      </Group>
      <Text>{t('club.fees.intro')}</Text>
      {fees.error && <Alert color="red">{fees.error.message}</Alert>}
      {data && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <StatCard label={t('club.fees.totals.called')} value={money(data.totals.calledCents)} />
            <StatCard label={t('club.fees.totals.paid')} value={money(data.totals.paidCents)} />
            <StatCard label={t('club.fees.totals.outstanding')} value={money(data.totals.outstandingCents)} />
            <StatCard label={t('club.fees.totals.overdue')} value={String(data.totals.overdueCount)} hint={t('club.fees.graceDays', { count: data.graceDays })} />
          </SimpleGrid>

          {data.uncalled.length > 0 && (
            <Paper withBorder p="md">
              <Stack gap="xs">
                <Title order={2} size="h4">
                  {t('club.fees.uncalledTitle', { count: data.uncalled.length, year })}
                </Title>
                <List size="sm">
                  {data.uncalled.map((partner) => (
                    <List.Item key={partner.partnerId}>
                      {partner.name} — {money(partner.amountCents)}
                    </List.Item>
                  ))}
                </List>
                {canWrite && (
                  <Group align="flex-end">
                    <FrenchDateInput label={t('club.fees.fields.calledOn')} value={calledOn} onChange={(value) => setCalledOn(value)} w={200} />
                    <Button leftSection={<IconSend size={16} aria-hidden />} loading={issue.isPending} onClick={issueCalls}>
                      {t('club.fees.issue', { year })}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Paper>
          )}

          <Group justify="space-between">
            <Title order={2} size="h3">
              {t('club.fees.callsTitle', { year })}
            </Title>
            {canWrite && (
              <Button variant="light" leftSection={<IconMail size={16} aria-hidden />} disabled={selected.size === 0} loading={printing} onClick={printReminders}>
                {t('club.fees.printReminders', { count: selected.size })}
              </Button>
            )}
          </Group>
          <FeeCallsTable calls={data.calls} showPartner selected={selected} onToggle={canWrite ? toggle : undefined} />
        </>
      )}
    </Stack>
  );
}
