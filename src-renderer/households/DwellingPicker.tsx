import { type ComboboxItem, type OptionsFilter, Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../src-main/shared/text.ts';
import { useApiQuery } from '../api/hooks.ts';
import { dwellingPlace } from './format.ts';

/** Filters options without accents or case: « etouvie » finds « Étouvie — Le Cèdre ». */
const foldedFilter: OptionsFilter = ({ options, search }) => {
  const words = foldText(search).split(' ').filter(Boolean);
  return (options as ComboboxItem[]).filter((option) => {
    const label = foldText(option.label);
    return words.every((word) => label.includes(word));
  });
};

interface Props {
  residenceId: string;
  onResidenceChange: (residenceId: string) => void;
  /** The form's props for the dwelling id (value, onChange, error, key). */
  dwellingField: Partial<SelectProps> & { key?: string };
}

/**
 * Choosing a dwelling: a residence first (typed, accents or not), then one of its dwellings. Dwellings someone lives
 * in are shown, with who, but cannot be chosen.
 */
export function DwellingPicker({ residenceId, onResidenceChange, dwellingField }: Props) {
  const { t } = useTranslation();
  const residences = useApiQuery('residences.list', { limit: 500 });
  const dwellings = useApiQuery('households.dwellingOccupants', { residenceId: Number(residenceId) }, residenceId !== '');
  const { key, ...dwellingProps } = dwellingField;
  const options = residenceId
    ? (dwellings.data ?? [])
        .filter((d) => !d.archived)
        // Vacant dwellings first: they are the ones that can be chosen.
        .sort((a, b) => Number(a.occupant !== null) - Number(b.occupant !== null))
        .map((d) => ({
          value: String(d.id),
          label: [
            `${d.internalId} — ${dwellingPlace(t, d)} · ${d.typology}`,
            d.occupant ? t('households.occupiedBy', { name: d.occupant.name }) : t('households.vacant'),
          ].join(' — '),
          disabled: d.occupant !== null,
        }))
    : [];
  return (
    <>
      <Select
        label={t('households.fields.residence')}
        placeholder={t('households.fields.residencePlaceholder')}
        data={(residences.data?.rows ?? []).map((r) => ({ value: String(r.id), label: `${r.name} (${r.city})` }))}
        value={residenceId || null}
        onChange={(value) => onResidenceChange(value ?? '')}
        searchable
        filter={foldedFilter}
        nothingFoundMessage={t('households.noResidenceFound')}
        required
      />
      <Select
        key={key}
        label={t('households.fields.dwelling')}
        placeholder={residenceId ? t('households.fields.dwellingPlaceholder') : t('households.fields.dwellingFirst')}
        data={options}
        searchable
        filter={foldedFilter}
        disabled={!residenceId}
        nothingFoundMessage={t('households.noDwellingFound')}
        required
        {...dwellingProps}
      />
    </>
  );
}
