import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCategory, IconPlus, IconPrinter, IconSearch } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { COPY_STATUSES, ITEM_KINDS, type CopyStatus, type ItemKind } from '../../../src-main/conciergerie/catalogue/kinds.ts';
import { localToday } from '../../../src-main/shared/days.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { ListPagination } from '../../components/ListPagination.tsx';
import { CatalogueTable, type TableHandle } from './CatalogueTable.tsx';
import { PrintLabelsModal } from './PrintLabelsModal.tsx';

const PAGE_SIZE = 50;

/** The catalogue: one search box (focused, scanner-friendly), filters, a page of records. */
export function CatalogueList() {
  const { t } = useTranslation();
  const canWrite = useCan('conciergerie', 'write');
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 200);
  const [kind, setKind] = useState<ItemKind | null>(null);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [status, setStatus] = useState<CopyStatus | null>(null);
  const [page, setPage] = useState(1);
  const [printing, setPrinting] = useState(false);
  const table = useRef<TableHandle>(null);

  const categories = useApiQuery('catalogue.categories', { kind, includeArchived: true });
  const list = useApiQuery('catalogue.search', {
    query,
    kind,
    categoryId: categoryId === null ? null : Number(categoryId),
    status,
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
  const total = list.data?.total ?? 0;
  const filtered = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(1);
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('catalogue.title')}</Title>
        <Group gap="sm">
          <Button component={Link} href="/categories" variant="default" leftSection={<IconCategory size={16} aria-hidden />}>
            {t('catalogue.categories.title')}
          </Button>
          <Button variant="default" onClick={() => setPrinting(true)} leftSection={<IconPrinter size={16} aria-hidden />}>
            {t('catalogue.labels.today')}
          </Button>
          {canWrite && (
            <Button component={Link} href="/nouveau" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('catalogue.new')}
            </Button>
          )}
        </Group>
      </Group>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('catalogue.searchLabel')}
          description={t('catalogue.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && (list.data?.rows.length ?? 0) > 0) {
              event.preventDefault();
              table.current?.focusFirst();
            }
          }}
          type="search"
          autoFocus
          w={{ base: '100%', sm: 380 }}
        />
        <Select
          label={t('catalogue.columns.kind')}
          placeholder={t('catalogue.allKinds')}
          data={ITEM_KINDS.map((value) => ({ value, label: t(`catalogue.kinds.${value}`) }))}
          value={kind}
          onChange={(value) => {
            filtered(setKind)(value as ItemKind | null);
            setCategoryId(null);
          }}
          clearable
          w={160}
        />
        <Select
          label={t('catalogue.columns.category')}
          placeholder={t('catalogue.allCategories')}
          data={(categories.data?.rows ?? []).map((category) => ({
            value: String(category.id),
            label: kind ? category.name : `${category.name} (${t(`catalogue.kinds.${category.kind}`)})`,
          }))}
          value={categoryId}
          onChange={filtered(setCategoryId)}
          clearable
          searchable
          nothingFoundMessage={t('catalogue.noCategoryFound')}
          w={240}
        />
        <Select
          label={t('catalogue.statusFilter')}
          placeholder={t('catalogue.allStatuses')}
          data={COPY_STATUSES.filter((value) => value !== 'retired').map((value) => ({ value, label: t(`catalogue.statusFilters.${value}`) }))}
          value={status}
          onChange={(value) => filtered(setStatus)(value as CopyStatus | null)}
          clearable
          w={200}
        />
      </Group>
      <Text size="sm" c="gray.7" aria-live="polite" id="catalogue-results-help">
        {list.isLoading ? t('common.loading') : t('catalogue.resultsCount', { count: total })}
      </Text>
      {list.data && list.data.rows.length > 0 && <CatalogueTable rows={list.data.rows} handle={table} />}
      {list.data && list.data.rows.length === 0 && <Text>{query || kind || categoryId || status ? t('catalogue.noMatch') : t('catalogue.empty')}</Text>}
      <ListPagination total={total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
      {printing && (
        <PrintLabelsModal selection={{ by: 'addedOn', day: localToday() }} description={t('catalogue.labels.todayDescription')} onClose={() => setPrinting(false)} />
      )}
    </Stack>
  );
}
