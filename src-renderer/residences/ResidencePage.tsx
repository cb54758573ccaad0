import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Dwelling, ResidenceDetail } from '../../src-main/residences/contract.ts';
import { useApiMutation } from '../api/hooks.ts';
import { notifyError, notifySuccess } from '../app/notify.ts';
import { Fact } from '../components/Fact.tsx';
import { formatDate } from '../format/index.ts';
import { DwellingModal } from './DwellingModal.tsx';
import { DwellingTable } from './DwellingTable.tsx';

export function ResidencePage({ residence }: { residence: ResidenceDetail }) {
  const { t } = useTranslation();
  const [modal, setModal] = useState<{ dwelling?: Dwelling } | null>(null);
  const archive = useApiMutation('residences.archive');
  const restore = useApiMutation('residences.restore');
  const archived = residence.archivedAt !== null;
  const toggleArchive = () =>
    (archived ? restore : archive).mutate(
      { id: residence.id },
      {
        onSuccess: () => notifySuccess(t(archived ? 'residences.restoredDone' : 'residences.archivedDone', { name: residence.name })),
        onError: notifyError,
      },
    );
  const none = t('common.none');

  return (
    <Stack>
      <Anchor component={Link} href="/">
        ← {t('residences.title')}
      </Anchor>
      <Group justify="space-between">
        <Group>
          <Title order={1}>{residence.name}</Title>
          {archived && (
            <Badge color="gray.8" variant="filled">
              {t('common.archived')}
            </Badge>
          )}
        </Group>
        <Group>
          {!archived && (
            <Button component={Link} href={`/${residence.id}/modifier`} variant="default" leftSection={<IconPencil size={16} aria-hidden />}>
              {t('common.edit')}
            </Button>
          )}
          <Button variant="default" onClick={toggleArchive} leftSection={archived ? <IconArrowBackUp size={16} aria-hidden /> : <IconArchive size={16} aria-hidden />}>
            {archived ? t('common.restore') : t('common.archive')}
          </Button>
        </Group>
      </Group>
      {archived && <Alert color="gray">{t('residences.archivedNotice')}</Alert>}
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Fact label={t('residences.fields.address')}>{`${residence.address}, ${residence.postcode} ${residence.city}`}</Fact>
          <Fact label={t('residences.fields.inseeCode')}>{residence.inseeCode ?? none}</Fact>
          <Fact label={t('residences.fields.yearBuilt')}>{residence.yearBuilt || none}</Fact>
          <Fact label={t('residences.fields.qpvCode')}>{residence.qpvCode ?? t('residences.notInQpv')}</Fact>
          <Fact label={t('residences.fields.qpvCheckedOn')}>{formatDate(residence.qpvCheckedOn) || none}</Fact>
          <Fact label={t('residences.fields.qpvSource')}>{residence.qpvSource ?? none}</Fact>
        </SimpleGrid>
        {residence.notes && <Text mt="md">{residence.notes}</Text>}
      </Paper>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('dwellings.title')} ({residence.dwellingCount})
        </Title>
        {!archived && (
          <Button variant="light" onClick={() => setModal({})} leftSection={<IconPlus size={16} aria-hidden />}>
            {t('dwellings.add')}
          </Button>
        )}
      </Group>
      <DwellingTable dwellings={residence.dwellings} readOnly={archived} onEdit={(dwelling) => setModal({ dwelling })} />
      {modal && <DwellingModal residenceId={residence.id} dwelling={modal.dwelling} onClose={() => setModal(null)} />}
    </Stack>
  );
}
