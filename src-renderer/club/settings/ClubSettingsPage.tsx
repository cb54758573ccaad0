import { Alert, Checkbox, Fieldset, Group, Loader, NumberInput, SimpleGrid, Stack, Switch, Text, Title, Button } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PARTNER_CATEGORIES, type PartnerCategory } from '../../../src-main/club/partners/fields.ts';
import type { ClubSettings } from '../../../src-main/club/settings/fields.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { EURO_INPUT, centsToEuro, euroToCents } from '../../format/money-input.ts';

interface Values {
  exclusivityEnabled: boolean;
  exclusiveCategories: string[];
  feeTiers: Record<PartnerCategory, number | string>;
  graceDays: number | string;
}

const toForm = (settings: ClubSettings): Values => ({
  exclusivityEnabled: settings.exclusivityEnabled,
  exclusiveCategories: settings.exclusiveCategories,
  feeTiers: Object.fromEntries(PARTNER_CATEGORIES.map((category) => [category, centsToEuro(settings.feeTiers[category])])) as Values['feeTiers'],
  graceDays: settings.graceDays,
});

function SettingsForm({ initial, readOnly }: { initial: ClubSettings; readOnly: boolean }) {
  const { t } = useTranslation();
  const save = useApiMutation('club.settings.save');
  const form = useForm<Values>({ mode: 'controlled', initialValues: toForm(initial) });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const saved = await save.mutateAsync({
        exclusivityEnabled: values.exclusivityEnabled,
        exclusiveCategories: values.exclusiveCategories as PartnerCategory[],
        feeTiers: Object.fromEntries(PARTNER_CATEGORIES.map((category) => [category, euroToCents(values.feeTiers[category])])) as ClubSettings['feeTiers'],
        graceDays: values.graceDays === '' ? (undefined as unknown as number) : Number(values.graceDays),
      });
      form.setValues(toForm(saved));
      notifySuccess(t('club.settings.saved'));
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Fieldset legend={t('club.settings.exclusivityLegend')} disabled={readOnly}>
          <Stack gap="sm">
            <Switch label={t('club.settings.exclusivityEnabled')} {...form.getInputProps('exclusivityEnabled', { type: 'checkbox' })} key={form.key('exclusivityEnabled')} />
            <Checkbox.Group label={t('club.settings.exclusiveCategories')} {...form.getInputProps('exclusiveCategories')} key={form.key('exclusiveCategories')}>
              <Group mt={6}>
                {PARTNER_CATEGORIES.map((category) => (
                  <Checkbox key={category} value={category} label={t(`club.categories.${category}`)} />
                ))}
              </Group>
            </Checkbox.Group>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('club.settings.feesLegend')} disabled={readOnly}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {PARTNER_CATEGORIES.map((category) => (
              <NumberInput key={form.key(`feeTiers.${category}`)} label={t(`club.categories.${category}`)} {...EURO_INPUT} {...form.getInputProps(`feeTiers.${category}`)} />
            ))}
          </SimpleGrid>
          <NumberInput
            mt="sm"
            w={260}
            label={t('club.settings.graceDays')}
            description={t('club.settings.graceDaysHint')}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            {...form.getInputProps('graceDays')}
            key={form.key('graceDays')}
          />
        </Fieldset>
        {!readOnly && (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** The club's rules; changed by the club's administrators only (the backend refuses the others). */
export function ClubSettingsPage() {
  const { t } = useTranslation();
  const isAdmin = useCan('club', 'admin');
  const settings = useApiQuery('club.settings.get', {});
  return (
    <Stack>
      <Title order={1}>{t('club.settings.title')}</Title>
      <Text>{t('club.settings.intro')}</Text>
      {!isAdmin && (
        <Alert color="gray" variant="light">
          {t('club.settings.readOnly')}
        </Alert>
      )}
      {settings.error && <Alert color="red">{settings.error.message}</Alert>}
      {settings.data ? <SettingsForm initial={settings.data} readOnly={!isAdmin} /> : <Loader aria-label={t('common.loading')} />}
    </Stack>
  );
}
