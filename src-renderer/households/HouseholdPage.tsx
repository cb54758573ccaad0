import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconPencil, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { HouseholdDetail, Person } from '../../src-main/households/contract.ts';
import { useCan } from '../auth/AuthContext.ts';
import { Fact } from '../components/Fact.tsx';
import { personName } from './format.ts';
import { HouseholdDwelling } from './HouseholdDwelling.tsx';
import { HouseholdEditModal } from './HouseholdModals.tsx';
import { PeopleTable } from './PeopleTable.tsx';
import { PersonModal, RemovePersonModal } from './PersonModal.tsx';
import { HouseholdExchangeWish } from '../exchange/HouseholdExchangeWish.tsx';
import { HouseholdFollowup } from '../followup/HouseholdFollowup.tsx';
import { HouseholdSkills } from '../skills/HouseholdSkills.tsx';
import { HouseholdConciergerie } from '../conciergerie/members/HouseholdConciergerie.tsx';
import { HouseholdClub } from '../club/HouseholdClub.tsx';
import { HouseholdAgenda } from '../agenda/registrations/HouseholdAgenda.tsx';

/** Everything about one household: its dwelling and history, its people, their skills, exchange wish and follow-up. */
export function HouseholdPage({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation();
  const canWrite = useCan('households', 'write');
  const [editing, setEditing] = useState(false);
  const [personModal, setPersonModal] = useState<{ person?: Person } | null>(null);
  const [removing, setRemoving] = useState<Person | null>(null);
  const none = t('common.none');
  const people = household.people.map((p) => ({ id: p.id, name: personName(p) }));
  const { line, postcode, city } = household.address;

  return (
    <Stack>
      <Anchor component={Link} href="/">
        ← {t('households.title')}
      </Anchor>
      <Group justify="space-between">
        <Group>
          <Title order={1}>{household.name}</Title>
          <Badge color={household.isTenant ? 'teal.9' : 'gray.8'} variant="filled">
            {household.isTenant ? t('households.tenant') : household.history.length > 0 ? t('households.formerTenant') : t('households.nonTenant')}
          </Badge>
        </Group>
        {canWrite && (
          <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
            {t('households.edit')}
          </Button>
        )}
      </Group>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Fact label={t('households.fields.externalId')}>{household.externalId ?? none}</Fact>
          <Fact label={t('households.addressSection')}>{line ? `${line}\n${postcode} ${city}` : none}</Fact>
          <Fact label={t('households.mail')}>{household.acceptsMail ? t('households.mailYes') : t('households.mailNo')}</Fact>
        </SimpleGrid>
        {household.notes && <Fact label={t('households.fields.notes')}>{household.notes}</Fact>}
      </Paper>

      <HouseholdDwelling household={household} canWrite={canWrite} />

      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('households.peopleSection')} ({household.people.length})
        </Title>
        {canWrite && (
          <Button variant="light" leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setPersonModal({})}>
            {t('households.addPerson')}
          </Button>
        )}
      </Group>
      <PeopleTable householdId={household.id} people={household.people} canWrite={canWrite} onEdit={(person) => setPersonModal({ person })} onRemove={setRemoving} />

      <HouseholdSkills householdId={household.id} people={people} />
      <HouseholdExchangeWish householdId={household.id} hasDwelling={household.current !== null} />
      <HouseholdFollowup householdId={household.id} people={people} />
      <HouseholdConciergerie householdId={household.id} />
      <HouseholdClub householdId={household.id} />
      <HouseholdAgenda householdId={household.id} />

      {editing && <HouseholdEditModal household={household} onClose={() => setEditing(false)} />}
      {personModal && (
        <PersonModal
          householdId={household.id}
          person={personModal.person}
          familyName={household.people[0]?.familyName ?? ''}
          onClose={() => setPersonModal(null)}
        />
      )}
      {removing && <RemovePersonModal person={removing} onClose={() => setRemoving(null)} />}
    </Stack>
  );
}
