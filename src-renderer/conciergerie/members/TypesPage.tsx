import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditArchiveButtons } from '../../components/EditArchiveButtons.tsx';
import { Link } from 'wouter';
import type { MembershipType } from '../../../src-main/conciergerie/members/contract.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifyError } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { formatMoney, type Language } from '../../format/index.ts';
import { useLength } from './format.ts';
import { TypeModal } from './TypeModal.tsx';

/** Les types d’adhésion: what each costs, lasts and allows; archived ones stay listed, greyed, to be restored. */
export function TypesPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  // Prices and membership types are the office's (admin right); the counter applies them.
  const canWrite = useCan('conciergerie', 'admin');
  const types = useApiQuery('membershipTypes.list', { includeArchived: true });
  const archive = useApiMutation('membershipTypes.archive');
  const length = useLength();
  const [editing, setEditing] = useState<{ type?: MembershipType } | null>(null);
  return (
    <Stack>
      <Anchor component={Link} href="/">
        ← {t('members.title')}
      </Anchor>
      <Group justify="space-between">
        <Title order={1}>{t('members.types.title')}</Title>
        {canWrite && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({})}>
            {t('members.types.new')}
          </Button>
        )}
      </Group>
      <Text c="gray.7">{t('members.types.intro')}</Text>
      <Table.ScrollContainer minWidth={800}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('members.types.name')}</Table.Th>
              <Table.Th ta="right">{t('members.types.price')}</Table.Th>
              <Table.Th>{t('members.types.length')}</Table.Th>
              <Table.Th>{t('members.types.scope')}</Table.Th>
              <Table.Th ta="right">{t('members.types.maxLoans')}</Table.Th>
              <Table.Th ta="right">{t('members.types.memberships')}</Table.Th>
              {canWrite && <Table.Th>{t('members.columns.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {types.data?.map((type) => (
              <Table.Tr key={type.id}>
                <Table.Td>
                  <Text fw={600}>{type.name}</Text>
                  {type.description && <Text size="xs" c="gray.7">{type.description}</Text>}
                  {type.archived && <Badge color="gray.8" variant="filled">{t('common.archived')}</Badge>}
                </Table.Td>
                <Table.Td ta="right">{type.priceCents === 0 ? t('members.free') : formatMoney(type.priceCents, language)}</Table.Td>
                <Table.Td>{length(type)}</Table.Td>
                <Table.Td>{t(`members.scopes.${type.scope}`)}</Table.Td>
                <Table.Td ta="right">{type.maxLoans}</Table.Td>
                <Table.Td ta="right">{type.memberships}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <EditArchiveButtons
                      name={type.name}
                      editLabel={t('members.types.edit', { name: type.name })}
                      archived={type.archived}
                      onEdit={() => setEditing({ type })}
                      onArchive={(archived) => archive.mutateAsync({ id: type.id, archived }).catch(notifyError)}
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && <TypeModal type={editing.type} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
