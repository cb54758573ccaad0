import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, type Language } from '../../format/index.ts';

/** "Jusqu’au 22/12/2026" in green while in force, "Expirée le …" in red, "Aucune adhésion" otherwise. */
export function MembershipBadge({ endsOn, inForce }: { endsOn: string | null; inForce: boolean }) {
  const { t, i18n } = useTranslation();
  const date = formatDate(endsOn, i18n.language as Language);
  if (inForce && endsOn) return <Badge color="teal.9" variant="filled">{t('members.until', { date })}</Badge>;
  if (endsOn) return <Badge color="red.9" variant="filled">{t('members.expiredOn', { date })}</Badge>;
  return <Badge color="gray.8" variant="filled">{t('members.noMembership')}</Badge>;
}
