import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCashRegister, IconLock, IconShoppingBag } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TillSession } from '../../../src-main/conciergerie/till/contract.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { formatMoney, type Language } from '../../format/index.ts';
import { formatDateTime } from '../../format/datetime.ts';
import { EURO_INPUT, euroToCents } from '../../format/money-input.ts';
import { formatSignedMoney } from './money.ts';
import { SaleModal } from './SaleModal.tsx';
import { TotalsTables } from './TotalsTables.tsx';

function OpenTillForm() {
  const { t } = useTranslation();
  const open = useApiMutation('till.open');
  const form = useForm<{ openingCash: number | string }>({ mode: 'controlled', initialValues: { openingCash: '' } });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      await open.mutateAsync({ openingCashCents: euroToCents(values.openingCash) });
      notifySuccess(t('till.opened'));
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Group align="flex-end">
        <NumberInput
          label={t('till.openingCash')}
          description={t('till.openingCashHint')}
          min={0}
          {...EURO_INPUT}
          key={form.key('openingCash')}
          {...form.getInputProps('openingCash')}
          error={form.errors.openingCashCents ?? form.errors.openingCash}
          w={260}
        />
        <Button type="submit" leftSection={<IconCashRegister size={16} aria-hidden />} loading={open.isPending}>
          {t('till.open')}
        </Button>
      </Group>
    </form>
  );
}

function CloseTillForm({ session, onClosed }: { session: TillSession; onClosed: (closed: TillSession) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const close = useApiMutation('till.close');
  const form = useForm<{ countedCash: number | string; note: string }>({ mode: 'controlled', initialValues: { countedCash: '', note: '' } });
  const counted = form.values.countedCash === '' ? null : euroToCents(form.values.countedCash);
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const closed = await close.mutateAsync({ countedCashCents: euroToCents(values.countedCash), note: values.note });
      onClosed(closed);
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('till.closeTitle')}
        </Title>
        <Group align="flex-end">
          <NumberInput
            label={t('till.countedCash')}
            description={t('till.countedCashHint')}
            min={0}
            {...EURO_INPUT}
            key={form.key('countedCash')}
            {...form.getInputProps('countedCash')}
            error={form.errors.countedCashCents ?? form.errors.countedCash}
            w={260}
          />
          <Textarea label={t('till.closeNote')} autosize minRows={1} key={form.key('note')} {...form.getInputProps('note')} style={{ flex: 1 }} />
        </Group>
        {counted !== null && Number.isFinite(counted) && (
          <Text aria-live="polite">{t('till.differenceIfClosed', { difference: formatSignedMoney(counted - session.expectedCashCents, language) })}</Text>
        )}
        <Group>
          <Button type="submit" color="red.9" leftSection={<IconLock size={16} aria-hidden />} loading={close.isPending}>
            {t('till.close')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** What a closing found: expected and counted cash, and the difference in green (none) or red. */
function ClosedResult({ closed }: { closed: TillSession }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const difference = closed.differenceCents ?? 0;
  return (
    <Alert color={difference === 0 ? 'green' : 'red'} variant="light" role="status">
      <Text fw={700}>{t('till.closedTitle')}</Text>
      <Text>{t('till.closedExpected', { amount: formatMoney(closed.expectedCashCents, language) })}</Text>
      <Text>{t('till.closedCounted', { amount: formatMoney(closed.countedCashCents ?? 0, language) })}</Text>
      <Text fw={700} c={difference === 0 ? undefined : 'red.9'}>
        {t('till.difference')} : <span data-testid="till-difference">{formatSignedMoney(difference, language)}</span>
      </Text>
    </Alert>
  );
}

/** The session open now (takings, expected cash, sale, closing), or the form to open one. */
export function SessionPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const canWrite = useCan('conciergerie', 'write');
  const current = useApiQuery('till.current', {});
  const [closed, setClosed] = useState<TillSession | null>(null);
  const [selling, setSelling] = useState(false);
  const session = current.data?.session ?? null;

  if (!current.data) return null;
  if (!session) {
    return (
      <Stack>
        {closed && <ClosedResult closed={closed} />}
        <Paper withBorder p="md">
          <Stack>
            <Text fw={600}>{t('till.isClosed')}</Text>
            {canWrite ? <OpenTillForm /> : <Text>{t('till.readOnly')}</Text>}
          </Stack>
        </Paper>
      </Stack>
    );
  }
  return (
    <Stack>
      <Paper withBorder p="md">
        <Stack>
          <Group justify="space-between">
            <Text fw={600}>{t('till.openSince', { at: formatDateTime(session.openedAt, language), by: session.openedBy ?? t('common.none') })}</Text>
            {canWrite && (
              <Button variant="light" leftSection={<IconShoppingBag size={16} aria-hidden />} onClick={() => setSelling(true)}>
                {t('till.sale')}
              </Button>
            )}
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <div>
              <Text size="sm" c="gray.7">
                {t('till.openingCash')}
              </Text>
              <Text>{formatMoney(session.openingCashCents, language)}</Text>
            </div>
            <div>
              <Text size="sm" c="gray.7">
                {t('till.expectedCash')}
              </Text>
              <Text fw={700} size="lg" data-testid="till-expected">
                {formatMoney(session.expectedCashCents, language)}
              </Text>
            </div>
          </SimpleGrid>
          <TotalsTables totals={session.totals} caption={t('till.thisSession')} />
        </Stack>
      </Paper>
      {canWrite && (
        <Paper withBorder p="md">
          <CloseTillForm
            session={session}
            onClosed={(result) => {
              setClosed(result);
              notifySuccess(t('till.closedNotice'));
            }}
          />
        </Paper>
      )}
      {selling && <SaleModal onClose={() => setSelling(false)} />}
    </Stack>
  );
}
