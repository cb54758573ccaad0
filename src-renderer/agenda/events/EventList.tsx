import { Alert, Anchor, Badge, Checkbox, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { EventCategory } from '../../../src-main/agenda/events/fields.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { ListPagination } from '../../components/ListPagination.tsx';
import type { Language } from '../../format/index.ts';
import { eventWhen } from './dates.ts';
import { SeatsText } from './SeatsText.tsx';

const PAGE_SIZE = 50;

interface Filters {
  residenceId: number | null;
  category: EventCategory | null;
  roomId: number | null;
}

/** Upcoming events from a day on, paged, with a search over titles, places, organisers and partners. */
export function EventList({ from, filters }: { from: string; filters: Filters }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [includeCancelled, setIncludeCancelled] = useState(true);
  const [page, setPage] = useState(1);
  const list = useApiQuery('agenda.events.list', { ...filters, from, search: debounced, includeCancelled, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const rows = list.data?.rows ?? [];
  return (
    <Stack>
      <Group align="flex-end">
        <TextInput
          label={t('agenda.events.filters.search')}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
          miw={280}
        />
        <Checkbox label={t('agenda.events.filters.includeCancelled')} checked={includeCancelled} onChange={(event) => setIncludeCancelled(event.currentTarget.checked)} mb={8} />
      </Group>
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      <Text size="sm" aria-live="polite">
        {t('common.results', { count: list.data?.total ?? 0 })}
      </Text>
      {rows.length === 0 ? (
        <Text>{t('agenda.events.noUpcoming')}</Text>
      ) : (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agenda.events.columns.when')}</Table.Th>
              <Table.Th>{t('agenda.events.columns.title')}</Table.Th>
              <Table.Th>{t('agenda.events.columns.category')}</Table.Th>
              <Table.Th>{t('agenda.events.columns.place')}</Table.Th>
              <Table.Th>{t('agenda.events.columns.seats')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((event) => (
              <Table.Tr key={event.id}>
                <Table.Td>{eventWhen(event, language)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} href={`/evenements/${event.id}`} fw={600} td={event.status === 'cancelled' ? 'line-through' : undefined}>
                    {event.title}
                  </Anchor>
                  {event.status === 'cancelled' && (
                    <Badge color="red.9" variant="outline" ml="xs">
                      {t('agenda.events.cancelledBadge')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{t(`agenda.events.categories.${event.category}`)}</Table.Td>
                <Table.Td>{event.place}</Table.Td>
                <Table.Td>
                  <SeatsText event={event} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ListPagination total={list.data?.total ?? 0} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
    </Stack>
  );
}
