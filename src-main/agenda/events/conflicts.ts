import type { SyncDb } from '../../../db/query.ts';
import { AppError } from '../../core/errors.ts';
import { frenchWhen } from './wall-time.ts';

/** A time slot asked for in a room. */
export interface Booking {
  roomId: number | null;
  startsAt: string;
  endsAt: string;
}

/** "La Salle commune", or "La salle « Atelier bleu »" when the name does not say it is a room. */
function roomPhrase(name: string): string {
  return /^salle\b/i.test(name) ? `La ${name.charAt(0).toUpperCase()}${name.slice(1)}` : `La salle « ${name} »`;
}

interface Conflict {
  booking: Booking;
  roomName: string;
  title: string;
  startsAt: string;
  endsAt: string;
}

/**
 * Refuses bookings that overlap a planned event in the same room (cancelled events free the room). `ignoredIds`:
 * the events being rewritten (a moved event, the sessions of a series being edited). All or nothing: the message
 * names the first conflicts, and the caller writes nothing.
 */
export function assertRoomsFree(db: SyncDb, bookings: Booking[], ignoredIds: number[], what: 'event' | 'series'): void {
  const inRooms = bookings.filter((booking): booking is Booking & { roomId: number } => booking.roomId !== null);
  if (inRooms.length === 0) return;
  const from = inRooms.reduce((min, b) => (b.startsAt < min ? b.startsAt : min), inRooms[0]!.startsAt);
  const to = inRooms.reduce((max, b) => (b.endsAt > max ? b.endsAt : max), inRooms[0]!.endsAt);
  const ignored = new Set(ignoredIds);
  const taken = db
    .all(
      db.q
        .selectFrom('agenda_event')
        .innerJoin('agenda_room', 'agenda_room.id', 'agenda_event.room_id')
        .select(['agenda_event.id', 'agenda_event.room_id', 'agenda_event.title', 'agenda_event.starts_at', 'agenda_event.ends_at', 'agenda_room.name as room_name'])
        .where('agenda_event.room_id', 'in', [...new Set(inRooms.map((b) => b.roomId))])
        .where('agenda_event.status', '=', 'planned')
        .where('agenda_event.starts_at', '<', to)
        .where('agenda_event.ends_at', '>', from)
        .orderBy('agenda_event.starts_at'),
    )
    .filter((row) => !ignored.has(row.id));
  const conflicts: Conflict[] = [];
  for (const booking of inRooms) {
    const other = taken.find((row) => row.room_id === booking.roomId && row.starts_at < booking.endsAt && booking.startsAt < row.ends_at);
    if (other) conflicts.push({ booking, roomName: other.room_name, title: other.title, startsAt: other.starts_at, endsAt: other.ends_at });
  }
  if (conflicts.length === 0) return;
  const [first] = conflicts as [Conflict];
  const sentence = `${roomPhrase(first.roomName)} est déjà réservée ${frenchWhen(first.startsAt, first.endsAt)} pour « ${first.title} ».`;
  if (what === 'event') throw new AppError('CONFLICT', `${sentence} Choisissez une autre salle ou un autre horaire.`);
  const others = conflicts.slice(1, 4).map((c) => `${frenchWhen(c.startsAt, c.endsAt).replace(/^(le|du) /, '')} (« ${c.title} »)`);
  const more = conflicts.length > 4 ? ` et ${conflicts.length - 4} autre(s)` : '';
  throw new AppError(
    'CONFLICT',
    `Aucune séance n’a été enregistrée : ${conflicts.length} séance(s) tomberaient sur une salle déjà réservée. ${sentence}` +
      (others.length > 0 ? ` Autres conflits : ${others.join(' ; ')}${more}.` : '') +
      ' Changez la salle ou l’horaire, ou ajoutez ces dates aux jours sans séance.',
  );
}
