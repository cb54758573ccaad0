import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { IconPhoto } from '@tabler/icons-react';
import { useImperativeHandle, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CatalogueSearchRow } from '../../../src-main/conciergerie/catalogue/contract.ts';

export interface TableHandle {
  /** Puts the keyboard on the first row (from the search box, with the down arrow). */
  focusFirst(): void;
}

const PAGE_JUMP = 10;

/**
 * The page of results: one link per record, reached with Tab once and then with the arrows (Home, End, Page up and
 * down too); Enter opens the record.
 */
export function CatalogueTable({ rows, handle }: { rows: CatalogueSearchRow[]; handle: RefObject<TableHandle | null> }) {
  const { t } = useTranslation();
  const body = useRef<HTMLTableSectionElement>(null);
  const [active, setActive] = useState(0);
  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    body.current?.querySelectorAll<HTMLElement>('a[data-row-link]')[next]?.focus();
  };
  useImperativeHandle(handle, () => ({ focusFirst: () => focusRow(0) }));

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + PAGE_JUMP,
      PageUp: active - PAGE_JUMP,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focusRow(target);
  };

  return (
    <Table striped highlightOnHover withTableBorder aria-label={t('catalogue.resultsLabel')} aria-describedby="catalogue-results-help">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('catalogue.columns.title')}</Table.Th>
          <Table.Th>{t('catalogue.columns.kind')}</Table.Th>
          <Table.Th>{t('catalogue.columns.category')}</Table.Th>
          <Table.Th>{t('catalogue.columns.copies')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody ref={body} onKeyDown={onKeyDown}>
        {rows.map((row, index) => (
          <Table.Tr key={row.id}>
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                <Anchor component={Link} href={`/${row.id}`} fw={600} data-row-link tabIndex={index === Math.min(active, rows.length - 1) ? 0 : -1} onFocus={() => setActive(index)}>
                  {row.title}
                </Anchor>
                {row.hasPhoto && <IconPhoto size={16} aria-label={t('catalogue.hasPhoto')} role="img" />}
              </Group>
              {(row.author || row.isbn) && (
                <Text size="sm" c="gray.7">
                  {[row.author, row.isbn && `ISBN ${row.isbn}`].filter(Boolean).join(' · ')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{t(`catalogue.kinds.${row.kind}`)}</Table.Td>
            <Table.Td>{row.categoryName ?? t('common.none')}</Table.Td>
            <Table.Td>
              <Badge variant="filled" color={row.copiesAvailable > 0 ? 'teal.9' : 'gray.8'}>
                {t('catalogue.availableOfTotal', { available: row.copiesAvailable, total: row.copiesTotal })}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
