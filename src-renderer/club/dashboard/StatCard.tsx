import { Paper, Text } from '@mantine/core';

/** One key figure of the dashboard, its label above. */
export function StatCard({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId?: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text fw={700} fz="xl" data-testid={testId}>
        {value}
      </Text>
      {hint && (
        <Text size="sm" c="gray.7">
          {hint}
        </Text>
      )}
    </Paper>
  );
}
