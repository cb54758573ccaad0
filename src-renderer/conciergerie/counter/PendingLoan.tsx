import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CopyBrief } from '../../../src-main/conciergerie/counter/contract.ts';
import type { PaymentMethod } from '../../../src-main/conciergerie/till/kinds.ts';
import { FrenchDateInput } from '../../components/FrenchDateInput.tsx';
import { formatDate, formatMoney, type Language } from '../../format/index.ts';
import { PaymentMethodField } from '../till/PaymentMethodField.tsx';

export interface PendingCopy {
  copy: CopyBrief;
  dueOn: string;
}

export interface LoanOptions {
  /** A loan the operator forgot: the day it really went out ('' = today). */
  lentOn: string;
  /** Another due date than each record's ('' = the records' own). */
  dueOn: string;
  depositMethod: PaymentMethod;
}

interface Props {
  pending: PendingCopy[];
  options: LoanOptions;
  onOptionsChange: (options: LoanOptions) => void;
  onRemove: (barcode: string) => void;
  onConfirm: () => void;
  busy: boolean;
}

/** The copies scanned for the member, not lent yet: removable one by one, confirmed together. */
export function PendingLoan({ pending, options, onOptionsChange, onRemove, onConfirm, busy }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const deposit = pending.reduce((sum, item) => sum + item.copy.depositCents, 0);
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="counter-pending-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="counter-pending-title">
          {t('counter.pending.title', { count: pending.length })}
        </Title>
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('counter.columns.item')}</Table.Th>
              <Table.Th>{t('counter.columns.barcode')}</Table.Th>
              <Table.Th>{t('counter.columns.dueOn')}</Table.Th>
              <Table.Th>{t('counter.columns.deposit')}</Table.Th>
              <Table.Th>{t('counter.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pending.map(({ copy, dueOn }) => (
              <Table.Tr key={copy.barcode}>
                <Table.Td>
                  {copy.title}
                  {copy.parts.length > 0 && (
                    <Text size="sm">{t('counter.pending.parts', { parts: copy.parts.map((part) => `${part.title} (${part.barcode})`).join(', ') })}</Text>
                  )}
                </Table.Td>
                <Table.Td>{copy.barcode}</Table.Td>
                <Table.Td>{formatDate(options.dueOn || dueOn, language)}</Table.Td>
                <Table.Td>{copy.depositCents > 0 ? formatMoney(copy.depositCents, language) : t('counter.pending.noDeposit')}</Table.Td>
                <Table.Td>
                  <Button size="compact-sm" variant="default" onClick={() => onRemove(copy.barcode)} aria-label={t('counter.pending.removeItem', { title: copy.title })}>
                    {t('common.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <FrenchDateInput
            label={t('counter.pending.dueOn')}
            description={t('counter.pending.dueOnHint')}
            value={options.dueOn || null}
            onChange={(value) => onOptionsChange({ ...options, dueOn: value ?? '' })}
          />
          <FrenchDateInput
            label={t('counter.pending.lentOn')}
            description={t('counter.pending.lentOnHint')}
            value={options.lentOn || null}
            onChange={(value) => onOptionsChange({ ...options, lentOn: value ?? '' })}
          />
        </SimpleGrid>
        {deposit > 0 && (
          <PaymentMethodField
            label={t('counter.pending.depositMethod', { amount: formatMoney(deposit, language) })}
            value={options.depositMethod}
            onChange={(depositMethod) => onOptionsChange({ ...options, depositMethod })}
          />
        )}
        <Group>
          <Button leftSection={<IconCheck size={16} aria-hidden />} onClick={onConfirm} loading={busy}>
            {t('counter.pending.confirm')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
