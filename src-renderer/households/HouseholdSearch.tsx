import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useApiQuery } from '../api/hooks.ts';
import { useCan } from '../auth/AuthContext.ts';
import { FoyersToolLinks } from '../followup/FoyersToolLinks.tsx';
import { HouseholdsExportButton, ImportButton } from '../imports/HouseholdsActions.tsx';
import { PAGE_SIZE, type ResultsHandle, SearchResults } from './SearchResults.tsx';

/** Foyers et personnes: one search box over people and households, results in a virtual list. */
export function HouseholdSearch() {
  const { t } = useTranslation();
  const canWrite = useCan('households', 'write');
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const first = useApiQuery('households.search', { query, offset: 0, limit: PAGE_SIZE });
  const total = first.data?.total ?? 0;
  const results = useRef<ResultsHandle>(null);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('households.title')}</Title>
        <Group gap="sm">
          <HouseholdsExportButton query={query} total={total} />
          <ImportButton />
          {canWrite && (
            <Button component={Link} href="/nouveau" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('households.new')}
            </Button>
          )}
        </Group>
      </Group>
      <FoyersToolLinks />
      <TextInput
        label={t('households.searchLabel')}
        description={t('households.searchHint')}
        placeholder={t('households.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && total > 0) {
            event.preventDefault();
            results.current?.focusFirst();
          }
        }}
        type="search"
        maw={640}
        data-autofocus
      />
      <Text size="sm" c="gray.7" aria-live="polite">
        {first.isLoading ? t('common.loading') : t('common.results', { count: total })}
      </Text>
      <Text id="household-results-help" size="sm" c="gray.7" hidden={total === 0}>
        {t('households.keyboardHint')}
      </Text>
      {total > 0 ? (
        <SearchResults key={query} query={query} total={total} handle={results} />
      ) : (
        first.data && <Text>{query ? t('households.none') : t('households.empty')}</Text>
      )}
    </Stack>
  );
}
