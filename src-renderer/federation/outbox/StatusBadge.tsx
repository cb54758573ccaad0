import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportStatus } from '../../../src-main/federation/outbox/contract.ts';

const STATUS_COLORS: Record<ExportStatus, string> = { saved: 'gray.8', queued: 'yellow.9', sending: 'blue.9', sent: 'green.9', abandoned: 'red.9' };

/** An export's status, coloured: waiting in yellow, sent in green, abandoned in red. */
export function StatusBadge({ status }: { status: ExportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="filled">
      {t(`federation.outbox.status.${status}`)}
    </Badge>
  );
}
