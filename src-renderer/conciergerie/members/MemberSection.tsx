import { Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One framed part of a member's (or household's) page under its h2, with the buttons that act on it at the right. */
export function MemberSection({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const heading = (
    <Title order={2} size="h4">
      {title}
    </Title>
  );
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        {actions ? (
          <Group justify="space-between">
            {heading}
            {actions}
          </Group>
        ) : (
          heading
        )}
        {children}
      </Stack>
    </Paper>
  );
}
