import { List, Paper, Progress, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconLoader2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const PHASES = ['reading', 'analysing', 'checking', 'writing'] as const;
type Phase = (typeof PHASES)[number];

export interface Busy {
  phase: Phase;
  /** How far the phase went (0..1); null when the backend does it in one call and cannot tell. */
  fraction: number | null;
}

/**
 * The phases of an import and where it stands: reading the file (real progress), analysing, checking every row,
 * then the backup and the one-transaction write. A single call cannot report its own progress: its bar is animated.
 */
export function ImportProgress({ busy, rowCount }: { busy: Busy; rowCount: number }) {
  const { t } = useTranslation();
  const index = PHASES.indexOf(busy.phase);
  const label = (phase: Phase) => (phase === 'checking' ? t('imports.progress.checking', { count: rowCount }) : t(`imports.progress.${phase}`));
  const value = ((index + (busy.fraction ?? 0.5)) / PHASES.length) * 100;
  return (
    <Paper withBorder p="md">
      <Text role="status" fw={600} mb="xs">
        {t('imports.progress.current', { phase: label(busy.phase), n: index + 1, total: PHASES.length })}
      </Text>
      <Progress
        value={value}
        animated={busy.fraction === null}
        striped={busy.fraction === null}
        size="lg"
        aria-label={t('imports.progress.label')}
        mb="sm"
      />
      <List spacing={4} size="sm" center>
        {PHASES.map((phase, i) => (
          <List.Item
            key={phase}
            icon={
              <ThemeIcon size={18} radius="xl" color={i < index ? 'teal.9' : i === index ? 'blue.8' : 'gray.5'} aria-hidden>
                {i < index ? <IconCheck size={12} /> : <IconLoader2 size={12} />}
              </ThemeIcon>
            }
          >
            <Text span size="sm" fw={i === index ? 700 : 400} c={i > index ? 'gray.7' : undefined}>
              {label(phase)}
            </Text>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
