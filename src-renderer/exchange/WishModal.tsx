import { Button, Checkbox, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ExchangeWish } from '../../src-main/exchange/contract.ts';
import { EXCHANGE_NEEDS, EXCHANGE_REASONS, type ExchangeNeed, type ExchangeReason } from '../../src-main/exchange/rules.ts';
import { TYPOLOGIES } from '../../src-main/residences/fields.ts';
import { useApiMutation } from '../api/hooks.ts';
import { notifySuccess } from '../app/notify.ts';
import { submitWithErrors } from '../app/submitWithErrors.ts';

/** Recording or changing a household's exchange wish: why, what typology, what it needs, whether it still stands. */
export function WishModal({ householdId, wish, onClose }: { householdId: number; wish: ExchangeWish | null; onClose: () => void }) {
  const { t } = useTranslation();
  const set = useApiMutation('exchange.set');
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      reason: wish?.reason ?? '',
      wantedTypology: wish?.wantedTypology ?? '',
      needs: wish?.needs ?? ([] as string[]),
      notes: wish?.notes ?? '',
      active: wish?.active ?? true,
    },
  });
  const field = (path: string, label: string) => ({ key: form.key(path), ...form.getInputProps(path), label });
  const onSubmit = form.onSubmit((values) =>
    submitWithErrors(form, async () => {
      await set.mutateAsync({
        householdId,
        reason: (values.reason || undefined) as ExchangeReason,
        wantedTypology: (values.wantedTypology || null) as ExchangeWish['wantedTypology'],
        needs: values.needs as ExchangeNeed[],
        notes: values.notes,
        active: values.active,
      });
      notifySuccess(t('exchange.saved'));
      onClose();
    }),
  );
  return (
    <Modal opened onClose={onClose} title={wish ? t('exchange.edit') : t('exchange.set')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              required
              data-autofocus
              allowDeselect={false}
              data={EXCHANGE_REASONS.map((value) => ({ value, label: t(`exchange.reasons.${value}`) }))}
              {...field('reason', t('exchange.fields.reason'))}
            />
            <Select
              clearable
              placeholder={t('exchange.anyTypology')}
              data={TYPOLOGIES.map((value) => ({ value, label: value }))}
              {...field('wantedTypology', t('exchange.fields.wantedTypology'))}
            />
          </SimpleGrid>
          <MultiSelect data={EXCHANGE_NEEDS.map((value) => ({ value, label: t(`exchange.needs.${value}`) }))} {...field('needs', t('exchange.fields.needs'))} />
          <Textarea autosize minRows={2} {...field('notes', t('exchange.fields.notes'))} />
          <Checkbox {...form.getInputProps('active', { type: 'checkbox' })} label={t('exchange.fields.active')} />
        </Stack>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={set.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
