import { Alert, Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportAnalysis } from '../../src-main/imports/contract.ts';
import { type ImportMapping, IMPORT_TARGETS, type ImportTarget, REQUIRED_TARGETS } from '../../src-main/imports/targets.ts';
import { DetectedFormat } from './Summary.tsx';

interface Props {
  analysis: ImportAnalysis;
  mapping: ImportMapping;
  errors: Record<string, string>;
  onChange: (mapping: ImportMapping) => void;
  onBack: () => void;
  onCheck: () => void;
  busy: boolean;
}

const NONE = 'none';

/** One select per field of Voisinage, listing the file's columns, with a few values of the chosen column. */
export function MappingStep({ analysis, mapping, errors, onChange, onBack, onCheck, busy }: Props) {
  const { t } = useTranslation();
  const seen = new Map<string, number>();
  const columns = analysis.headers.map((header, index) => {
    const times = (seen.get(header) ?? 0) + 1;
    seen.set(header, times);
    return { value: String(index), label: times > 1 ? `${header} (${times})` : header };
  });
  const data = [{ value: NONE, label: t('imports.mapping.none') }, ...columns];
  const examples = (target: ImportTarget) => {
    const index = mapping[target];
    if (index === null || index === undefined) return undefined;
    const values = [...new Set(analysis.samples.map((row) => row[index] ?? '').filter(Boolean))].slice(0, 3);
    return values.length > 0 ? t('imports.mapping.examples', { values: values.join(' · ') }) : t('imports.mapping.noExample');
  };
  return (
    <Stack>
      <DetectedFormat analysis={analysis} />
      <Alert color={analysis.mappingSource === 'memory' ? 'green' : 'blue'} variant="light">
        {analysis.mappingSource === 'memory' ? t('imports.mapping.remembered') : t('imports.mapping.guessed')}
      </Alert>
      <Text size="sm">{t('imports.mapping.intro')}</Text>
      <Text size="sm">{t('imports.mapping.emptyCells')}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="sm" role="group" aria-label={t('imports.mapping.group')}>
        {IMPORT_TARGETS.map((target) => {
          const index = mapping[target];
          return (
            <Select
              key={target}
              label={t(`imports.targets.${target}`)}
              withAsterisk={REQUIRED_TARGETS.includes(target)}
              data={data}
              value={index === null || index === undefined ? NONE : String(index)}
              onChange={(value) => onChange({ ...mapping, [target]: value === null || value === NONE ? null : Number(value) })}
              allowDeselect={false}
              searchable
              selectFirstOptionOnChange
              description={examples(target)}
              error={errors[`mapping.${target}`]}
              comboboxProps={{ withinPortal: true }}
            />
          );
        })}
      </SimpleGrid>
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          {t('imports.back')}
        </Button>
        <Button onClick={onCheck} loading={busy}>
          {t('imports.mapping.check')}
        </Button>
      </Group>
    </Stack>
  );
}
