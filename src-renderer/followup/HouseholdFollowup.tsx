import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { FollowupSummary } from '../../src-main/followup/contract.ts';
import { useApiQuery } from '../api/hooks.ts';
import { useCan } from '../auth/AuthContext.ts';
import { formatDate, type Language } from '../format/index.ts';
import { DueBadge } from './FollowupBadges.tsx';
import { FollowupFormModal } from './FollowupFormModal.tsx';

/** The follow-ups of one household, read once for the page (each follow-up revealed is written to the audit log). */
function useHouseholdFollowups(householdId: number) {
  const allowed = useCan('followup');
  return useApiQuery('followup.ofHousehold', { householdId }, allowed && householdId > 0);
}

/**
 * A small badge next to a person on the household page: "Suivi" (or "Suivi : contact en retard"), linking to the
 * record. Renders nothing for roles without the follow-up right, and never calls the backend for them.
 */
export function PersonFollowupBadge({ householdId, personId }: { householdId: number; personId: number }) {
  const { t } = useTranslation();
  const followups = useHouseholdFollowups(householdId);
  const followup = followups.data?.rows.find((row) => row.personId === personId && row.endedOn === null);
  if (!followup) return null;
  return (
    <Anchor component={Link} href={`~/foyers/suivi/${followup.id}`} size="sm" fw={600} c={followup.overdue ? 'red.9' : 'blue.9'}>
      <IconLock size={14} aria-hidden style={{ verticalAlign: 'text-bottom' }} /> {followup.overdue ? t('followup.badgeOverdue') : t('followup.badge')}
    </Anchor>
  );
}

function Line({ row }: { row: FollowupSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <Group justify="space-between">
      <div>
        <Anchor component={Link} href={`~/foyers/suivi/${row.id}`} fw={600}>
          {row.personName}
        </Anchor>
        <Text size="sm" c="gray.7">
          {t('followup.everyDays', { count: row.contactEveryDays })}
          {row.nextContactDue && ` · ${t('followup.columns.nextDue')} : ${formatDate(row.nextContactDue, i18n.language as Language)}`}
        </Text>
      </div>
      <DueBadge summary={row} />
    </Group>
  );
}

/**
 * The follow-up section of a household page: its people's follow-ups and a button to open one. Nothing at all for
 * roles without the follow-up right.
 */
export function HouseholdFollowup({ householdId, people }: { householdId: number; people: { id: number; name: string }[] }) {
  const { t } = useTranslation();
  const allowed = useCan('followup');
  const canWrite = useCan('followup', 'write');
  const followups = useHouseholdFollowups(householdId);
  const [opening, setOpening] = useState<{ id: number; name: string } | null>(null);
  if (!allowed) return null;
  const rows = followups.data?.rows ?? [];
  const followed = new Set(rows.filter((row) => row.endedOn === null).map((row) => row.personId));
  const notFollowed = people.filter((person) => !followed.has(person.id));
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          <IconLock size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} /> {t('followup.householdTitle')}
        </Title>
        {rows.length === 0 ? <Text>{t('followup.householdNone')}</Text> : rows.map((row) => <Line key={row.id} row={row} />)}
        {canWrite && notFollowed.length > 0 && (
          <Group gap="xs">
            {notFollowed.map((person) => (
              <Button key={person.id} size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setOpening(person)}>
                {t('followup.openFor', { name: person.name })}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
      {opening && <FollowupFormModal personId={opening.id} personName={opening.name} onClose={() => setOpening(null)} />}
    </Paper>
  );
}
