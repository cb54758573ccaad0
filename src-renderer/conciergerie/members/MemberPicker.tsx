import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks.ts';

interface Props {
  value: number | null;
  onChange: (memberId: number | null) => void;
  label: string;
  description?: string;
  error?: React.ReactNode;
  required?: boolean;
  autoFocus?: boolean;
}

/** A member found by name, number (scanned card) or phone, as the members list searches. */
export function MemberPicker({ value, onChange, label, description, error, required, autoFocus }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 200);
  const found = useApiQuery('members.search', { query, limit: 20 }, query.length >= 1);
  const chosen = useApiQuery('members.get', { id: value ?? 0 }, value !== null);
  const rows = found.data?.rows ?? [];
  const options = rows.map((row) => ({ value: String(row.id), label: `${row.number} — ${row.name}` }));
  if (value !== null && chosen.data && !options.some((o) => o.value === String(value))) {
    options.unshift({ value: String(value), label: `${chosen.data.number} — ${chosen.data.person.name}` });
  }
  return (
    <Select
      label={label}
      description={description ?? t('members.picker.hint')}
      placeholder={t('members.picker.placeholder')}
      searchable
      clearable
      required={required}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      data={options}
      value={value === null ? null : String(value)}
      onChange={(id) => onChange(id ? Number(id) : null)}
      nothingFoundMessage={query ? t('members.picker.none') : t('members.picker.type')}
      error={error}
      data-autofocus={autoFocus || undefined}
      clearButtonProps={{ 'aria-label': t('members.picker.clear') }}
    />
  );
}
