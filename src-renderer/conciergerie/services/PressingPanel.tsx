import { Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, localToday } from '../../../src-main/shared/days.ts';
import { foldText, searchWords } from '../../../src-main/shared/text.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { OrderModal } from './OrderModal.tsx';
import { OrdersTable } from './OrdersTable.tsx';

/** Pressing tickets: the open ones by pick-up date (found by number, scanned, or name), or the closed ones. */
export function PressingPanel() {
  const { t } = useTranslation();
  const canWrite = useCan('conciergerie', 'write');
  const [status, setStatus] = useState<'open' | 'closed'>('open');
  const [filter, setFilter] = useState('');
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<number | null>(null);
  const orders = useApiQuery('services.orders', { kind: 'pressing', status, limit: 200 });
  const words = searchWords(filter);
  const rows = (orders.data?.rows ?? []).filter((order) => {
    const text = foldText(`${order.number} ${order.customer.memberNumber ?? ''} ${order.customer.name}`);
    return words.every((word) => text.includes(word));
  });
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <TextInput
            label={t('services.find')}
            description={t('services.findHint')}
            leftSection={<IconSearch size={16} aria-hidden />}
            type="search"
            value={filter}
            onChange={(event) => setFilter(event.currentTarget.value)}
            w={300}
          />
          <SegmentedControl
            aria-label={t('services.which')}
            value={status}
            onChange={(value) => setStatus(value as 'open' | 'closed')}
            data={[
              { value: 'open', label: t('services.open') },
              { value: 'closed', label: t('services.closed') },
            ]}
          />
        </Group>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {t('services.new.pressing')}
          </Button>
        )}
      </Group>
      {orders.data && (
        <>
          <Text size="sm" c="gray.7" aria-live="polite">
            {t('common.results', { count: rows.length })}
          </Text>
          <OrdersTable rows={rows} highlight={created} />
        </>
      )}
      {creating && (
        <OrderModal
          kind="pressing"
          dueOn={addDays(localToday(), 3)}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            setStatus('open');
            setCreated(id);
          }}
        />
      )}
    </Stack>
  );
}
