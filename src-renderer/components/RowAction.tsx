import { ActionIcon, Table, Tooltip, VisuallyHidden } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * An icon button at the end of a table row: the tooltip says what it does, the accessible name also says which row.
 * `main` is the row's usual action (filled lightly), `danger` one that removes or ends something (red).
 */
export function RowAction({ tooltip, label, icon: IconShape, onClick, tone = 'plain' }: {
  tooltip: string;
  label: string;
  icon: Icon;
  onClick: () => void;
  tone?: 'main' | 'plain' | 'danger';
}) {
  return (
    <Tooltip label={tooltip}>
      <ActionIcon variant={tone === 'main' ? 'light' : 'subtle'} color={tone === 'danger' ? 'red.9' : undefined} aria-label={label} onClick={onClick}>
        <IconShape size={16} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}

/** The heading of the row actions' column: named for screen readers only. */
export function ActionsHeader() {
  const { t } = useTranslation();
  return (
    <Table.Th>
      <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
    </Table.Th>
  );
}
