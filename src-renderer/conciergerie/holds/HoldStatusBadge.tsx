import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HoldStatus } from '../../../src-main/conciergerie/holds/contract.ts';

/** Dark shades: white text on them passes the contrast check. */
const COLORS: Record<HoldStatus, string> = {
  waiting: 'blue.9',
  ready: 'violet.9',
  collected: 'teal.9',
  cancelled: 'gray.8',
  expired: 'red.9',
};

export function HoldStatusBadge({ status }: { status: HoldStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color={COLORS[status]}>
      {t(`holds.statuses.${status}`)}
    </Badge>
  );
}
