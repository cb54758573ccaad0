import type { InputOf } from '../../src-main/core/contract.ts';
import type { AppContract } from '../../src-main/contract.ts';
import { call, residenceInput } from './helpers.ts';
import { countRows, runSql } from './people-fixtures.ts';
import { staffedOffice } from './staffed-office.ts';

/**
 * An office for the agenda's events tests: the real backend on a temp folder, a clock the test moves, an
 * administrator and a counter operator, two residences (one in a QPV), and the two rooms every office starts with.
 */
export const OPERATOR = { login: 'guichet', password: 'mot-de-passe-guichet', displayName: 'Paul Guichet' };

export async function agendaOffice(day = '2026-03-02') {
  const office = await staffedOffice(day, OPERATOR);
  const { backend, admin } = office;
  const tilleuls = (await call(admin, 'residences.create', residenceInput({ name: 'Les Tilleuls', qpvCode: 'QN08001M' }))).id;
  const cedres = (await call(admin, 'residences.create', residenceInput({ name: 'Les Cèdres', address: '8 rue des Cèdres' }))).id;
  const rooms = (await call(admin, 'agenda.rooms.list', {})).rows;
  const roomId = (kind: string) => rooms.find((room) => room.kind === kind)!.id;
  return {
    ...office,
    residences: { tilleuls, cedres },
    rooms: { conciergerie: roomId('conciergerie'), common: roomId('common_room') },
    /** Moves the clock to that day, 10:00 local time, and signs both accounts in again. */
    setDay: (next: string) => office.setNow(`${next}T10:00`),
    /** Row counts read through a connection of its own. */
    count: (table: 'agenda_event' | 'agenda_series' | 'agenda_room') => countRows(backend.databaseFile, table),
    /** A confirmed registration written straight into the registrations part's table (a guest), `seats` places. */
    register: (eventId: number, seats = 1) =>
      runSql(
        backend.databaseFile,
        `INSERT INTO agenda_registration (event_id, guest_name, guest_phone, seats, status, registered_at, created_at, updated_at)
         VALUES (?, 'Invité', NULL, ?, 'confirmed', '2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z')`,
        eventId,
        seats,
      ),
  };
}

export type EventInput = InputOf<AppContract, 'agenda.events.create'>;
export type SeriesInput = InputOf<AppContract, 'agenda.series.create'>;

/** A valid single event; override any field. */
export function eventInput(overrides: Partial<EventInput> = {}): EventInput {
  return {
    title: 'Café-rencontre',
    category: 'meetup',
    tfpbAxis: 7,
    audience: 'all',
    roomId: null,
    placeLabel: '',
    startsAt: '2026-03-11T14:00',
    endsAt: '2026-03-11T16:00',
    capacity: 20,
    ...overrides,
  };
}

/** Weekly tutoring on Wednesdays 14:00–16:00 from the given day; override any field. */
export function tutoringSeries(roomId: number, overrides: Partial<SeriesInput> = {}, rule: Partial<SeriesInput['rule']> = {}): SeriesInput {
  return {
    title: 'Soutien scolaire',
    category: 'tutoring',
    tfpbAxis: 7,
    audience: 'all',
    roomId,
    capacity: 8,
    startTime: '14:00',
    endTime: '16:00',
    rule: { frequency: 'weekly', interval: 1, weekday: 3, startsOn: '2026-03-02', untilOn: '2026-06-30', exdates: [], ...rule },
    ...overrides,
  };
}
