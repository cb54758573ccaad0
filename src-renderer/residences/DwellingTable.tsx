import { ActionIcon, Badge, Group, Table, Text } from '@mantine/core';
import { IconArchive, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Dwelling } from '../../src-main/residences/contract.ts';
import { useApiMutation } from '../api/hooks.ts';
import { notifyError, notifySuccess } from '../app/notify.ts';
import { formatNumber } from '../format/index.ts';

interface Props {
  dwellings: Dwelling[];
  readOnly: boolean;
  onEdit: (dwelling: Dwelling) => void;
}

export function DwellingTable({ dwellings, readOnly, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  const archive = useApiMutation('dwellings.archive');
  if (dwellings.length === 0) return <Text>{t('dwellings.none')}</Text>;
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const archiveOne = (dwelling: Dwelling) =>
    archive.mutate(
      { id: dwelling.id },
      { onSuccess: () => notifySuccess(t('dwellings.archivedDone', { id: dwelling.internalId })), onError: notifyError },
    );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {(['internalId', 'rplsId', 'typology', 'building', 'entrance', 'floor', 'door', 'surfaceM2'] as const).map((name) => (
              <Table.Th key={name}>{t(`dwellings.fields.${name}`)}</Table.Th>
            ))}
            {!readOnly && <Table.Th aria-label={t('common.edit')} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {dwellings.map((dwelling) => (
            <Table.Tr key={dwelling.id}>
              <Table.Td>
                {dwelling.internalId}
                {dwelling.archivedAt && (
                  <Badge ml="xs" size="sm" color="gray.8" variant="filled">
                    {t('common.archived')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{dwelling.rplsId ?? t('common.none')}</Table.Td>
              <Table.Td>{dwelling.typology}</Table.Td>
              <Table.Td>{dwelling.building || t('common.none')}</Table.Td>
              <Table.Td>{dwelling.entrance || t('common.none')}</Table.Td>
              <Table.Td>{dwelling.floor === 0 ? t('dwellings.groundFloor') : dwelling.floor}</Table.Td>
              <Table.Td>{dwelling.door || t('common.none')}</Table.Td>
              <Table.Td>{dwelling.surfaceM2 === null ? t('common.none') : `${formatNumber(dwelling.surfaceM2, language, 2)} m²`}</Table.Td>
              {!readOnly && (
                <Table.Td>
                  {!dwelling.archivedAt && (
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon variant="subtle" aria-label={t('dwellings.editOne', { id: dwelling.internalId })} onClick={() => onEdit(dwelling)}>
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon variant="subtle" color="red.9" aria-label={t('dwellings.archiveOne', { id: dwelling.internalId })} onClick={() => archiveOne(dwelling)}>
                        <IconArchive size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
