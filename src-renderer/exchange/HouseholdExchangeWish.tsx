import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks.ts';
import { useCan } from '../auth/AuthContext.ts';
import { OccupancyBadge } from './ExchangeScreen.tsx';
import { WishModal } from './WishModal.tsx';

/**
 * The housing-exchange section of a household page: its wish (reason, typology wished for, needs), with a button to
 * record or change it for roles that may write in the households module. `hasDwelling`: false for a household with
 * no dwelling of the office (an exchange is then impossible and the button is not offered).
 */
export function HouseholdExchangeWish({ householdId, hasDwelling = true }: { householdId: number; hasDwelling?: boolean }) {
  const { t } = useTranslation();
  const canWrite = useCan('households', 'write');
  const current = useApiQuery('exchange.ofHousehold', { id: householdId }, householdId > 0);
  const [editing, setEditing] = useState(false);
  const wish = current.data?.wish ?? null;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('exchange.householdTitle')}
          </Title>
          {canWrite && hasDwelling && (
            <Button
              size="xs"
              variant="light"
              leftSection={wish ? <IconPencil size={14} aria-hidden /> : <IconPlus size={14} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {wish ? t('exchange.edit') : t('exchange.set')}
            </Button>
          )}
        </Group>
        {!wish ? (
          <Text>{hasDwelling ? t('exchange.householdNone') : t('exchange.noDwelling')}</Text>
        ) : (
          <Stack gap={4}>
            <Group gap="xs">
              <Text fw={600}>{t(`exchange.reasons.${wish.reason}`)}</Text>
              {wish.occupancy && <OccupancyBadge occupancy={wish.occupancy} />}
              {!wish.active && (
                <Badge color="gray.8" variant="filled">
                  {t('exchange.inactive')}
                </Badge>
              )}
            </Group>
            <Text size="sm">
              {t('exchange.fields.wantedTypology')} : {wish.wantedTypology ?? t('exchange.anyTypology')}
              {wish.needs.length > 0 && ` · ${wish.needs.map((need) => t(`exchange.needs.${need}`)).join(', ')}`}
            </Text>
            {wish.notes && <Text size="sm">{wish.notes}</Text>}
          </Stack>
        )}
      </Stack>
      {editing && <WishModal householdId={householdId} wish={wish} onClose={() => setEditing(false)} />}
    </Paper>
  );
}
