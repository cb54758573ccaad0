import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportAnalysis, ImportPreview } from '../../src-main/imports/contract.ts';

/** "Fichier CSV, encodage Windows-1252, séparateur point-virgule ; 14 lignes de données." */
export function DetectedFormat({ analysis }: { analysis: Pick<ImportAnalysis, 'format' | 'encoding' | 'separator' | 'rowCount' | 'fileName'> }) {
  const { t } = useTranslation();
  const text =
    analysis.format === 'xlsx'
      ? t('imports.detected.xlsx', { count: analysis.rowCount })
      : t('imports.detected.csv', {
          count: analysis.rowCount,
          encoding: analysis.encoding ? t(`imports.detected.encodings.${analysis.encoding}`) : '',
          separator: analysis.separator ? t(`imports.detected.separators.${analysis.separator}`) : '',
        });
  return (
    <Text size="sm">
      <Text span fw={600}>
        {analysis.fileName}
      </Text>{' '}
      — {text}
    </Text>
  );
}

export const STATUS_COLORS = { new: 'teal.9', updated: 'blue.9', unchanged: 'gray.8', rejected: 'red.9' } as const;

/** The four counts, as badges that say their meaning in words (never by colour alone). */
export function CountBadges({ counts }: { counts: ImportPreview['counts'] }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="group" aria-label={t('imports.counts.label')}>
      {(['new', 'updated', 'unchanged', 'rejected'] as const).map((status) => (
        <Badge key={status} size="lg" variant="filled" color={STATUS_COLORS[status]} tt="none">
          {t(`imports.counts.${status}`, { count: counts[status] })}
        </Badge>
      ))}
    </Group>
  );
}

export function HouseholdCounts({ households }: { households: ImportPreview['households'] }) {
  const { t } = useTranslation();
  return (
    <Text size="sm">
      {t('imports.counts.households', households)}
      {households.vacated > 0 && ` ${t('imports.counts.vacated', { count: households.vacated })}`}
    </Text>
  );
}
