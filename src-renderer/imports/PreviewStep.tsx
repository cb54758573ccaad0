import { Alert, Badge, Box, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, PreviewRow } from '../../src-main/imports/contract.ts';
import { type ImportMapping, IMPORT_TARGETS } from '../../src-main/imports/targets.ts';
import { downloadText } from '../components/download.ts';
import { CountBadges, HouseholdCounts, STATUS_COLORS } from './Summary.tsx';

interface Props {
  preview: ImportPreview;
  mapping: ImportMapping;
  onBack: () => void;
  onContinue: () => void;
}

export function downloadReport(report: NonNullable<ImportPreview['report']>): void {
  downloadText(report.fileName, report.csv);
}

function StatusBadge({ status }: { status: PreviewRow['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color={STATUS_COLORS[status]} tt="none" style={{ minWidth: 'max-content' }}>
      {t(`imports.statuses.${status}`)}
    </Badge>
  );
}

/** What the import would do: counts, the first rows as mapped (rejected ones in red, with why), every rejected row. */
export function PreviewStep({ preview, mapping, onBack, onContinue }: Props) {
  const { t } = useTranslation();
  const targets = IMPORT_TARGETS.filter((target) => mapping[target] !== null && mapping[target] !== undefined);
  const importable = preview.counts.new + preview.counts.updated + preview.counts.unchanged;
  const rejectedProblems = preview.rejected.flatMap((row) => row.problems.map((problem, i) => ({ ...problem, line: row.line, key: `${row.line}-${i}` })));
  return (
    <Stack>
      <CountBadges counts={preview.counts} />
      <HouseholdCounts households={preview.households} />
      {importable === 0 && (
        <Alert color="red" variant="light">
          {t('imports.preview.nothing')}
        </Alert>
      )}

      <Title order={3} size="h4">
        {t('imports.preview.sample')}
      </Title>
      {/* A wide table scrolls sideways; the region takes the focus so that the keyboard can scroll it too. */}
      <Box role="region" aria-label={t('imports.preview.sample')} tabIndex={0} style={{ overflowX: 'auto' }}>
        <Table withTableBorder withColumnBorders aria-label={t('imports.preview.sample')} verticalSpacing={4} miw={900}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.preview.line')}</Table.Th>
              <Table.Th>{t('imports.preview.status')}</Table.Th>
              <Table.Th miw={280}>{t('imports.preview.problems')}</Table.Th>
              {targets.map((target) => (
                <Table.Th key={target}>{t(`imports.targets.${target}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.sample.map((row) => (
              <Table.Tr key={row.line} bg={row.status === 'rejected' ? 'red.0' : undefined} data-status={row.status}>
                <Table.Td>{row.line}</Table.Td>
                <Table.Td>
                  <StatusBadge status={row.status} />
                </Table.Td>
                <Table.Td c={row.problems.length > 0 ? 'red.9' : undefined}>{row.problems.map((problem) => problem.message).join(' ')}</Table.Td>
                {targets.map((target) => (
                  <Table.Td key={target} style={{ whiteSpace: 'nowrap' }}>
                    {row.values[target]}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      {preview.counts.total > preview.sample.length && (
        <Text size="sm" c="gray.7">
          {t('imports.preview.sampleMore', { count: preview.sample.length })}
        </Text>
      )}

      {preview.counts.rejected > 0 && (
        <>
          <Group justify="space-between">
            <Title order={3} size="h4">
              {t('imports.preview.rejected', { count: preview.counts.rejected })}
            </Title>
            {preview.report && (
              <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => downloadReport(preview.report!)}>
                {t('imports.preview.downloadReport')}
              </Button>
            )}
          </Group>
          <Table withTableBorder striped aria-label={t('imports.preview.rejected', { count: preview.counts.rejected })} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={80}>{t('imports.preview.line')}</Table.Th>
                <Table.Th w="20%">{t('imports.preview.column')}</Table.Th>
                <Table.Th>{t('imports.preview.problem')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rejectedProblems.map((problem) => (
                <Table.Tr key={problem.key}>
                  <Table.Td>{problem.line}</Table.Td>
                  <Table.Td>{problem.column}</Table.Td>
                  <Table.Td>{problem.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {preview.counts.rejected > preview.rejected.length && (
            <Text size="sm" c="gray.7">
              {t('imports.preview.rejectedMore', { shown: preview.rejected.length })}
            </Text>
          )}
        </>
      )}

      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          {t('imports.preview.editMapping')}
        </Button>
        <Button onClick={onContinue} disabled={importable === 0}>
          {t('imports.preview.continue')}
        </Button>
      </Group>
    </Stack>
  );
}
