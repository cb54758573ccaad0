import { Button, Group, Paper, Radio, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { COPY_CONDITIONS, type CopyCondition } from '../../../src-main/conciergerie/catalogue/kinds.ts';
import type { ScanResult } from '../../../src-main/conciergerie/counter/contract.ts';
import type { PaymentMethod } from '../../../src-main/conciergerie/till/kinds.ts';
import { FrenchDateInput } from '../../components/FrenchDateInput.tsx';
import { formatDate, formatMoney, type Language } from '../../format/index.ts';
import { DueDate } from '../loans/DueDate.tsx';
import { PaymentMethodField } from '../till/PaymentMethodField.tsx';

export type ReturnScan = Extract<ScanResult, { kind: 'return' }>;

export interface ReturnOptions {
  /** 'unchanged' keeps the condition the copy went out in. */
  condition: CopyCondition | 'unchanged';
  note: string;
  /** '' = today. */
  returnedOn: string;
  deposit: 'return' | 'keep';
  depositMethod: PaymentMethod;
  keepReason: string;
}

export const returnDefaults = (scan: ReturnScan): ReturnOptions => ({
  condition: 'unchanged',
  note: '',
  returnedOn: '',
  deposit: 'return',
  depositMethod: scan.depositMethod ?? 'cash',
  keepReason: '',
});

interface Props {
  scan: ReturnScan;
  options: ReturnOptions;
  onOptionsChange: (options: ReturnOptions) => void;
  onConfirm: () => void;
  busy: boolean;
}

/** A copy being taken back: everything defaults so that Enter alone confirms; the rest is one Tab away. */
export function ReturnPanel({ scan, options, onOptionsChange, onConfirm, busy }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { loan, copy } = scan;
  const set = (changes: Partial<ReturnOptions>) => onOptionsChange({ ...options, ...changes });
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="counter-return-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="counter-return-title">
          {t('counter.return.title', { title: copy.title, barcode: copy.barcode })}
        </Title>
        <Group gap="xl">
          <Text>{t('counter.return.borrower', { number: loan.memberNumber, name: loan.memberName })}</Text>
          <Text>{t('counter.return.lentOn', { date: formatDate(loan.lentOn, language) })}</Text>
          <Group gap={6}>
            <Text span>{t('counter.return.dueOn')}</Text>
            <DueDate loan={loan} />
          </Group>
        </Group>
        {loan.lateFeeCents > 0 && (
          <Text c="red.9" fw={700}>
            {t('counter.return.fee', { amount: formatMoney(loan.lateFeeCents, language) })}
          </Text>
        )}
        {copy.parts.length > 0 && <Text>{t('counter.return.parts', { parts: copy.parts.map((part) => `${part.title} (${part.barcode})`).join(', ') })}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('counter.return.condition')}
            value={options.condition}
            onChange={(value) => set({ condition: (value ?? 'unchanged') as ReturnOptions['condition'] })}
            allowDeselect={false}
            data={[
              { value: 'unchanged', label: t('counter.return.unchanged', { condition: t(`counter.conditions.${copy.condition}`) }) },
              ...COPY_CONDITIONS.map((condition) => ({ value: condition, label: t(`counter.conditions.${condition}`) })),
            ]}
          />
          <TextInput label={t('counter.return.note')} value={options.note} onChange={(event) => set({ note: event.currentTarget.value })} />
          <FrenchDateInput
            label={t('counter.return.returnedOn')}
            description={t('counter.return.returnedOnHint')}
            value={options.returnedOn || null}
            onChange={(value) => set({ returnedOn: value ?? '' })}
          />
        </SimpleGrid>
        {copy.depositCents > 0 && loan.depositReturned === false && (
          <Stack gap="xs">
            <Radio.Group
              label={t('counter.return.deposit', { amount: formatMoney(loan.depositCents, language) })}
              value={options.deposit}
              onChange={(value) => set({ deposit: value as ReturnOptions['deposit'] })}
            >
              <Group mt={6}>
                <Radio value="return" label={t('counter.return.depositReturn')} />
                <Radio value="keep" label={t('counter.return.depositKeep')} />
              </Group>
            </Radio.Group>
            {options.deposit === 'return' ? (
              <PaymentMethodField label={t('counter.return.depositMethod')} value={options.depositMethod} onChange={(depositMethod) => set({ depositMethod })} />
            ) : (
              <TextInput
                label={t('counter.return.keepReason')}
                required
                value={options.keepReason}
                onChange={(event) => set({ keepReason: event.currentTarget.value })}
              />
            )}
          </Stack>
        )}
        <Group>
          <Button leftSection={<IconArrowBackUp size={16} aria-hidden />} onClick={onConfirm} loading={busy}>
            {t('counter.return.confirm')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
