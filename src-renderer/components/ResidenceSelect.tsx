import { MultiSelect, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks.ts';

/** The office's residences (at most 500, by name), for choosing one or several. */
function useResidenceOptions() {
  const residences = useApiQuery('residences.list', { limit: 500 });
  return (residences.data?.rows ?? []).map((residence) => ({ value: String(residence.id), label: residence.name }));
}

interface SingleProps {
  label: string;
  value: number | null;
  onChange: (id: number | null) => void;
  /** The label of the "every residence" choice; absent: a residence must be chosen. */
  allLabel?: string;
  required?: boolean;
}

export function ResidenceSelect({ label, value, onChange, allLabel, required }: SingleProps) {
  const options = useResidenceOptions();
  const data = allLabel ? [{ value: 'all', label: allLabel }, ...options] : options;
  return (
    <Select
      label={label}
      required={required}
      searchable
      allowDeselect={false}
      data={data}
      value={value === null ? (allLabel ? 'all' : null) : String(value)}
      onChange={(next) => onChange(next === null || next === 'all' ? null : Number(next))}
      miw={260}
    />
  );
}

export function ResidencesMultiSelect({ label, value, onChange, error }: { label: string; value: string[]; onChange: (ids: string[]) => void; error?: unknown }) {
  const { t } = useTranslation();
  return <MultiSelect label={label} searchable data={useResidenceOptions()} value={value} onChange={onChange} error={error as string | undefined} nothingFoundMessage={t('common.nothingFound')} />;
}
