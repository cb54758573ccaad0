import { Checkbox, NumberInput, SimpleGrid } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CounterSettings, RetentionSettings } from '../../src-main/settings/fields.ts';
import { useApiMutation } from '../api/hooks.ts';
import { SettingsSection } from './OfficeSettingsSection.tsx';
import { EURO_INPUT } from '../format/money-input.ts';
import {
  type CounterFormValues,
  counterInput,
  counterToForm,
  type RetentionFormValues,
  retentionInput,
  retentionToForm,
} from './OfficeSettingsValues.ts';

/*
 * Out-of-range values are not clamped silently: the backend's French message says what is allowed, next to the field.
 * Amounts are typed in euros with a decimal comma; the backend receives integer cents.
 */
const WHOLE = { allowDecimal: false, allowNegative: false, thousandSeparator: '', clampBehavior: 'none' } as const;

/** Loan length, late fee, deposit and limits of the counter. */
export function CounterSettingsForm({ initial, readOnly }: { initial: CounterSettings; readOnly: boolean }) {
  const { t } = useTranslation();
  const saveCounter = useApiMutation('settings.saveCounter');
  const form = useForm<CounterFormValues>({ mode: 'uncontrolled', initialValues: counterToForm(initial) });
  const field = (name: keyof CounterFormValues) => ({ key: form.key(name), ...form.getInputProps(name) });
  return (
    <SettingsSection
      legend={t('officeSettings.counter.legend')}
      readOnly={readOnly}
      form={form}
      saving={saveCounter.isPending}
      savedMessage={t('officeSettings.counter.saved')}
      save={async (values) => counterToForm(await saveCounter.mutateAsync(counterInput(values)))}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput label={t('officeSettings.counter.defaultLoanDays')} description={t('officeSettings.counter.defaultLoanDaysHint')} min={1} max={90} {...WHOLE} {...field('defaultLoanDays')} />
        <NumberInput label={t('officeSettings.counter.maxLoansPerMember')} description={t('officeSettings.counter.maxLoansPerMemberHint')} min={1} max={50} {...WHOLE} {...field('maxLoansPerMember')} />
        <NumberInput label={t('officeSettings.counter.lateFeePerWeek')} description={t('officeSettings.counter.lateFeePerWeekHint')} min={0} max={100} {...EURO_INPUT} {...field('lateFeePerWeekCents')} />
        <NumberInput label={t('officeSettings.counter.graceDays')} description={t('officeSettings.counter.graceDaysHint')} min={0} max={30} {...WHOLE} {...field('graceDays')} />
        <NumberInput label={t('officeSettings.counter.defaultDeposit')} description={t('officeSettings.counter.defaultDepositHint')} min={0} max={1000} {...EURO_INPUT} {...field('defaultDepositCents')} />
      </SimpleGrid>
    </SettingsSection>
  );
}

/** How long personal data and the activity log are kept. */
export function RetentionSettingsForm({ initial, readOnly }: { initial: RetentionSettings; readOnly: boolean }) {
  const { t } = useTranslation();
  const saveRetention = useApiMutation('settings.saveRetention');
  const form = useForm<RetentionFormValues>({ mode: 'uncontrolled', initialValues: retentionToForm(initial) });
  const field = (name: 'personMonths' | 'auditYears') => ({ key: form.key(name), ...form.getInputProps(name) });
  return (
    <SettingsSection
      legend={t('officeSettings.retention.legend')}
      readOnly={readOnly}
      form={form}
      saving={saveRetention.isPending}
      savedMessage={t('officeSettings.retention.saved')}
      save={async (values) => retentionToForm(await saveRetention.mutateAsync(retentionInput(values)))}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput label={t('officeSettings.retention.personMonths')} description={t('officeSettings.retention.personMonthsHint')} min={12} max={120} {...WHOLE} {...field('personMonths')} />
        <NumberInput label={t('officeSettings.retention.auditYears')} description={t('officeSettings.retention.auditYearsHint')} min={1} max={10} {...WHOLE} {...field('auditYears')} />
      </SimpleGrid>
      <Checkbox
        label={t('officeSettings.retention.deleteFollowUpWhenEnded')}
        description={t('officeSettings.retention.deleteFollowUpWhenEndedHint')}
        key={form.key('deleteFollowUpWhenEnded')}
        {...form.getInputProps('deleteFollowUpWhenEnded', { type: 'checkbox' })}
      />
    </SettingsSection>
  );
}
