import { Alert, Badge, Button, Checkbox, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Room } from '../../../src-main/agenda/events/schemas.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { notifyError, notifySuccess } from '../../app/notify.ts';
import { useCan } from '../../auth/AuthContext.ts';
import { EditArchiveButtons } from '../../components/EditArchiveButtons.tsx';
import { RoomFormModal } from './RoomFormModal.tsx';

/** The bookable rooms: office staff add, rename, size and archive them; an archived room keeps its past events. */
export function RoomsPage() {
  const { t } = useTranslation();
  const canManage = useCan('agenda', 'admin');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [editing, setEditing] = useState<Room | 'new' | null>(null);
  const rooms = useApiQuery('agenda.rooms.list', { includeArchived });
  const archive = useApiMutation('agenda.rooms.archive');
  const restore = useApiMutation('agenda.rooms.restore');
  const onArchive = async (room: Room, archived: boolean) => {
    try {
      if (archived) await archive.mutateAsync({ id: room.id });
      else await restore.mutateAsync({ id: room.id });
      notifySuccess(t(archived ? 'agenda.events.rooms.archivedDone' : 'agenda.events.rooms.restoredDone'));
    } catch (error) {
      notifyError(error);
    }
  };
  const rows = rooms.data?.rows ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('agenda.events.rooms.title')}</Title>
        {canManage && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('agenda.events.rooms.add')}
          </Button>
        )}
      </Group>
      {!canManage && <Text size="sm">{t('agenda.events.rooms.adminOnly')}</Text>}
      <Checkbox label={t('agenda.events.rooms.includeArchived')} checked={includeArchived} onChange={(event) => setIncludeArchived(event.currentTarget.checked)} />
      {rooms.error && <Alert color="red">{rooms.error.message}</Alert>}
      {rooms.data && rows.length === 0 ? (
        <Text>{t('agenda.events.rooms.none')}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agenda.events.rooms.name')}</Table.Th>
              <Table.Th>{t('agenda.events.rooms.kind')}</Table.Th>
              <Table.Th>{t('agenda.events.rooms.residence')}</Table.Th>
              <Table.Th>{t('agenda.events.rooms.capacity')}</Table.Th>
              <Table.Th>{t('agenda.events.rooms.upcoming')}</Table.Th>
              <Table.Th>{t('agenda.events.rooms.status')}</Table.Th>
              {canManage && (
                <Table.Th>
                  <VisuallyHidden>{t('agenda.events.rooms.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((room) => (
              <Table.Tr key={room.id}>
                <Table.Td fw={600}>{room.name}</Table.Td>
                <Table.Td>{t(`agenda.events.rooms.kinds.${room.kind}`)}</Table.Td>
                <Table.Td>{room.residenceName ?? t('agenda.events.rooms.noResidence')}</Table.Td>
                <Table.Td>{room.capacity ?? '—'}</Table.Td>
                <Table.Td>{room.upcomingCount}</Table.Td>
                <Table.Td>
                  <Badge color={room.archived ? 'gray.9' : 'teal.9'} variant="outline">
                    {t(room.archived ? 'agenda.events.rooms.archived' : 'agenda.events.rooms.active')}
                  </Badge>
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    <EditArchiveButtons
                      name={room.name}
                      editLabel={t('agenda.events.rooms.editNamed', { name: room.name })}
                      archived={room.archived}
                      onEdit={() => setEditing(room)}
                      onArchive={(archived) => void onArchive(room, archived)}
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && <RoomFormModal room={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
