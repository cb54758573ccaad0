import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { HouseholdSearchRow } from '../../src-main/households/contract.ts';
import { SEARCH_LIMIT } from '../../src-main/households/contract.ts';
import { formatPhone } from '../../src-main/shared/phone.ts';
import { call } from '../api/client.ts';
import { useCan } from '../auth/AuthContext.ts';
import { ExportButton } from '../components/ExportButton.tsx';
import { dwellingPlace, personName } from '../households/format.ts';

/*
 * The import and export buttons of the Foyers screen (owned by the households screens): drop them into its header,
 * e.g. <ImportButton /> and <HouseholdsExportButton query={query} total={total} />.
 */

/** « Importer »: opens the import wizard, for those who may write households. */
export function ImportButton() {
  const { t } = useTranslation();
  if (!useCan('households', 'write')) return null;
  return (
    <Button component={Link} href="~/foyers/import" variant="default" leftSection={<IconFileImport size={16} aria-hidden />}>
      {t('imports.open')}
    </Button>
  );
}

/** Every row of the search as the results list shows it, all pages, same order. */
async function allResults(query: string): Promise<HouseholdSearchRow[]> {
  const rows: HouseholdSearchRow[] = [];
  for (;;) {
    const page = await call('households.search', { query, offset: rows.length, limit: SEARCH_LIMIT });
    rows.push(...page.rows);
    if (page.rows.length === 0 || rows.length >= page.total) return rows;
  }
}

/** « Exporter » of the search results: the columns of the results list (person, household, dwelling, residence, phone). */
export function HouseholdsExportButton({ query, total }: { query: string; total: number }) {
  const { t } = useTranslation();
  return (
    <ExportButton<HouseholdSearchRow>
      baseName="foyers"
      disabled={total === 0}
      columns={[
        { header: t('households.columns.person'), value: (row) => (row.person ? personName(row.person) : row.household.name), width: 28 },
        { header: t('households.columns.household'), value: (row) => row.household.name, width: 24 },
        { header: t('households.columns.dwelling'), value: (row) => (row.dwelling ? `${row.dwelling.internalId} · ${dwellingPlace(t, row.dwelling)}` : ''), width: 30 },
        { header: t('households.columns.residence'), value: (row) => (row.residence ? `${row.residence.name}, ${row.residence.city}` : ''), width: 30 },
        { header: t('households.columns.phone'), value: (row) => formatPhone(row.person?.phone), width: 16 },
      ]}
      loadRows={() => allResults(query)}
    />
  );
}
