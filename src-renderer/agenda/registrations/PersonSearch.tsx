import { Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../api/client.ts';
import { useApiQuery } from '../../api/hooks.ts';

export type Candidate = Output<'agenda.registrations.findPeople'>[number];

interface Props {
  eventId: number;
  /** person: one button per person; household: one per household. */
  mode: 'person' | 'household';
  onPick: (candidate: Candidate) => void;
  /** The pick button's text, when it does something else than registering ("Rattacher à Léa Martin"). */
  pickLabel?: (candidate: Candidate) => string;
}

/** Finds people on file (name, phone, address or member number) and offers each, or their household, to register. */
export function PersonSearch({ eventId, mode, onPick, pickLabel }: Props) {
  const { t } = useTranslation();
  const k = 'agenda.registrations.form';
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const found = useApiQuery('agenda.registrations.findPeople', { eventId, query: debounced }, debounced.length >= 2);
  const rows = debounced.length >= 2 ? (found.data ?? []) : [];
  const shown = mode === 'household' ? rows.filter((row, index) => rows.findIndex((r) => r.householdId === row.householdId) === index) : rows;
  return (
    <Stack gap="xs">
      <TextInput
        label={t(`${k}.search`)}
        description={t(`${k}.searchHint`)}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        autoComplete="off"
        data-autofocus
      />
      {debounced.length >= 2 && found.isFetched && shown.length === 0 && <Text c="gray.7">{t(`${k}.noResult`)}</Text>}
      {shown.length > 0 && (
        <Table>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={mode === 'person' ? row.personId : row.householdId}>
                <Table.Td>
                  <Text fw={500}>{mode === 'person' ? row.name : row.householdName}</Text>
                  <Text size="sm" c="gray.7">
                    {[mode === 'person' ? row.householdName : row.name, row.residenceName, row.memberNumber].filter(Boolean).join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Group justify="flex-end" gap="xs">
                    {row.registered && (
                      <Badge color="gray.8" variant="outline">
                        {t(`${k}.registered`)}
                      </Badge>
                    )}
                    <Button size="xs" variant="light" onClick={() => onPick(row)}>
                      {pickLabel?.(row) ?? (mode === 'person' ? t(`${k}.choosePerson`, { name: row.name }) : t(`${k}.chooseHousehold`, { name: row.householdName, count: row.householdSize }))}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
