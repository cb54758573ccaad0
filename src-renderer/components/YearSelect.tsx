import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { recentYears } from '../club/common/format.ts';

/** The year a screen shows; `allYears` adds a choice for every year at once (value null). */
export function YearSelect({ value, onChange, allYears = false }: { value: number | null; onChange: (year: number | null) => void; allYears?: boolean }) {
  const { t } = useTranslation();
  const data = [...(allYears ? [{ value: 'all', label: t('club.common.allYears') }] : []), ...recentYears().map((year) => ({ value: String(year), label: String(year) }))];
  return (
    <Select
      label={t('club.common.year')}
      w={180}
      allowDeselect={false}
      data={data}
      value={value === null ? 'all' : String(value)}
      onChange={(next) => onChange(next === 'all' || next === null ? null : Number(next))}
    />
  );
}
