import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One fact of a record's page: its label in small grey, then its value (line breaks kept, for notes and addresses). */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text component="div" style={{ whiteSpace: 'pre-line' }}>
        {children}
      </Text>
    </div>
  );
}
