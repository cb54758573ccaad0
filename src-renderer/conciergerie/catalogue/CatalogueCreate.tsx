import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { COPY_CONDITIONS, type CopyCondition } from '../../../src-main/conciergerie/catalogue/kinds.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { emptyRecord, recordInput, type RecordFormValues } from './record-form.ts';
import { RecordFieldset } from './RecordFieldset.tsx';

type CreateValues = RecordFormValues & { copies: number | string; condition: CopyCondition };

/** A new record, with its first copies (barcodes generated), then its page to print their labels. */
export function CatalogueCreate() {
  const defaults = useApiQuery('catalogue.formDefaults', {});
  // The form starts from the counter's deposit: wait for it rather than start from a wrong amount.
  return defaults.data ? <CreateForm depositCents={defaults.data.depositCents} loanDays={defaults.data.loanDays} /> : null;
}

function CreateForm({ depositCents, loanDays }: { depositCents: number; loanDays: number }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const create = useApiMutation('catalogue.create');
  const form = useForm<CreateValues>({ initialValues: { ...emptyRecord(depositCents), copies: 1, condition: 'good' } });

  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const copies = values.copies === '' ? 0 : Number(values.copies);
      const item = await create.mutateAsync({ ...recordInput(values), copies, condition: values.condition });
      notifySuccess(t('catalogue.created', { title: item.title, count: item.copies.length }));
      navigate(`/${item.id}`);
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Title order={1}>{t('catalogue.new')}</Title>
        <RecordFieldset form={form} defaultLoanDays={loanDays} />
        <Title order={2} size="h3">
          {t('catalogue.firstCopies')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            key={form.key('copies')}
            {...form.getInputProps('copies')}
            label={t('catalogue.copyCount')}
            description={t('catalogue.copyCountHint')}
            min={0}
            max={50}
            allowDecimal={false}
            allowNegative={false}
          />
          <Select
            key={form.key('condition')}
            {...form.getInputProps('condition')}
            label={t('catalogue.copyFields.condition')}
            data={COPY_CONDITIONS.map((value) => ({ value, label: t(`catalogue.conditions.${value}`) }))}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => navigate('/')}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
