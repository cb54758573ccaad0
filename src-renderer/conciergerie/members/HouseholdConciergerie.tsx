import { Anchor, Badge, Button, Modal, Table, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { HouseholdPerson } from '../../../src-main/conciergerie/members/contract.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { formatMoney, type Language } from '../../format/index.ts';
import { EnrolForm } from './EnrolForm.tsx';
import { useEnrolledMessage } from './format.ts';
import { MembershipBadge } from './MembershipBadge.tsx';
import { MemberSection } from './MemberSection.tsx';

/**
 * The conciergerie part of a household page: each person with their member number, membership and balance, and a
 * button to enrol the others (under the household's membership when it covers them). Nothing for roles without the
 * conciergerie right.
 */
export function HouseholdConciergerie({ householdId }: { householdId: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const allowed = useCan('conciergerie');
  const canWrite = useCan('conciergerie', 'write');
  const people = useApiQuery('members.ofHousehold', { householdId }, allowed);
  const enrolledMessage = useEnrolledMessage();
  const [enrolling, setEnrolling] = useState<HouseholdPerson | null>(null);
  if (!allowed || !people.data) return null;
  const sharedUntil = people.data.find((p) => p.member?.shared && p.member.inForce)?.member?.membershipEndsOn ?? null;
  return (
    <>
      <MemberSection title={t('members.household.title')}>
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('members.columns.name')}</Table.Th>
              <Table.Th>{t('members.columns.number')}</Table.Th>
              <Table.Th>{t('members.columns.membership')}</Table.Th>
              <Table.Th ta="right">{t('members.columns.balance')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.data.map((person) => (
              <Table.Tr key={person.personId}>
                <Table.Td>{person.name}</Table.Td>
                <Table.Td>
                  {person.member ? (
                    <Anchor component={Link} href={`~/conciergerie/adherents/${person.member.id}`}>
                      {person.member.number}
                    </Anchor>
                  ) : canWrite ? (
                    <Button size="xs" variant="light" leftSection={<IconUserPlus size={14} aria-hidden />} onClick={() => setEnrolling(person)}>
                      {t('members.household.enrol', { name: person.name })}
                    </Button>
                  ) : (
                    t('members.household.notMember')
                  )}
                </Table.Td>
                <Table.Td>
                  {person.member && (
                    <>
                      <MembershipBadge endsOn={person.member.membershipEndsOn} inForce={person.member.inForce} />
                      {person.member.typeName && (
                        <Text size="xs" c="gray.7">
                          {person.member.typeName}
                          {person.member.shared && ` · ${t('members.history.sharedWithHousehold')}`}
                        </Text>
                      )}
                      {person.member.blocked && (
                        <Badge color="red.9" variant="filled" size="sm">
                          {t('members.household.blocked')}
                        </Badge>
                      )}
                    </>
                  )}
                </Table.Td>
                <Table.Td ta="right">{person.member ? formatMoney(person.member.balanceCents, language) : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </MemberSection>
      {enrolling && (
        <Modal opened onClose={() => setEnrolling(null)} title={t('members.household.enrolTitle', { name: enrolling.name })} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
          <EnrolForm
            person={{ id: enrolling.personId, name: enrolling.name, householdCoveredUntil: sharedUntil }}
            onDone={(enrolled) => {
              notifySuccess(enrolledMessage(enrolled));
              setEnrolling(null);
            }}
            onCancel={() => setEnrolling(null)}
          />
        </Modal>
      )}
    </>
  );
}
