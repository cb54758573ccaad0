import { Anchor, Badge, Button, Checkbox, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ResidenceSort, ResidenceSummary } from '../../src-main/residences/contract.ts';
import { call } from '../api/client.ts';
import { useApiQuery } from '../api/hooks.ts';
import { ExportButton } from '../components/ExportButton.tsx';
import { ListPagination } from '../components/ListPagination.tsx';
import { formatNumber } from '../format/index.ts';
import { EmptyOffice } from './EmptyOffice.tsx';
import { SortableHeader } from './SortableHeader.tsx';

const PAGE_SIZE = 50;
const COLUMNS: ResidenceSort[] = ['name', 'city', 'qpvCode', 'dwellingCount'];

/** Every residence the list shows with these filters, all pages, in the same order (for the export). */
async function allResidences(filters: { search: string; sort: ResidenceSort; direction: 'asc' | 'desc'; qpv: 'all' | 'in' | 'out'; includeArchived: boolean }) {
  const rows: ResidenceSummary[] = [];
  for (;;) {
    const page = await call('residences.list', { ...filters, offset: rows.length, limit: 500 });
    rows.push(...page.rows);
    if (page.rows.length === 0 || rows.length >= page.total) return rows;
  }
}

export function ResidenceList() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 150);
  const [sort, setSort] = useState<{ column: ResidenceSort; direction: 'asc' | 'desc' }>({ column: 'name', direction: 'asc' });
  const [qpv, setQpv] = useState<'all' | 'in' | 'out'>('all');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [page, setPage] = useState(1);

  const info = useApiQuery('system.info', {});
  const list = useApiQuery('residences.list', {
    search: debouncedSearch,
    sort: sort.column,
    direction: sort.direction,
    qpv,
    includeArchived,
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });

  const toggleSort = (column: ResidenceSort) => {
    setSort((current) => ({ column, direction: current.column === column && current.direction === 'asc' ? 'desc' : 'asc' }));
    setPage(1);
  };
  const total = list.data?.total ?? 0;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('residences.title')}</Title>
        <Group gap="sm">
          <ExportButton<ResidenceSummary>
            baseName="residences"
            disabled={total === 0}
            columns={[
              { header: t('residences.columns.name'), value: (r) => r.name, width: 30 },
              { header: t('residences.columns.city'), value: (r) => r.city, width: 20 },
              { header: t('residences.columns.qpvCode'), value: (r) => r.qpvCode },
              { header: t('residences.columns.dwellingCount'), value: (r) => r.dwellingCount, type: 'number' },
              { header: t('residences.columns.address'), value: (r) => `${r.address}, ${r.postcode}`, width: 40 },
            ]}
            loadRows={() => allResidences({ search: debouncedSearch, sort: sort.column, direction: sort.direction, qpv, includeArchived })}
          />
          <Button component={Link} href="/nouvelle" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('residences.new')}
          </Button>
        </Group>
      </Group>
      {info.data?.empty ? (
        <EmptyOffice />
      ) : (
        <>
          <Group align="flex-end">
            <TextInput
              label={t('residences.searchLabel')}
              placeholder={t('residences.searchPlaceholder')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={search}
              onChange={(event) => {
                setSearch(event.currentTarget.value);
                setPage(1);
              }}
              w={420}
              type="search"
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="qpv-filter-label">
                {t('residences.qpvFilter')}
              </Text>
              <SegmentedControl
                aria-labelledby="qpv-filter-label"
                value={qpv}
                onChange={(value) => {
                  setQpv(value as typeof qpv);
                  setPage(1);
                }}
                data={[
                  { value: 'all', label: t('residences.qpvAll') },
                  { value: 'in', label: t('residences.qpvIn') },
                  { value: 'out', label: t('residences.qpvOut') },
                ]}
              />
            </Stack>
            <Checkbox label={t('residences.includeArchived')} checked={includeArchived} onChange={(e) => setIncludeArchived(e.currentTarget.checked)} mb={8} />
          </Group>
          <Text size="sm" c="gray.7" aria-live="polite">
            {list.isLoading ? t('common.loading') : t('common.results', { count: total })}
          </Text>
          <Table striped highlightOnHover withTableBorder>
            <Table.Thead>
              <Table.Tr>
                {COLUMNS.map((column) => (
                  <SortableHeader
                    key={column}
                    active={sort.column === column}
                    direction={sort.direction}
                    onSort={() => toggleSort(column)}
                    label={t('residences.sortBy', { column: t(`residences.columns.${column}`) })}
                  >
                    {t(`residences.columns.${column}`)}
                  </SortableHeader>
                ))}
                <Table.Th>{t('residences.columns.address')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.rows.map((residence) => (
                <Table.Tr key={residence.id}>
                  <Table.Td>
                    <Anchor component={Link} href={`/${residence.id}`} fw={600}>
                      {residence.name}
                    </Anchor>
                    {residence.archivedAt && (
                      <Badge ml="xs" color="gray.8" variant="filled" size="sm">
                        {t('common.archived')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{residence.city}</Table.Td>
                  <Table.Td>{residence.qpvCode ?? t('common.none')}</Table.Td>
                  <Table.Td>{formatNumber(residence.dwellingCount)}</Table.Td>
                  <Table.Td>
                    {residence.address}, {residence.postcode}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {list.data && list.data.rows.length === 0 && <Text>{t('residences.none')}</Text>}
          <ListPagination total={total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}
