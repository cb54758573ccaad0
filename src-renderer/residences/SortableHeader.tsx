import { Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface Props {
  active: boolean;
  direction: 'asc' | 'desc';
  onSort: () => void;
  label: string;
  children: ReactNode;
}

/** A column header that sorts on click or Enter, and tells assistive technologies how the table is sorted. */
export function SortableHeader({ active, direction, onSort, label, children }: Props) {
  const Icon = !active ? IconArrowsSort : direction === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={onSort} aria-label={label} fw={700} fz="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
        {children}
        <Icon size={14} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  );
}
