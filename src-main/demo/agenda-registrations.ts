import { sql } from 'kysely';
import type { SyncDb } from '../../db/query.ts';
import { wallClockNow } from '../agenda/registrations/event.ts';
import { addDays } from '../shared/days.ts';
import type { Random } from './random.ts';

/*
 * Registrations, waiting lists and attendance on the demo season's events: regular children at the weekly tutoring
 * (full with two waiting on the sessions to come), neighbours at the cafés and workshops, a household registered as a
 * whole, a guest known only by a phone number, and a few no-shows on past events. Paid events are left to the till:
 * their seats are taken with a payment at the counter.
 */

interface Candidate {
  personId: number;
  householdId: number;
  residenceId: number | null;
  member: boolean;
  child: boolean;
  householdSize: number;
}

interface DemoEvent {
  id: number;
  category: string;
  starts_at: string;
  ends_at: string;
  audience: string;
  capacity: number | null;
}

function candidates(db: SyncDb, today: string): Candidate[] {
  const childSince = `${Number(today.slice(0, 4)) - 15}${today.slice(4)}`;
  const childUntil = `${Number(today.slice(0, 4)) - 6}${today.slice(4)}`;
  return db
    .all(
      db.q
        .selectFrom('person')
        .leftJoin('occupancy', (join) => join.onRef('occupancy.household_id', '=', 'person.household_id').on('occupancy.left_on', 'is', null))
        .leftJoin('dwelling', 'dwelling.id', 'occupancy.dwelling_id')
        .leftJoin('member', 'member.person_id', 'person.id')
        .select([
          'person.id',
          'person.household_id',
          'person.birth_date',
          'dwelling.residence_id',
          'member.id as member_id',
          sql<number>`(SELECT count(*) FROM person p WHERE p.household_id = person.household_id AND p.erased_at IS NULL)`.as('size'),
          sql<number>`EXISTS (SELECT 1 FROM membership m LEFT JOIN member mb ON mb.id = m.member_id LEFT JOIN person p ON p.id = mb.person_id
            WHERE (mb.person_id = person.id OR m.household_id = person.household_id) AND m.starts_on <= ${today} AND m.ends_on >= ${today})`.as('in_force'),
        ])
        .where('person.erased_at', 'is', null)
        .orderBy('person.id'),
    )
    .map((row) => ({
      personId: row.id,
      householdId: row.household_id,
      residenceId: row.residence_id,
      member: row.member_id !== null && row.in_force === 1,
      child: row.birth_date !== null && row.birth_date > childSince && row.birth_date <= childUntil,
      householdSize: row.size,
    }));
}

/** `count` different people drawn from the pool. */
function draw(pool: Candidate[], count: number, random: Random): Candidate[] {
  const left = [...pool];
  const drawn: Candidate[] = [];
  while (drawn.length < count && left.length > 0) drawn.push(left.splice(Math.floor(random.next() * left.length), 1)[0]!);
  return drawn;
}

export function fillDemoAgendaRegistrations(db: SyncDb, now: string, random: Random): void {
  const today = now.slice(0, 10);
  const clock = wallClockNow({ now: () => new Date(now) });
  const people = candidates(db, today);
  if (people.length === 0) return;
  const events = db.all(
    db.q
      .selectFrom('agenda_event')
      .select(['id', 'category', 'starts_at', 'ends_at', 'audience', 'capacity'])
      .where('status', '=', 'planned')
      .where('price_cents', '=', 0)
      .orderBy('starts_at'),
  );
  const residencesOf = new Map<number, Set<number>>();
  for (const row of db.all(db.q.selectFrom('agenda_event_residence').select(['event_id', 'residence_id']))) {
    residencesOf.set(row.event_id, (residencesOf.get(row.event_id) ?? new Set()).add(row.residence_id));
  }
  const poolFor = (event: DemoEvent) =>
    people.filter((p) =>
      event.audience === 'members' ? p.member : event.audience === 'residences' ? p.residenceId !== null && !!residencesOf.get(event.id)?.has(p.residenceId) : true,
    );

  // The tutoring's regulars: children of the residences concerned (any child when too few), the same every week.
  const tutoring = events.find((e) => e.category === 'tutoring');
  const tutoringPool = tutoring ? poolFor(tutoring) : [];
  const children = tutoringPool.filter((p) => p.child);
  const regulars = draw(children.length >= 10 ? children : tutoringPool, 10, random);

  let sequence = 0;
  const insert = (event: DemoEvent, who: Candidate | null, options: { seats?: number; waiting?: boolean; household?: boolean; guest?: { name: string; phone: string } }) => {
    const past = event.ends_at < clock;
    // Registered a few days before, in order; never later than now.
    const day = addDays(event.starts_at.slice(0, 10), -random.int(2, 12));
    sequence += 1;
    const registeredAt = `${day < today ? day : today}T07:${String(sequence % 60).padStart(2, '0')}:00.000Z`;
    const attended = past && !options.waiting && random.next() < 0.82;
    db.run(
      db.q.insertInto('agenda_registration').values({
        event_id: event.id,
        person_id: options.household || options.guest ? null : (who?.personId ?? null),
        household_id: options.guest ? null : (who?.householdId ?? null),
        guest_name: options.guest?.name ?? null,
        guest_phone: options.guest?.phone ?? null,
        seats: options.seats ?? 1,
        status: options.waiting ? 'waiting' : 'confirmed',
        registered_at: registeredAt,
        attended_at: attended ? new Date(`${event.starts_at}:00`).toISOString() : null,
        attendance_source: attended ? (who && who.member && random.next() < 0.6 ? 'scan' : 'list') : null,
        notes: '',
        created_at: registeredAt,
        updated_at: registeredAt,
      }),
    );
  };

  let householdShown = false;
  let guestShown = false;
  for (const event of events) {
    const past = event.ends_at < clock;
    if (event.category === 'tutoring') {
      // Upcoming sessions are full (8) with two waiting; past ones had 6 to 8 children.
      const coming = past ? random.int(6, Math.min(8, regulars.length)) : regulars.length;
      regulars.slice(0, coming).forEach((child, index) => insert(event, child, { waiting: !past && index >= (event.capacity ?? 8) }));
      continue;
    }
    const pool = poolFor(event);
    const target = event.capacity === null ? random.int(6, 14) : random.int(Math.ceil(event.capacity * 0.4), Math.floor(event.capacity * 0.9));
    let seats = 0;
    const chosen = draw(pool, target, random);
    const wholes = new Set<number>();
    const present = new Set<number>();
    for (const person of chosen) {
      if (wholes.has(person.householdId)) continue;
      // Now and then a whole household comes together (once at least, for the demo to show it).
      const asHousehold = !present.has(person.householdId) && person.householdSize > 1 && person.householdSize <= 4 && (!householdShown || random.next() < 0.12);
      const needed = asHousehold ? person.householdSize : 1;
      if (event.capacity !== null && seats + needed > event.capacity) break;
      insert(event, person, asHousehold ? { household: true, seats: needed } : {});
      present.add(person.householdId);
      if (asHousehold) {
        wholes.add(person.householdId);
        householdShown = true;
      }
      seats += needed;
    }
    if (event.category === 'meetup' && (!guestShown || random.next() < 0.3) && (event.capacity === null || seats < event.capacity)) {
      insert(event, null, { guest: { name: guestShown ? 'M. Lefort' : 'Mme Ndiaye (nouvelle voisine)', phone: `+3361234${String(5600 + sequence).slice(-4)}` } });
      guestShown = true;
    }
  }
}
