import { Button, Group, NumberInput, Paper, Select, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { COPY_CONDITIONS, type CopyCondition } from '../../../src-main/conciergerie/catalogue/kinds.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';

interface Values {
  count: number | string;
  barcode: string;
  condition: CopyCondition;
}

/** New copies of the record: several with generated barcodes, or one with a label already stuck on it. */
export function AddCopiesForm({ itemId }: { itemId: number }) {
  const { t } = useTranslation();
  const add = useApiMutation('catalogue.addCopies');
  const form = useForm<Values>({ initialValues: { count: 1, barcode: '', condition: 'good' } });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      const barcode = values.barcode.trim() === '' ? null : values.barcode;
      const { added } = await add.mutateAsync({ itemId, barcode, count: barcode === null ? Number(values.count) || 1 : 1, condition: values.condition });
      notifySuccess(t('catalogue.copiesAdded', { count: added.length, barcodes: added.map((copy) => copy.barcode).join(', ') }));
      form.reset();
    }),
  );
  return (
    <Paper withBorder p="md">
      <form onSubmit={onSubmit} noValidate>
        <Title order={3} size="h5" mb="xs">
          {t('catalogue.addCopies')}
        </Title>
        <Text size="sm" c="gray.7" mb="sm">
          {t('catalogue.addCopiesHint')}
        </Text>
        <Group align="flex-start" wrap="wrap">
          <NumberInput {...form.getInputProps('count')} label={t('catalogue.copyCount')} min={1} max={50} allowDecimal={false} allowNegative={false} w={190} />
          <TextInput {...form.getInputProps('barcode')} label={t('catalogue.handBarcode')} w={220} autoComplete="off" />
          <Select
            {...form.getInputProps('condition')}
            label={t('catalogue.copyFields.condition')}
            data={COPY_CONDITIONS.map((value) => ({ value, label: t(`catalogue.conditions.${value}`) }))}
            allowDeselect={false}
            w={160}
          />
          <Button type="submit" mt={25} loading={add.isPending} leftSection={<IconPlus size={16} aria-hidden />}>
            {t('common.add')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
