import { describe, expect, it } from 'vitest';
import { addMonths } from '../../src-main/shared/days.ts';
import { call, newBackend } from './helpers.ts';
import { readRows } from './conciergerie-fixtures.ts';

describe('demo agenda', () => {
  it('gives the demo office a season of events: weekly tutoring, monthly café, workshops, a paid outing, a cancelled session, no room booked twice', async () => {
    const admin = await newBackend();
    await call(admin, 'demo.fill', {});
    const today = new Date().toISOString().slice(0, 10);
    const season = (await call(admin, 'agenda.events.range', { from: addMonths(today, -3), to: addMonths(today, 5) })).rows;

    const tutoring = season.filter((e) => e.category === 'tutoring');
    expect(tutoring.length).toBeGreaterThan(15);
    expect(new Set(tutoring.map((e) => e.seriesId)).size).toBe(1);
    expect(tutoring.every((e) => e.startsAt.endsWith('T14:00') && e.capacity === 8 && e.roomName === 'Salle de la conciergerie')).toBe(true);
    expect(tutoring.every((e) => new Date(`${e.startsAt.slice(0, 10)}T12:00:00Z`).getUTCDay() === 3)).toBe(true);
    expect(tutoring.filter((e) => e.status === 'cancelled')).toHaveLength(1);
    expect(tutoring.some((e) => e.startsAt < today) && tutoring.some((e) => e.startsAt > today)).toBe(true);
    expect(tutoring[0]!.residences.every((r) => r.qpvCode !== null)).toBe(true);

    const series = await call(admin, 'agenda.series.get', { id: tutoring[0]!.seriesId! });
    expect(series.exdates).toHaveLength(2);
    expect(new Set(season.map((e) => e.category))).toEqual(new Set(['tutoring', 'meetup', 'cooking', 'energy', 'garden', 'outing']));
    expect(season.find((e) => e.category === 'outing')).toMatchObject({ priceCents: 500, roomId: null });
    expect(season.filter((e) => e.category === 'energy').every((e) => e.tfpbAxis === 6)).toBe(true);

    const clashes = readRows(
      admin.databaseFile,
      `SELECT a.id FROM agenda_event a JOIN agenda_event b ON a.room_id = b.room_id AND a.id < b.id
       WHERE a.status = 'planned' AND b.status = 'planned' AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at`,
    );
    expect(clashes).toEqual([]);
  });
});
