import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CopyStatus } from '../../../src-main/conciergerie/catalogue/kinds.ts';

/** Dark shades: white text on them passes the contrast check (green and orange do not, even at 9). */
const COLORS: Record<CopyStatus, string> = {
  available: 'teal.9',
  on_loan: 'blue.9',
  reserved: 'violet.9',
  in_repair: 'red.9',
  retired: 'gray.8',
};

export function CopyStatusBadge({ status }: { status: CopyStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color={COLORS[status]}>
      {t(`catalogue.statuses.${status}`)}
    </Badge>
  );
}
