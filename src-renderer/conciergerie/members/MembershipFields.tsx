import { Alert, Anchor, NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { MAX_PERIODS, membershipEnd } from '../../../src-main/conciergerie/members/periods.ts';
import type { PaymentMethod } from '../../../src-main/conciergerie/till/kinds.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { FrenchDateInput } from '../../components/FrenchDateInput.tsx';
import { formatDate, formatMoney, type Language } from '../../format/index.ts';
import { PaymentMethodField } from '../till/PaymentMethodField.tsx';
import { useLength } from './format.ts';

export interface MembershipValues {
  typeId: string | null;
  periods: number | string;
  startsOn: string;
  method: PaymentMethod | null;
}

export const emptyMembership = (startsOn: string): MembershipValues => ({ typeId: null, periods: 1, startsOn, method: null });

/** What goes to the backend: numbers as numbers, an empty choice as missing so that the backend says what to do. */
export function membershipInput(values: MembershipValues) {
  return {
    typeId: values.typeId ? Number(values.typeId) : (undefined as unknown as number),
    periods: values.periods === '' ? (undefined as unknown as number) : Number(values.periods),
    method: values.method,
  };
}

interface Props<V> {
  form: UseFormReturnType<V>;
  /** Where the membership's fields are in the form ("membership." at enrolment, "" for a renewal). */
  prefix: string;
  values: MembershipValues;
  /** A renewal's start is decided by the backend (the day after the membership in force): shown, not typed. */
  fixedStartsOn?: string;
}

/**
 * The membership sold at the counter: type, number of periods, start, and how it is paid. The end date and the
 * amount are shown before saving; a reminder appears when the till must be opened first.
 */
export function MembershipFields<V>({ form, prefix, values, fixedStartsOn }: Props<V>) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const length = useLength();
  const types = useApiQuery('membershipTypes.list', {});
  const till = useApiQuery('till.current', {});
  const type = types.data?.find((candidate) => String(candidate.id) === values.typeId);
  const periods = Number(values.periods) || 0;
  const startsOn = fixedStartsOn ?? values.startsOn;
  const price = type ? type.priceCents * periods : 0;
  const endsOn = type && periods > 0 && startsOn ? membershipEnd(startsOn, type.periodUnit, type.periodCount, periods) : null;
  const input = (name: keyof MembershipValues) => ({ key: form.key(`${prefix}${name}`), ...form.getInputProps(`${prefix}${name}`) });
  const error = (name: keyof MembershipValues) => form.errors[`${prefix}${name}`];

  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('members.membership.type')}
          required
          allowDeselect={false}
          data={(types.data ?? []).map((candidate) => ({
            value: String(candidate.id),
            label: `${candidate.name} — ${candidate.priceCents === 0 ? t('members.free') : formatMoney(candidate.priceCents, language)} / ${length(candidate)}`,
          }))}
          {...input('typeId')}
        />
        <NumberInput label={t('members.membership.periods')} required min={1} max={MAX_PERIODS} allowDecimal={false} {...input('periods')} />
        {fixedStartsOn ? (
          <div>
            <Text size="sm" fw={500}>
              {t('members.membership.startsOn')}
            </Text>
            <Text mt={6}>{formatDate(fixedStartsOn, language)}</Text>
          </div>
        ) : (
          <FrenchDateInput label={t('members.membership.startsOn')} description={t('members.membership.startsOnHint')} {...input('startsOn')} />
        )}
      </SimpleGrid>
      {type && endsOn && (
        <Text aria-live="polite">
          {t('members.membership.summary', { from: formatDate(startsOn, language), to: formatDate(endsOn, language) })}{' '}
          <strong>{price === 0 ? t('members.membership.nothingToPay') : t('members.membership.toPay', { amount: formatMoney(price, language) })}</strong>
          {type.scope === 'household' && ` ${t('members.membership.shared')}`}
        </Text>
      )}
      {price > 0 && (
        <>
          {till.data && !till.data.session && (
            <Alert color="orange" variant="light">
              {t('members.membership.tillClosed')}{' '}
              <Anchor component={Link} href="~/conciergerie/caisse">
                {t('members.membership.openTill')}
              </Anchor>
            </Alert>
          )}
          <PaymentMethodField value={values.method} onChange={(method) => form.setFieldValue(`${prefix}method` as never, method as never)} error={error('method')} />
        </>
      )}
    </Stack>
  );
}
