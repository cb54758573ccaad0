import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks.ts';

/** Finds a household through the households search (a name, a phone, a dwelling…), shown with its residence. */
export function HouseholdPicker({ value, onChange, error }: { value: string; onChange: (id: string) => void; error?: unknown }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const found = useApiQuery('households.search', { query: debounced, limit: 30 }, debounced.trim().length >= 2);
  const seen = new Set<number>();
  const data = (found.data?.rows ?? []).flatMap((row) => {
    if (seen.has(row.household.id)) return [];
    seen.add(row.household.id);
    return [{ value: String(row.household.id), label: [row.household.name, row.residence?.name ?? t('club.contracts.outsideStock')].join(' — ') }];
  });
  return (
    <Select
      label={t('club.contracts.fields.household')}
      placeholder={t('club.contracts.fields.householdSearch')}
      required
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={data}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      nothingFoundMessage={debounced.trim().length >= 2 ? t('common.nothingFound') : t('club.common.typeToSearch')}
      error={error as string | undefined}
      data-autofocus
    />
  );
}
