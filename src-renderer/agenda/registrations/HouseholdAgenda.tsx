import { Anchor, Badge, Button, Table, Text, Title } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Output } from '../../api/client.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { MemberSection } from '../../conciergerie/members/MemberSection.tsx';
import { formatMoney, type Language } from '../../format/index.ts';
import { HouseholdRegisterModal } from './HouseholdRegisterModal.tsx';
import { OutcomeMessage } from './OutcomeMessage.tsx';
import { formatEventStart } from '../events/dates.ts';

type Line = Output<'agenda.registrations.ofHousehold'>['upcoming'][number];
const k = 'agenda.registrations.household';

function Lines({ lines, past }: { lines: Line[]; past: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <Table withTableBorder striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t(`${k}.columns.date`)}</Table.Th>
          <Table.Th>{t(`${k}.columns.event`)}</Table.Th>
          <Table.Th>{t(`${k}.columns.who`)}</Table.Th>
          <Table.Th>{past ? t(`${k}.columns.attended`) : t(`${k}.columns.status`)}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line) => (
          <Table.Tr key={line.id}>
            <Table.Td>{formatEventStart(line.startsAt, language)}</Table.Td>
            <Table.Td>
              <Anchor component={Link} href={`~/agenda/evenements/${line.eventId}`}>
                {line.title}
              </Anchor>
              {line.eventCancelled && (
                <Text size="xs" c="red.9">
                  {t(`${k}.eventCancelled`)}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{line.name}</Table.Td>
            <Table.Td>
              {past ? (
                <Badge color={line.attended ? 'teal.9' : 'gray.8'} variant={line.attended ? 'filled' : 'light'}>
                  {line.attended ? t(`${k}.attendedYes`) : t(`${k}.attendedNo`)}
                </Badge>
              ) : (
                <>
                  <Badge color={line.status === 'waiting' ? 'violet.9' : 'teal.9'} variant="filled">
                    {t(`agenda.registrations.status.${line.status}`, { position: line.position })}
                  </Badge>
                  {line.amountDueCents > 0 && (
                    <Text size="xs" c="red.9">
                      {t('agenda.registrations.payment.due', { amount: formatMoney(line.amountDueCents, language) })}
                    </Text>
                  )}
                </>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The household page's agenda part: events its people registered to or attended, and registering them. */
export function HouseholdAgenda({ householdId }: { householdId: number }) {
  const { t } = useTranslation();
  const allowed = useCan('agenda');
  const canWrite = useCan('agenda', 'write');
  const view = useApiQuery('agenda.registrations.ofHousehold', { householdId }, allowed);
  const [registering, setRegistering] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (!allowed || !view.data) return null;
  const { upcoming, past, attendedThisYear, year } = view.data;
  return (
    <MemberSection
      title={t(`${k}.title`)}
      actions={
        canWrite && (
          <Button variant="light" leftSection={<IconCalendarPlus size={16} aria-hidden />} onClick={() => setRegistering(true)}>
            {t(`${k}.register`)}
          </Button>
        )
      }
    >
      <Text fw={500}>{t(`${k}.attendedThisYear`, { count: attendedThisYear, year })}</Text>
      <OutcomeMessage message={message} onClose={() => setMessage(null)} />
      <Title order={3} size="h5">
        {t(`${k}.upcoming`)}
      </Title>
      {upcoming.length === 0 ? <Text c="gray.7">{t(`${k}.noneUpcoming`)}</Text> : <Lines lines={upcoming} past={false} />}
      <Title order={3} size="h5">
        {t(`${k}.past`)}
      </Title>
      {past.length === 0 ? <Text c="gray.7">{t(`${k}.nonePast`)}</Text> : <Lines lines={past} past />}
      {registering && (
        <HouseholdRegisterModal
          householdId={householdId}
          onClose={() => setRegistering(false)}
          onDone={(next) => {
            setMessage(next);
            setRegistering(false);
          }}
        />
      )}
    </MemberSection>
  );
}
