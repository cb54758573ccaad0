import { Alert, Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconFlag, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { MemberDetail } from '../../../src-main/conciergerie/members/contract.ts';
import { formatPhone } from '../../../src-main/shared/phone.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { Fact } from '../../components/Fact.tsx';
import { formatDate, formatMoney, type Language } from '../../format/index.ts';
import { AccountSection } from './AccountSection.tsx';
import { FlagModal, FlagsSection } from './FlagsSection.tsx';
import { MemberPaymentsTable, MembershipsTable } from './HistoryTables.tsx';
import { RenewModal } from './RenewModal.tsx';
import { MemberSection } from './MemberSection.tsx';

/** Whether the member may borrow: the membership in force, and every reason why not, in red. */
function StandingPanel({ member }: { member: MemberDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { standing } = member;
  return (
    <MemberSection title={t('members.standing.title')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Fact label={t('members.standing.membership')}>
          {standing.membership ? (
            <>
              {standing.membership.typeName} · {t('members.until', { date: formatDate(standing.membership.endsOn, language) })}
              {standing.membership.shared && (
                <Text size="xs" c="gray.7">
                  {t('members.history.sharedWithHousehold')}
                </Text>
              )}
            </>
          ) : (
            t('members.noMembership')
          )}
        </Fact>
        <Fact label={t('members.standing.loans')}>{t('members.standing.loansLine', { open: standing.openLoans, left: standing.loansLeft })}</Fact>
        <Fact label={t('members.standing.balance')}>
          <Text component="span" c={standing.balanceCents > 0 ? 'red.9' : undefined} fw={standing.balanceCents > 0 ? 700 : undefined}>
            {formatMoney(standing.balanceCents, language)}
          </Text>
        </Fact>
      </SimpleGrid>
      {standing.blocks.length > 0 ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('members.standing.blocked')}>
          <List size="sm">
            {standing.blocks.map((block) => (
              <List.Item key={`${block.kind}-${block.flagId ?? ''}`}>
                <Text c="red.9" fw={600} size="sm">
                  {block.message}
                </Text>
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Text c="teal.9" fw={600}>
          {t('members.standing.mayBorrow')}
        </Text>
      )}
    </MemberSection>
  );
}

/** A member's page: who, their card, whether they may borrow and why not, memberships, account, flags, payments. */
export function MemberPage({ member }: { member: MemberDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const canWrite = useCan('conciergerie', 'write');
  const [modal, setModal] = useState<'renew' | 'flag' | null>(null);
  const { person, household } = member;
  return (
    <Stack>
      <Anchor component={Link} href="/">
        ← {t('members.title')}
      </Anchor>
      <Group justify="space-between">
        <Group>
          <Title order={1}>{person.name}</Title>
          <Badge size="lg" variant="filled" color="blue.9">
            {member.number}
          </Badge>
        </Group>
        <Group gap="sm">
          <DownloadButton method="members.cardPdf" input={{ id: member.id, format: 'card' }} label={t('members.card')} />
          <DownloadButton method="members.cardPdf" input={{ id: member.id, format: 'sheet' }} label={t('members.cardSheet')} />
          {canWrite && !person.erased && (
            <>
              <Button leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => setModal('renew')}>
                {t('members.renew')}
              </Button>
              <Button variant="default" leftSection={<IconFlag size={16} aria-hidden />} onClick={() => setModal('flag')}>
                {t('members.flags.add')}
              </Button>
            </>
          )}
        </Group>
      </Group>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Fact label={t('members.identity.household')}>
            <Anchor component={Link} href={`~/foyers/${household.id}`}>
              {household.name}
            </Anchor>
            <Text size="xs" c="gray.7">
              {household.isTenant ? t('members.tenant') : t('members.nonTenant')}
            </Text>
          </Fact>
          <Fact label={t('members.identity.address')}>{household.address || t('common.none')}</Fact>
          <Fact label={t('members.identity.contact')}>{[formatPhone(person.phone), person.email].filter(Boolean).join(' · ') || t('common.none')}</Fact>
          <Fact label={t('members.identity.joinedOn')}>{formatDate(member.joinedOn, language)}</Fact>
        </SimpleGrid>
      </Paper>
      <StandingPanel member={member} />
      <MembershipsTable member={member} />
      <AccountSection member={member} />
      <FlagsSection member={member} />
      <MemberPaymentsTable member={member} />
      {modal === 'renew' && <RenewModal member={member} onClose={() => setModal(null)} />}
      {modal === 'flag' && <FlagModal member={member} onClose={() => setModal(null)} />}
    </Stack>
  );
}
