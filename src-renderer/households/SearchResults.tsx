import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { HouseholdSearchRow } from '../../src-main/households/contract.ts';
import { formatPhone } from '../../src-main/shared/phone.ts';
import { call } from '../api/client.ts';
import { dwellingPlace, otherFamilyName, personName } from './format.ts';

const ROW_HEIGHT = 52;
const HEADER_HEIGHT = 40;
/** Rows fetched per call; only the pages under the visible rows are asked for. */
export const PAGE_SIZE = 100;
const PAGE_JUMP = 10;

export interface ResultsHandle {
  /** Puts the keyboard on the first result (from the search box, with the down arrow). */
  focusFirst(): void;
}

interface Props {
  query: string;
  total: number;
  handle: RefObject<ResultsHandle | null>;
}

/** The rows of the search as a virtual table: thousands of lines, only the visible ones in the page. */
export function SearchResults({ query, total, handle }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  // Bumped to render again (and run the focus effect) even when the active row does not change.
  const [, setFocusRequest] = useState(0);
  const focusPending = useRef(false);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const pageNumbers = [...new Set(items.map((item) => Math.floor(item.index / PAGE_SIZE)))];
  const results = useQueries({
    queries: pageNumbers.map((page) => {
      const input = { query, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
      return { queryKey: ['households.search', input], queryFn: () => call('households.search', input), staleTime: 30_000 };
    }),
  });
  const pages = new Map(pageNumbers.map((page, i) => [page, results[i]?.data?.rows]));
  const rowAt = (index: number): HouseholdSearchRow | undefined => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index));
    setActive(next);
    focusPending.current = true;
    setFocusRequest((n) => n + 1);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  useImperativeHandle(handle, () => ({ focusFirst: () => moveTo(0) }));

  // Once the row asked for is rendered (and its page loaded), its link takes the focus.
  useEffect(() => {
    if (!focusPending.current) return;
    const link = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${active}"] a`);
    if (link) {
      link.focus({ preventScroll: true });
      focusPending.current = false;
    }
  });

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + PAGE_JUMP,
      PageUp: active - PAGE_JUMP,
      Home: 0,
      End: total - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div ref={scrollRef} style={{ height: 'max(320px, calc(100vh - 330px))', overflow: 'auto', position: 'relative' }} className="household-results">
      <Table
        stickyHeader
        highlightOnHover
        withTableBorder
        aria-label={t('households.resultsLabel')}
        aria-describedby="household-results-help"
        aria-rowcount={total + 1}
        style={{ tableLayout: 'fixed', minWidth: 860 }}
      >
        <Table.Thead style={{ height: HEADER_HEIGHT }}>
          <Table.Tr aria-rowindex={1}>
            <Table.Th w="26%">{t('households.columns.person')}</Table.Th>
            <Table.Th w="20%">{t('households.columns.household')}</Table.Th>
            <Table.Th w="20%">{t('households.columns.dwelling')}</Table.Th>
            <Table.Th w="20%">{t('households.columns.residence')}</Table.Th>
            <Table.Th w="14%">{t('households.columns.phone')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody onKeyDown={onKeyDown}>
          {paddingTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={5} style={{ height: paddingTop, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rowAt(item.index);
            return (
              <Table.Tr key={item.key} data-index={item.index} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                {row ? (
                  <ResultCells row={row} focusable={item.index === active} onFocus={() => setActive(item.index)} />
                ) : (
                  <Table.Td colSpan={5}>
                    <Text size="sm" c="gray.7">
                      {t('common.loading')}
                    </Text>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={5} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
}

const truncate = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

function ResultCells({ row, focusable, onFocus }: { row: HouseholdSearchRow; focusable: boolean; onFocus: () => void }) {
  const { t } = useTranslation();
  const person = row.person;
  const other = person ? otherFamilyName(person) : null;
  return (
    <>
      <Table.Td style={truncate}>
        <Anchor component={Link} href={`/${row.household.id}`} fw={600} tabIndex={focusable ? 0 : -1} onFocus={onFocus}>
          {person ? personName(person) : row.household.name}
        </Anchor>
        {other && (
          <Text span size="sm" c="gray.7" ml={6}>
            ({other})
          </Text>
        )}
      </Table.Td>
      <Table.Td style={truncate}>
        <Group gap={6} wrap="nowrap">
          <Text span size="sm" style={truncate}>
            {row.household.name}
          </Text>
          {!row.household.isTenant && (
            <Badge size="sm" variant="filled" color="gray.8">
              {t('households.nonTenant')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td style={truncate}>
        {row.dwelling ? (
          <Text span size="sm">
            {row.dwelling.internalId} · {dwellingPlace(t, row.dwelling)}
          </Text>
        ) : (
          <Text span size="sm" c="gray.7">
            {t('common.none')}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={truncate}>
        <Text span size="sm">
          {row.residence ? `${row.residence.name}, ${row.residence.city}` : t('common.none')}
        </Text>
      </Table.Td>
      <Table.Td style={truncate}>
        <Text span size="sm">
          {formatPhone(person?.phone) || t('common.none')}
        </Text>
      </Table.Td>
    </>
  );
}
