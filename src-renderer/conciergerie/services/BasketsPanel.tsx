import { Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../src-main/shared/days.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { FrenchDateInput } from '../../components/FrenchDateInput.tsx';
import { formatDate, formatMoney, type Language } from '../../format/index.ts';
import { OrderModal } from './OrderModal.tsx';
import { OrdersTable } from './OrdersTable.tsx';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text fw={700}>{value}</Text>
    </div>
  );
}

/** Basket orders for one delivery date: the upcoming dates to choose from, the orders, what to prepare and collect. */
export function BasketsPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const canWrite = useCan('conciergerie', 'write');
  const dates = useApiQuery('services.deliveryDates', {});
  const [chosen, setChosen] = useState<string | null>(null);
  const day = chosen ?? dates.data?.[0]?.dueOn ?? localToday();
  const orders = useApiQuery('services.orders', { kind: 'basket', status: 'all', dueOn: day, limit: 500 });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<number | null>(null);
  const sums = orders.data?.sums;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <Select
            label={t('services.upcoming')}
            placeholder={t('services.noUpcoming')}
            data={(dates.data ?? []).map((d) => ({ value: d.dueOn, label: t('services.dateLine', { date: formatDate(d.dueOn, language), count: d.orders }) }))}
            value={dates.data?.some((d) => d.dueOn === day) ? day : null}
            onChange={(value) => value && setChosen(value)}
            allowDeselect={false}
            w={280}
          />
          <FrenchDateInput label={t('services.otherDate')} value={day} onChange={(value) => value && setChosen(String(value))} clearable={false} maw={200} />
        </Group>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('services.new.basket')}
          </Button>
        )}
      </Group>
      {sums && (
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Figure label={t('services.sums.orders')} value={String(sums.orders)} />
          <Figure label={t('services.sums.items')} value={String(sums.items)} />
          <Figure label={t('services.sums.total')} value={formatMoney(sums.totalCents, language)} />
          <Figure label={t('services.sums.unpaid')} value={formatMoney(sums.unpaidCents, language)} />
        </SimpleGrid>
      )}
      {orders.data && <OrdersTable rows={orders.data.rows} highlight={created} />}
      {creating && (
        <OrderModal
          kind="basket"
          dueOn={day}
          onClose={() => setCreating(false)}
          onCreated={(id, dueOn) => {
            setCreating(false);
            setChosen(dueOn);
            setCreated(id);
          }}
        />
      )}
    </Stack>
  );
}
