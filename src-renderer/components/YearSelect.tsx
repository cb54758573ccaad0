import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The current year and the five before it, the latest first. */
function recentYears(): number[] {
  const year = new Date().getFullYear();
  return Array.from({ length: 6 }, (_, index) => year - index);
}

/** The year a screen shows; `allYears` adds a choice for every year at once (value null). */
export function YearSelect({ value, onChange, allYears = false }: { value: number | null; onChange: (year: number | null) => void; allYears?: boolean }) {
  const { t } = useTranslation();
  const data = [...(allYears ? [{ value: 'all', label: t('common.allYears') }] : []), ...recentYears().map((year) => ({ value: String(year), label: String(year) }))];
  return (
    <Select
      label={t('common.year')}
      w={180}
      allowDeselect={false}
      data={data}
      value={value === null ? 'all' : String(value)}
      onChange={(next) => onChange(next === 'all' || next === null ? null : Number(next))}
    />
  );
}
