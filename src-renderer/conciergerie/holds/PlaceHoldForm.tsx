import { Button, Group, Paper, Radio, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { submitWithErrors } from '../../app/submitWithErrors.ts';
import { FrenchDateInput } from '../../components/FrenchDateInput.tsx';
import { MemberPicker } from '../members/MemberPicker.tsx';
import { ItemPicker } from './ItemPicker.tsx';

interface Values {
  memberId: number | null;
  itemId: number | null;
  kind: 'queue' | 'reservation';
  wantedFrom: string;
  wantedUntil: string;
  note: string;
}

const EMPTY: Values = { memberId: null, itemId: null, kind: 'queue', wantedFrom: '', wantedUntil: '', note: '' };

/** A member joins a record's waiting list, or reserves it for given dates. */
export function PlaceHoldForm() {
  const { t } = useTranslation();
  const place = useApiMutation('holds.place');
  const form = useForm<Values>({ initialValues: EMPTY });
  const submit = form.onSubmit(async (values) => {
    const saved = await submitWithErrors(form, () =>
      place.mutateAsync({
        // Missing choices go through as such: the backend says what is expected, next to the field.
        memberId: values.memberId ?? 0,
        itemId: values.itemId ?? 0,
        wantedFrom: values.kind === 'reservation' ? values.wantedFrom || null : null,
        wantedUntil: values.kind === 'reservation' ? values.wantedUntil || null : null,
        note: values.note,
      }),
    );
    if (saved) {
      notifySuccess(saved.message);
      form.setValues(EMPTY);
    }
  });
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby="holds-form-title">
      <Stack>
        <Title order={2} size="h3" id="holds-form-title">
          {t('holds.form.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MemberPicker label={t('holds.form.member')} required value={form.values.memberId} onChange={(id) => form.setFieldValue('memberId', id)} error={form.errors.memberId} />
          <ItemPicker value={form.values.itemId} onChange={(id) => form.setFieldValue('itemId', id)} error={form.errors.itemId} />
        </SimpleGrid>
        <Radio.Group label={t('holds.form.kind')} {...form.getInputProps('kind')}>
          <Group mt={6}>
            <Radio value="queue" label={t('holds.form.queue')} />
            <Radio value="reservation" label={t('holds.form.reservation')} />
          </Group>
        </Radio.Group>
        {form.values.kind === 'reservation' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <FrenchDateInput label={t('holds.form.from')} required {...form.getInputProps('wantedFrom')} />
            <FrenchDateInput label={t('holds.form.until')} required {...form.getInputProps('wantedUntil')} />
          </SimpleGrid>
        )}
        <TextInput label={t('holds.form.note')} {...form.getInputProps('note')} />
        <Group>
          <Button type="submit" loading={place.isPending}>
            {t('holds.form.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
