import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks.ts';

interface Props {
  value: number | null;
  onChange: (itemId: number | null) => void;
  error?: React.ReactNode;
}

/** A catalogue record found by title, author, ISBN or a copy's barcode, with how many copies are on the shelf. */
export function ItemPicker({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 200);
  const found = useApiQuery('catalogue.search', { query, limit: 20 }, query.length >= 2);
  const options = (found.data?.rows ?? [])
    .filter((row) => row.copiesTotal > 0)
    .map((row) => ({ value: String(row.id), label: t('holds.form.itemOption', { title: row.title, available: row.copiesAvailable, total: row.copiesTotal }) }));
  return (
    <Select
      label={t('holds.form.item')}
      description={t('holds.form.itemHint')}
      searchable
      required
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      data={options}
      value={value === null ? null : String(value)}
      onChange={(id) => onChange(id ? Number(id) : null)}
      nothingFoundMessage={query.length >= 2 ? t('holds.form.noItem') : t('holds.form.typeItem')}
      error={error}
    />
  );
}
