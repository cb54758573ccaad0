import { Group, Kbd, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const SHORTCUTS = ['scan', 'confirm', 'clear', 'focus'] as const;

/** The keys of the counter, always on screen. */
export function ShortcutHelp() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs" component="section" aria-labelledby="counter-shortcuts">
      <Text fw={700} id="counter-shortcuts" mb={4}>
        {t('counter.shortcuts.title')}
      </Text>
      <Group gap="lg">
        {SHORTCUTS.map((shortcut) => (
          <Text key={shortcut} size="sm">
            <Kbd>{t(`counter.shortcuts.keys.${shortcut}`)}</Kbd> {t(`counter.shortcuts.${shortcut}`)}
          </Text>
        ))}
      </Group>
    </Paper>
  );
}
