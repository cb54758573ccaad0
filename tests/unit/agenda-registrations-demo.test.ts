import { expect, it } from 'vitest';
import { call, newBackend } from './helpers.ts';
import { readRows } from './conciergerie-fixtures.ts';

it('gives the demo season registrations: a full tutoring with two waiting, attendance with no-shows, a household, a guest', async () => {
  const admin = await newBackend();
  await call(admin, 'demo.fill', {});
  const file = admin.databaseFile;
  const nextTutoring = readRows<{ id: number }>(
    file,
    "SELECT id FROM agenda_event WHERE category = 'tutoring' AND status = 'planned' AND starts_at > strftime('%Y-%m-%dT%H:%M', 'now', 'localtime') ORDER BY starts_at LIMIT 1",
  )[0]!;
  const list = await call(admin, 'agenda.registrations.list', { eventId: nextTutoring.id });
  expect(list.summary).toMatchObject({ confirmedSeats: 8, freeSeats: 0, waitingRegistrations: 2 });
  expect(list.waiting.map((w) => w.position)).toEqual([1, 2]);

  const past = readRows<{ id: number }>(file, "SELECT id FROM agenda_event WHERE status = 'planned' AND ends_at < strftime('%Y-%m-%dT%H:%M', 'now', 'localtime')").map((e) => e.id);
  const figures = await call(admin, 'agenda.registrations.summaries', { eventIds: past });
  const attended = figures.reduce((sum, f) => sum + f.attendedParticipants, 0);
  const confirmed = figures.reduce((sum, f) => sum + f.confirmedSeats, 0);
  expect(attended).toBeGreaterThan(0);
  expect(attended).toBeLessThan(confirmed);
  // Never more seats than the capacity, anywhere.
  expect(readRows(file, "SELECT e.id FROM agenda_event e JOIN agenda_registration r ON r.event_id = e.id AND r.status = 'confirmed' GROUP BY e.id HAVING sum(r.seats) > e.capacity")).toEqual([]);
  expect(readRows(file, "SELECT id FROM agenda_registration WHERE person_id IS NULL AND household_id IS NOT NULL AND seats > 1").length).toBeGreaterThan(0);
  expect(readRows<{ guest_phone: string }>(file, 'SELECT guest_phone FROM agenda_registration WHERE guest_name IS NOT NULL')[0]!.guest_phone).toMatch(/^\+33\d{9}$/);
});
