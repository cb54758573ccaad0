import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The frame of the sign-in, first-run and lock screens. */
export function AuthScreen({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" bg="gray.1" p="md">
      <Paper withBorder shadow="sm" p="xl" w={420} component="main">
        <Stack>
          <Text fw={700} c="blue.9">
            {t('app.name')}
          </Text>
          <Title order={1} size="h2">
            {title}
          </Title>
          {intro && <Text>{intro}</Text>}
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
