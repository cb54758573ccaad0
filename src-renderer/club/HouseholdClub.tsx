import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks.ts';
import { useCan } from '../auth/AuthContext.ts';
import { useFormats } from '../format/useFormats.ts';
import { ContractFormModal } from './contracts/ContractFormModal.tsx';
import { ContractsTable } from './contracts/ContractsTable.tsx';

/** The household page's club part: its contracts and offers used, and what the club saved it. */
export function HouseholdClub({ householdId }: { householdId: number }) {
  const { t } = useTranslation();
  const { money } = useFormats();
  const canRead = useCan('club');
  const canWrite = useCan('club', 'write');
  const club = useApiQuery('club.contracts.ofHousehold', { householdId }, canRead && householdId > 0);
  const [recording, setRecording] = useState(false);
  if (!canRead) return null;
  const savings = club.data?.savings;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('club.household.title')}
          </Title>
          {canWrite && (
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setRecording(true)}>
              {t('club.contracts.record')}
            </Button>
          )}
        </Group>
        {savings && (
          <Text data-testid="household-club-savings">
            {t('club.household.savings', { year: new Date().getFullYear(), amount: money(savings.thisYearCents), total: money(savings.totalCents) })}
          </Text>
        )}
        {club.data && <ContractsTable rows={club.data.rows} showHousehold={false} />}
      </Stack>
      {recording && <ContractFormModal householdId={householdId} onClose={() => setRecording(false)} />}
    </Paper>
  );
}
