import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FrenchDateInput } from '../../components/FrenchDateInput.tsx';
import { PERIOD_KINDS, type PeriodKind, recentQuarters } from './periods.ts';

export interface PeriodChoice {
  kind: PeriodKind;
  quarter: string;
  from: string | null;
  to: string | null;
}

/** The period of the export: a preset, a quarter among the last eight, or two dates. */
export function PeriodPicker({ value, onChange, today }: { value: PeriodChoice; onChange: (value: PeriodChoice) => void; today: string }) {
  const { t } = useTranslation();
  const year = Number(today.slice(0, 4));
  return (
    <Group align="flex-end" wrap="wrap">
      <Select
        label={t('federation.export.period.kind')}
        data={PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`federation.export.period.${kind}`, { year: kind === 'lastYear' ? year - 1 : year }) }))}
        value={value.kind}
        onChange={(kind) => kind && onChange({ ...value, kind: kind as PeriodKind })}
        allowDeselect={false}
        w={260}
      />
      {value.kind === 'quarter' && (
        <Select
          label={t('federation.export.period.quarter')}
          data={recentQuarters(today).map((q) => ({ value: q.value, label: t('federation.export.period.quarterLabel', { quarter: q.quarter, year: q.year }) }))}
          value={value.quarter}
          onChange={(quarter) => quarter && onChange({ ...value, quarter })}
          allowDeselect={false}
          w={200}
        />
      )}
      {value.kind === 'custom' && (
        <>
          <FrenchDateInput label={t('federation.export.period.from')} value={value.from} onChange={(from) => onChange({ ...value, from })} w={180} />
          <FrenchDateInput label={t('federation.export.period.to')} value={value.to} onChange={(to) => onChange({ ...value, to })} w={180} />
        </>
      )}
    </Group>
  );
}
