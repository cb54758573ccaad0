import { Anchor, Button, Group, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { IconDoorExit, IconHomeMove } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { HouseholdDetail } from '../../src-main/households/contract.ts';
import { Fact } from '../components/Fact.tsx';
import { formatDate, formatNumber, type Language } from '../format/index.ts';
import { dwellingPlace } from './format.ts';
import { MoveInModal, MoveOutModal } from './HouseholdModals.tsx';

/** Where the household lives now, moves in and out, and every dwelling it lived in. */
export function HouseholdDwelling({ household, canWrite }: { household: HouseholdDetail; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'fr';
  const [modal, setModal] = useState<'in' | 'out' | null>(null);
  const current = household.current;
  return (
    <>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('households.dwellingSection')}
        </Title>
        {canWrite && (
          <Group>
            <Button variant="light" leftSection={<IconHomeMove size={16} aria-hidden />} onClick={() => setModal('in')}>
              {current ? t('households.moveIn') : t('households.moveInFirst')}
            </Button>
            {current && (
              <Button variant="default" leftSection={<IconDoorExit size={16} aria-hidden />} onClick={() => setModal('out')}>
                {t('households.moveOut')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      <Paper withBorder p="md">
        {current ? (
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <Fact label={t('households.fields.residence')}>
              <Anchor component={Link} href={`~/residences/${current.residence.id}`}>
                {current.residence.name}
              </Anchor>
              <Text size="sm">
                {current.residence.address}, {current.residence.postcode} {current.residence.city}
              </Text>
            </Fact>
            <Fact label={t('households.fields.dwelling')}>
              {current.dwelling.internalId} · {current.dwelling.typology}
              {current.dwelling.surfaceM2 !== null && ` · ${formatNumber(current.dwelling.surfaceM2, language, 1)} m²`}
              <Text size="sm">{dwellingPlace(t, current.dwelling)}</Text>
            </Fact>
            <Fact label={t('households.fields.enteredOn')}>{formatDate(current.enteredOn, language)}</Fact>
            <Fact label={t('households.rplsId')}>{current.dwelling.rplsId ?? t('common.none')}</Fact>
          </SimpleGrid>
        ) : (
          <Text>{household.history.length > 0 ? t('households.noDwelling') : t('households.noDwellingMember')}</Text>
        )}
      </Paper>
      {household.history.length > 0 && (
        <>
          <Title order={3} size="h4">
            {t('households.history')}
          </Title>
          <Table.ScrollContainer minWidth={600}>
            <Table withTableBorder striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('households.fields.dwelling')}</Table.Th>
                  <Table.Th>{t('households.fields.residence')}</Table.Th>
                  <Table.Th>{t('households.fields.enteredOn')}</Table.Th>
                  <Table.Th>{t('households.fields.leftOn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {household.history.map((stay) => (
                  <Table.Tr key={stay.id}>
                    <Table.Td>
                      {stay.dwelling.internalId} · {dwellingPlace(t, stay.dwelling)}
                    </Table.Td>
                    <Table.Td>{stay.residence.name}</Table.Td>
                    <Table.Td>{formatDate(stay.enteredOn, language)}</Table.Td>
                    <Table.Td>{stay.leftOn ? formatDate(stay.leftOn, language) : t('households.stillThere')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      {modal === 'in' && <MoveInModal household={household} onClose={() => setModal(null)} />}
      {modal === 'out' && <MoveOutModal household={household} onClose={() => setModal(null)} />}
    </>
  );
}
