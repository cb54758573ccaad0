import { Alert, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTRACT_STATES, type ContractState } from '../../../src-main/club/contracts/contract.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { ContractFormModal } from './ContractFormModal.tsx';
import { ContractsTable } from './ContractsTable.tsx';

/** Every contract signed and offer used through the club, newest first. */
export function ContractsPage() {
  const { t } = useTranslation();
  const canWrite = useCan('club', 'write');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [state, setState] = useState<ContractState | null>(null);
  const [recording, setRecording] = useState(false);
  const contracts = useApiQuery('club.contracts.list', { search: debounced, state });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('club.contracts.title')}</Title>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setRecording(true)}>
            {t('club.contracts.record')}
          </Button>
        )}
      </Group>
      <Group align="flex-end">
        <TextInput label={t('club.contracts.search')} value={search} onChange={(event) => setSearch(event.currentTarget.value)} w={280} />
        <Select
          label={t('club.contracts.columns.state')}
          clearable
          placeholder={t('club.common.all')}
          data={CONTRACT_STATES.map((value) => ({ value, label: t(`club.contractStates.${value}`) }))}
          value={state}
          onChange={(value) => setState(value as ContractState | null)}
        />
      </Group>
      {contracts.error && <Alert color="red">{contracts.error.message}</Alert>}
      {contracts.data && (
        <>
          {contracts.data.total > contracts.data.rows.length && <Text size="sm">{t('club.contracts.truncated', { shown: contracts.data.rows.length, total: contracts.data.total })}</Text>}
          <ContractsTable rows={contracts.data.rows} />
        </>
      )}
      {recording && <ContractFormModal onClose={() => setRecording(false)} />}
    </Stack>
  );
}
