import { sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import type { Handlers } from '../../core/dispatch.ts';
import { AppError, invalidField, notFound } from '../../core/errors.ts';
import { todayIso } from '../../shared/days.ts';
import type { eventsContract } from './contract.ts';
import type { RoomKind } from './fields.ts';
import type { Room } from './schemas.ts';

type RoomHandlers = Pick<Handlers<typeof eventsContract>, `agenda.rooms.${'list' | 'create' | 'update' | 'archive' | 'restore'}`>;

function selectRooms(db: SyncDb, today: string, narrow: { id?: number; includeArchived: boolean }): Room[] {
  const upcoming = sql<number>`(SELECT COUNT(*) FROM agenda_event e WHERE e.room_id = agenda_room.id AND e.status = 'planned' AND e.ends_at >= ${today})`;
  let query = db.q
    .selectFrom('agenda_room')
    .leftJoin('residence', 'residence.id', 'agenda_room.residence_id')
    .selectAll('agenda_room')
    .select(['residence.name as residence_name', upcoming.as('upcoming_count')])
    .orderBy(sql`agenda_room.archived_at IS NOT NULL`)
    .orderBy('agenda_room.name');
  if (narrow.id !== undefined) query = query.where('agenda_room.id', '=', narrow.id);
  if (!narrow.includeArchived) query = query.where('agenda_room.archived_at', 'is', null);
  return db.all(query).map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind as RoomKind,
    residenceId: row.residence_id,
    residenceName: row.residence_name,
    capacity: row.capacity,
    archived: row.archived_at !== null,
    upcomingCount: Number(row.upcoming_count),
  }));
}

function getRoom(db: SyncDb, id: number, today: string): Room {
  const [room] = selectRooms(db, today, { id, includeArchived: true });
  if (!room) throw notFound('Salle');
  return room;
}

function assertNameFree(db: SyncDb, name: string, exceptId: number | null): void {
  const same = db
    .all(db.q.selectFrom('agenda_room').select(['id', 'name']).where('archived_at', 'is', null))
    .find((room) => room.id !== exceptId && room.name.localeCompare(name, 'fr', { sensitivity: 'base' }) === 0);
  if (same) throw invalidField('name', `Une salle s’appelle déjà « ${same.name} » : choisissez un autre nom.`);
}

function assertResidence(db: SyncDb, residenceId: number | null): void {
  if (residenceId !== null && !db.get(db.q.selectFrom('residence').select('id').where('id', '=', residenceId))) {
    throw invalidField('residenceId', 'Résidence introuvable : choisissez-la dans la liste.');
  }
}

export const roomsHandlers: RoomHandlers = {
  'agenda.rooms.list': ({ includeArchived }, ctx) => ({ rows: selectRooms(ctx.db, todayIso(ctx.clock), { includeArchived }) }),

  'agenda.rooms.create': (fields, ctx) => {
    const { db } = ctx;
    assertNameFree(db, fields.name, null);
    assertResidence(db, fields.residenceId);
    const now = ctx.nowIso();
    const { id } = db.get(
      db.q
        .insertInto('agenda_room')
        .values({ name: fields.name, kind: fields.kind, residence_id: fields.residenceId, capacity: fields.capacity, created_at: now, updated_at: now })
        .returning('id'),
    )!;
    return getRoom(db, id, todayIso(ctx.clock));
  },

  'agenda.rooms.update': ({ id, ...fields }, ctx) => {
    const { db } = ctx;
    const today = todayIso(ctx.clock);
    getRoom(db, id, today);
    assertNameFree(db, fields.name, id);
    assertResidence(db, fields.residenceId);
    if (fields.capacity !== null) {
      const tooBig = db.get(
        db.q
          .selectFrom('agenda_event')
          .select(['title', 'capacity', 'starts_at'])
          .where('room_id', '=', id)
          .where('status', '=', 'planned')
          .where('ends_at', '>=', today)
          .where('capacity', '>', fields.capacity)
          .orderBy('starts_at'),
      );
      if (tooBig) {
        throw invalidField('capacity', `« ${tooBig.title} » prévoit ${tooBig.capacity} places dans cette salle : réduisez d’abord sa capacité, ou gardez une capacité de salle d’au moins ${tooBig.capacity}.`);
      }
    }
    db.run(
      db.q
        .updateTable('agenda_room')
        .set({ name: fields.name, kind: fields.kind, residence_id: fields.residenceId, capacity: fields.capacity, updated_at: ctx.nowIso() })
        .where('id', '=', id),
    );
    return getRoom(db, id, today);
  },

  'agenda.rooms.archive': ({ id }, ctx) => {
    const { db } = ctx;
    const room = getRoom(db, id, todayIso(ctx.clock));
    if (room.archived) return room;
    if (room.upcomingCount > 0) {
      throw new AppError('CONFLICT', `${room.upcomingCount} événement(s) à venir ont lieu dans « ${room.name} » : déplacez-les ou annulez-les avant d’archiver la salle.`);
    }
    db.run(db.q.updateTable('agenda_room').set({ archived_at: ctx.nowIso(), updated_at: ctx.nowIso() }).where('id', '=', id));
    return getRoom(db, id, todayIso(ctx.clock));
  },

  'agenda.rooms.restore': ({ id }, ctx) => {
    const { db } = ctx;
    const room = getRoom(db, id, todayIso(ctx.clock));
    if (!room.archived) return room;
    assertNameFree(db, room.name, id);
    db.run(db.q.updateTable('agenda_room').set({ archived_at: null, updated_at: ctx.nowIso() }).where('id', '=', id));
    return getRoom(db, id, todayIso(ctx.clock));
  },
};
