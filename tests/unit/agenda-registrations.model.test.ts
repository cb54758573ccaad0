import fc from 'fast-check';
import { expect, it } from 'vitest';
import { call } from './helpers.ts';
import { readRows } from './conciergerie-fixtures.ts';
import { seedHousehold } from './people-fixtures.ts';
import { agendaOffice, seedEvent } from './agenda-registrations-fixtures.ts';

/*
 * Model-based test of capacity and the waiting line: six people (one seat each) and two households registered as a
 * whole (three seats) register and cancel in random order on an event of 4 seats, against the real backend and a
 * model written here. After every step: confirmed seats never exceed the capacity, each registrant stands where the
 * model says (confirmed, or waiting at its place in line), and no one waiting would fit in the seats left.
 */

const CAPACITY = 4;
const ACTORS = 8;
const seatsOf = (actor: number) => (actor >= 6 ? 3 : 1);

interface Entry {
  actor: number;
  status: 'confirmed' | 'waiting';
}

/** Registrations still live, in registration order. */
type Model = Entry[];

const taken = (m: Model) => m.filter((e) => e.status === 'confirmed').reduce((sum, e) => sum + seatsOf(e.actor), 0);

function promote(m: Model): void {
  let free = CAPACITY - taken(m);
  for (const entry of m) {
    if (entry.status === 'waiting' && seatsOf(entry.actor) <= free) {
      entry.status = 'confirmed';
      free -= seatsOf(entry.actor);
    }
  }
}

const op = fc.record({ kind: fc.constantFrom('register', 'register', 'cancel'), actor: fc.integer({ min: 0, max: ACTORS - 1 }) });

it('never overbooks and promotes in line order, whatever the sequence of registrations and cancellations', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 30 }), async (ops) => {
      const office = await agendaOffice();
      const eventId = seedEvent(office.file, { startsAt: '2026-03-04T14:00', capacity: CAPACITY });
      const actors = Array.from({ length: ACTORS }, (_, actor) => {
        const people = actor >= 6 ? ['Un', 'Deux', 'Trois'] : ['Seul'];
        const seeded = seedHousehold(office.file, { name: `Foyer ${actor}`, dwellingId: null, people: people.map((firstName) => ({ familyName: `F${actor}`, firstName })) });
        return actor >= 6 ? ({ kind: 'household', householdId: seeded.householdId } as const) : ({ kind: 'person', personId: seeded.personIds[0]! } as const);
      });
      const model: Model = [];
      const ids = new Map<number, number>();

      for (const step of ops) {
        // A cancellation picks one of the live registrations (by index), so that most of them do something.
        const live = step.kind === 'cancel' ? model[step.actor % Math.max(1, model.length)] : model.find((e) => e.actor === step.actor);
        const { kind } = step;
        const actor = live?.actor ?? step.actor;
        if (kind === 'register') {
          const result = await office.counter.invoke('agenda.registrations.register', { eventId, who: actors[actor]! });
          expect(result.ok).toBe(!live);
          if (!live && result.ok) {
            ids.set(actor, (result.data as { id: number }).id);
            model.push({ actor, status: taken(model) + seatsOf(actor) <= CAPACITY ? 'confirmed' : 'waiting' });
          }
        } else if (live) {
          await call(office.counter, 'agenda.registrations.cancel', { id: ids.get(actor)! });
          model.splice(model.indexOf(live), 1);
          if (live.status === 'confirmed') promote(model);
        }

        const list = await call(office.counter, 'agenda.registrations.list', { eventId });
        expect(list.summary.confirmedSeats).toBeLessThanOrEqual(CAPACITY);
        const byId = new Map([...ids].map(([a, id]) => [id, a]));
        expect(list.confirmed.map((r) => byId.get(r.id)).sort()).toEqual(model.filter((e) => e.status === 'confirmed').map((e) => e.actor).sort());
        expect(list.waiting.map((r) => [byId.get(r.id), r.position])).toEqual(model.filter((e) => e.status === 'waiting').map((e, index) => [e.actor, index + 1]));
        const free = CAPACITY - list.summary.confirmedSeats;
        expect(list.waiting.every((r) => r.seats > free)).toBe(true);
      }
      expect(readRows(office.file, "SELECT event_id FROM agenda_registration WHERE status = 'confirmed' GROUP BY event_id HAVING sum(seats) > ?", CAPACITY)).toEqual([]);
    }),
    // The example first: a household waits ahead of one person when one seat frees (first fit lets the person pass).
    { numRuns: 40, examples: [[[6, 0, 7, 1].map((actor) => ({ kind: 'register', actor })).concat([{ kind: 'cancel', actor: 1 }])]] },
  );
}, 120_000);
