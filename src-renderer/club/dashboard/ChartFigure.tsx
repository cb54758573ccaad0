import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface FigureRow {
  key: string | number;
  label: string;
  value: string;
  detail?: string;
}

interface Props {
  title: string;
  /** The figures of the chart in a sentence, read by screen readers and shown under the chart. */
  caption: string;
  columns: [string, string, string?];
  rows: FigureRow[];
  empty: string;
  children: ReactNode;
}

/**
 * A chart with its text alternative: the drawing is hidden from screen readers, its figures are given in a caption
 * and in a table that everyone can read.
 */
export function ChartFigure({ title, caption, columns, rows, empty, children }: Props) {
  return (
    <Paper withBorder p="md" component="figure" m={0}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {rows.length === 0 ? (
          <Text>{empty}</Text>
        ) : (
          <>
            {/* inert: out of the keyboard's path and of the accessibility tree; the caption and table say it all. */}
            <div inert>{children}</div>
            <Text component="figcaption" size="sm" c="gray.7">
              {caption}
            </Text>
            <Table withTableBorder striped>
              <Table.Thead>
                <Table.Tr>
                  {columns.filter(Boolean).map((column) => (
                    <Table.Th key={column}>{column}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.key}>
                    <Table.Td>{row.label}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{row.value}</Table.Td>
                    {columns[2] && <Table.Td style={{ textAlign: 'right' }}>{row.detail}</Table.Td>}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Paper>
  );
}
