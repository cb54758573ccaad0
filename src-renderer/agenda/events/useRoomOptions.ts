import { useApiQuery } from '../../api/hooks.ts';

/** The rooms as select options; archived ones only when asked (filters over past events). */
export function useRoomOptions(includeArchived = false) {
  const rooms = useApiQuery('agenda.rooms.list', { includeArchived });
  return (rooms.data?.rows ?? []).map((room) => ({ value: String(room.id), label: room.name }));
}
