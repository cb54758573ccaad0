import { ActionIcon, Group, Table, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../src-main/households/contract.ts';
import { formatPhone } from '../../src-main/shared/phone.ts';
import { formatDate, type Language } from '../format/index.ts';
import { useLocation } from 'wouter';
import { PersonFollowupBadge } from '../followup/HouseholdFollowup.tsx';
import { PersonPrivacyActions } from '../privacy/PersonPrivacyActions.tsx';
import { ageOn, otherFamilyName, personName } from './format.ts';

interface Props {
  householdId: number;
  people: Person[];
  canWrite: boolean;
  onEdit: (person: Person) => void;
  onRemove: (person: Person) => void;
}

/** The people of a household: names, role, birth date and age, phone shown the French way, languages. */
export function PeopleTable({ householdId, people, canWrite, onEdit, onRemove }: Props) {
  const [, navigate] = useLocation();
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'fr';
  const none = t('common.none');
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped withTableBorder aria-label={t('households.peopleSection')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('households.peopleColumns.name')}</Table.Th>
            <Table.Th>{t('households.peopleColumns.role')}</Table.Th>
            <Table.Th>{t('households.peopleColumns.birthDate')}</Table.Th>
            <Table.Th>{t('households.peopleColumns.phone')}</Table.Th>
            <Table.Th>{t('households.peopleColumns.email')}</Table.Th>
            <Table.Th>{t('households.peopleColumns.languages')}</Table.Th>
            <Table.Th>{t('households.peopleColumns.rights')}</Table.Th>
            {canWrite && <Table.Th aria-label={t('households.peopleColumns.actions')} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => {
            const name = personName(person);
            const other = otherFamilyName(person);
            return (
              <Table.Tr key={person.id}>
                <Table.Td>
                  <Text span fw={600}>
                    {person.civility === 'unspecified' ? '' : `${t(`households.civilityShort.${person.civility}`)} `}
                    {name}
                  </Text>
                  {other && (
                    <Text size="sm" c="gray.7">
                      {t('households.familyNameIs', { name: other })}
                    </Text>
                  )}
                  {person.notes && (
                    <Text size="sm" c="gray.7">
                      {person.notes}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`households.roles.${person.role}`)}</Table.Td>
                <Table.Td>
                  {person.birthDate ? `${formatDate(person.birthDate, language)} (${t('households.age', { count: ageOn(person.birthDate) })})` : none}
                </Table.Td>
                <Table.Td>{formatPhone(person.phone) || none}</Table.Td>
                <Table.Td>{person.email ?? none}</Table.Td>
                <Table.Td>{person.languages.join(', ') || none}</Table.Td>
                <Table.Td>
                  <PersonFollowupBadge householdId={householdId} personId={person.id} />
                  <PersonPrivacyActions personId={person.id} personName={name} onErased={(result) => result.householdErased && navigate('/')} />
                </Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon variant="subtle" color="gray.8" aria-label={t('households.editPerson', { name })} onClick={() => onEdit(person)}>
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon variant="subtle" color="red.9" aria-label={t('households.removePerson', { name })} onClick={() => onRemove(person)}>
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
