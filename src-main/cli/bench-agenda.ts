/**
 * The agenda and federation part of `npm run bench`: three years of agenda written into the large office with SQL
 * (weekly series in 10 rooms, about 15,600 sessions, 200,000 registrations with attendance, events tagged with TFPB
 * axes and for residences in QPV, one busy event), then the calendar views, the registration lists, the check-in at
 * the door, a series creation with its conflict check, the federation export and the TFPB derivation, measured
 * through backend.invoke as the screens call them.
 */
import Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import { SUGGESTED_AXIS, EVENT_CATEGORIES, type EventCategory } from '../agenda/events/fields.ts';
import { isoWeekday } from '../agenda/events/wall-time.ts';
import type { Connection } from '../core/backend.ts';
import { systemClock } from '../core/clock.ts';
import { seededRandom } from '../demo/random.ts';
import { addDays, todayIso } from '../shared/days.ts';
import { foldText } from '../shared/text.ts';

const WEEKS = 156;
const NEW_ROOMS = 8;
/** Each room holds a morning and an afternoon session every weekday. */
const SLOTS = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, start: '10:00', end: '12:00' },
  { weekday, start: '14:00', end: '16:00' },
]);
const WEEKS_PER_SERIES = 52;
const BUSY_CONFIRMED = 250;

const TITLES: Record<EventCategory, string[]> = {
  workshop: ['Atelier couture', 'Atelier numérique', 'Atelier bricolage', 'Atelier mémoire'],
  tutoring: ['Aide aux devoirs', 'Soutien scolaire collège', 'Français langue étrangère'],
  meetup: ['Café des voisins', 'Thé dansant', 'Jeux de société'],
  cooking: ['Cuisine du monde', 'Cuisine anti-gaspi'],
  energy: ['Économies d’énergie', 'Éco-gestes à la maison'],
  garden: ['Jardin partagé', 'Semis et boutures'],
  outing: ['Sortie culturelle'],
  other: ['Permanence écrivain public', 'Réunion de locataires'],
};

interface AgendaOffice {
  rooms: number;
  series: number;
  events: number;
  registrations: number;
  attended: number;
  seconds: number;
  /** The room, residence and busy event the measures use. */
  roomId: number;
  residenceId: number;
  busyEventId: number;
  /** Member numbers registered (confirmed, not checked in) to the busy event, for the check-ins. */
  busyCards: string[];
}

interface Registrant {
  personId: number;
  householdId: number;
  number: string;
}

/** The Monday on or before a day. */
const mondayOf = (day: string) => addDays(day, 1 - isoWeekday(day));

/** Writes the agenda straight into the file, in one transaction, from two years ago to one year ahead. */
function buildAgenda(file: string): AgendaOffice {
  const started = performance.now();
  const random = seededRandom(23);
  const today = todayIso(systemClock);
  const nowWall = `${today}T${new Date().toTimeString().slice(0, 5)}`;
  const firstMonday = mondayOf(addDays(today, -2 * 364));
  const sqlite = new Database(file);
  const now = new Date().toISOString();
  const insert = (table: string, columns: string[]) =>
    sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  const registrants = sqlite
    .prepare('SELECT p.id AS personId, p.household_id AS householdId, m.number FROM member m JOIN person p ON p.id = m.person_id ORDER BY m.id')
    .all() as Registrant[];
  // Residences in QPV where tenants live (the members are among them).
  const qpvResidences = sqlite
    .prepare(
      `SELECT DISTINCT d.residence_id FROM occupancy o JOIN dwelling d ON d.id = o.dwelling_id JOIN residence r ON r.id = d.residence_id
       WHERE r.qpv_code IS NOT NULL ORDER BY d.residence_id`,
    )
    .pluck()
    .all() as number[];
  const otherResidences = sqlite.prepare('SELECT id FROM residence WHERE qpv_code IS NULL ORDER BY id LIMIT 500').pluck().all() as number[];

  const room = insert('agenda_room', ['name', 'kind', 'residence_id', 'capacity', 'created_at', 'updated_at']);
  const series = insert('agenda_series', ['frequency', 'interval_count', 'weekday', 'month_week', 'starts_on', 'until_on', 'exdates', 'created_at', 'updated_at']);
  const event = insert('agenda_event', [
    'uid', 'series_id', 'title', 'category', 'tfpb_axis', 'room_id', 'place_label', 'starts_at', 'ends_at', 'organiser', 'audience', 'capacity',
    'status', 'cancel_reason', 'search_text', 'created_at', 'updated_at',
  ]);
  const eventResidence = insert('agenda_event_residence', ['event_id', 'residence_id']);
  const registration = insert('agenda_registration', [
    'event_id', 'person_id', 'household_id', 'guest_name', 'guest_phone', 'seats', 'status', 'registered_at', 'cancelled_at', 'attended_at',
    'attendance_source', 'created_at', 'updated_at',
  ]);

  const counts = { rooms: 0, series: 0, events: 0, registrations: 0, attended: 0 };
  const busyCards: string[] = [];
  let busyEventId = 0;
  let seriesRoomId = 0;

  /** One event and its residences; returns its id. */
  const writeEvent = (fields: {
    seriesId: number | null;
    title: string;
    category: EventCategory;
    axis: number | null;
    roomId: number | null;
    placeLabel: string;
    startsAt: string;
    endsAt: string;
    audience: string;
    capacity: number | null;
    cancelled: boolean;
    residenceIds: number[];
  }): number => {
    counts.events++;
    const id = Number(
      event.run(
        `bench-${counts.events}@voisinage`, fields.seriesId, fields.title, fields.category, fields.axis, fields.roomId, fields.placeLabel,
        fields.startsAt, fields.endsAt, 'Conciergerie', fields.audience, fields.capacity, fields.cancelled ? 'cancelled' : 'planned',
        fields.cancelled ? 'Vacances scolaires' : '', foldText(`${fields.title} ${fields.placeLabel} Conciergerie`), now, now,
      ).lastInsertRowid,
    );
    for (const residenceId of fields.residenceIds) eventResidence.run(id, residenceId);
    return id;
  };

  /** Registrations of one session among the series' regulars: confirmed up to capacity, then waiting; the past ones attended. */
  const register = (eventId: number, startsAt: string, capacity: number | null, regulars: Registrant[], wanted: number, cancelledEvent: boolean) => {
    const held = !cancelledEvent && startsAt <= nowWall;
    const chosen = new Set<number>();
    while (chosen.size < Math.min(wanted, regulars.length)) chosen.add(random.int(0, regulars.length - 1));
    let seats = 0;
    for (const index of chosen) {
      const who = regulars[index]!;
      const kind = random.next();
      const registeredAt = `${addDays(startsAt.slice(0, 10), -random.int(1, 20))}T09:${String(random.int(10, 59))}:00.000Z`;
      const size = kind < 0.1 ? random.int(2, 4) : 1;
      const cancelled = random.next() < 0.05;
      const status = cancelled ? 'cancelled' : capacity === null || seats + size <= capacity ? 'confirmed' : 'waiting';
      if (status === 'confirmed') seats += size;
      const attended = held && status === 'confirmed' && random.next() < 0.8;
      const attendedAt = attended ? `${startsAt}:00` : null;
      const [personId, householdId, guestName, guestPhone] =
        kind < 0.1 ? [null, who.householdId, null, null]
        : kind < 0.15 ? [null, null, `Invité ${eventId}-${index}`, `+3361${String(random.int(0, 9_999_999)).padStart(7, '0')}`]
        : [who.personId, who.householdId, null, null];
      registration.run(
        eventId, personId, householdId, guestName, guestPhone, size, status, registeredAt, cancelled ? registeredAt : null, attendedAt,
        attended ? random.pick(['scan', 'list']) : null, registeredAt, registeredAt,
      );
      counts.registrations++;
      if (attended) counts.attended++;
    }
  };

  sqlite.transaction(() => {
    for (let i = 0; i < NEW_ROOMS; i++) {
      room.run(`Salle ${i + 1} — ${i % 2 === 0 ? 'maison de quartier' : 'local résidentiel'}`, 'common_room', qpvResidences[i * 7] ?? null, random.int(15, 40), now, now);
    }
    const rooms = sqlite.prepare('SELECT id, capacity FROM agenda_room ORDER BY id').all() as { id: number; capacity: number | null }[];
    counts.rooms = rooms.length;
    // The measured series goes into the office's common room (the second default room).
    seriesRoomId = rooms[1]!.id;

    // Weekly series, one a year per room and slot, each with its pool of regulars.
    for (const { id: roomId, capacity: roomCapacity } of rooms) {
      for (const slot of SLOTS) {
        const category = random.pick(EVENT_CATEGORIES.filter((c) => c !== 'outing'));
        const title = random.pick(TITLES[category]);
        const axis = random.next() < 0.8 ? (SUGGESTED_AXIS[category] ?? null) : null;
        const place = random.next();
        const residenceIds =
          place < 0.4 ? Array.from({ length: random.int(1, 3) }, () => random.pick(qpvResidences)).filter((id, n, all) => all.indexOf(id) === n)
          : place < 0.6 ? [random.pick(otherResidences)]
          : [];
        const audience = residenceIds.length > 0 ? 'residences' : random.pick(['all', 'members']);
        const capacity = Math.min(roomCapacity ?? 30, random.int(10, 25));
        const regularsFrom = random.int(0, registrants.length - 40);
        const regulars = registrants.slice(regularsFrom, regularsFrom + random.int(15, 35));
        for (let year = 0; year < WEEKS / WEEKS_PER_SERIES; year++) {
          const startsOn = addDays(firstMonday, year * WEEKS_PER_SERIES * 7 + slot.weekday - 1);
          const untilOn = addDays(startsOn, (WEEKS_PER_SERIES - 1) * 7);
          const seriesId = Number(series.run('weekly', 1, slot.weekday, null, startsOn, untilOn, '[]', now, now).lastInsertRowid);
          counts.series++;
          for (let week = 0; week < WEEKS_PER_SERIES; week++) {
            const day = addDays(startsOn, week * 7);
            const cancelled = random.next() < 0.03;
            const startsAt = `${day}T${slot.start}`;
            const id = writeEvent({ seriesId, title, category, axis, roomId, placeLabel: '', startsAt, endsAt: `${day}T${slot.end}`, audience, capacity, cancelled, residenceIds });
            register(id, startsAt, capacity, regulars, random.int(6, 20), cancelled);
          }
        }
      }
    }

    // An outing each week, outside, for the whole office.
    for (let week = 0; week < WEEKS; week++) {
      const day = addDays(firstMonday, week * 7 + 5);
      const startsAt = `${day}T13:30`;
      const id = writeEvent({
        seriesId: null, title: 'Sortie du samedi', category: 'outing', axis: 7, roomId: null, placeLabel: random.pick(['Musée de Picardie', 'Baie de Somme', 'Parc Saint-Pierre']),
        startsAt, endsAt: `${day}T18:00`, audience: 'all', capacity: 40, cancelled: false, residenceIds: [random.pick(qpvResidences)],
      });
      const from = random.int(0, registrants.length - 100);
      register(id, startsAt, 40, registrants.slice(from, from + 60), random.int(20, 45), false);
    }

    // The busy event: the neighbours' party next Saturday, hundreds registered, a waiting line, nobody checked in yet.
    const party = addDays(mondayOf(today), 12);
    busyEventId = writeEvent({
      seriesId: null, title: 'Fête des voisins', category: 'meetup', axis: 7, roomId: null, placeLabel: 'Square des Tilleuls', startsAt: `${party}T17:00`,
      endsAt: `${party}T22:00`, audience: 'all', capacity: BUSY_CONFIRMED + 30, cancelled: false, residenceIds: qpvResidences.slice(0, 5),
    });
    const crowd = registrants.slice(1000, 1000 + BUSY_CONFIRMED + 80);
    crowd.forEach((who, index) => {
      const household = index % 10 === 9;
      const status = index < BUSY_CONFIRMED ? 'confirmed' : index < BUSY_CONFIRMED + 60 ? 'waiting' : 'cancelled';
      const at = `${addDays(today, -random.int(0, 20))}T10:00:00.000Z`;
      registration.run(busyEventId, household ? null : who.personId, who.householdId, null, null, household ? 3 : 1, status, at, status === 'cancelled' ? at : null, null, null, at, at);
      counts.registrations++;
      if (status === 'confirmed' && !household) busyCards.push(who.number);
    });
  })();
  sqlite.close();
  return { ...counts, seconds: (performance.now() - started) / 1000, roomId: seriesRoomId, residenceId: qpvResidences[0]!, busyEventId, busyCards };
}

interface Figure {
  p50: number;
  p95: number;
  runs: number;
}

/** Runs a call `runs` times after `warmUp` unmeasured ones; every call must succeed. */
async function measure(runs: number, warmUp: number, call: (run: number) => Promise<{ ok: boolean }>, after?: (result: unknown) => void): Promise<Figure> {
  const samples: number[] = [];
  for (let run = 0; run < warmUp + runs; run++) {
    const started = performance.now();
    const result = await call(run);
    const elapsed = performance.now() - started;
    if (!result.ok) throw new Error(`agenda bench refused: ${JSON.stringify(result)}`);
    after?.(result);
    if (run >= warmUp) samples.push(elapsed);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p95: at(0.95), runs };
}

export async function benchAgenda(file: string, backend: Connection, row: (cells: string[], widths: number[]) => string): Promise<void> {
  const office = buildAgenda(file);
  console.log(
    `\nAgenda: ${office.rooms} rooms, ${office.series.toLocaleString('en')} weekly series, ${office.events.toLocaleString('en')} events over ${WEEKS} weeks, ` +
      `${office.registrations.toLocaleString('en')} registrations (${office.attended.toLocaleString('en')} attended) (written in ${office.seconds.toFixed(1)} s)`,
  );
  const today = todayIso(systemClock);
  const month = { from: `${today.slice(0, 7)}-01`, to: addDays(`${today.slice(0, 7)}-01`, 34) };
  const week = { from: mondayOf(today), to: addDays(mondayOf(today), 6) };
  const year = Number(today.slice(0, 4)) - 1;
  const residence = { residenceId: office.residenceId };
  // How many events each view returned, for the heading.
  const sizes = new Map<string, number>();
  const sizeOf = (key: string) => (result: unknown) => sizes.set(key, (result as { data: { rows: unknown[] } }).data.rows.length);
  const invoke = (method: string, input: unknown) => () => backend.invoke(method, input);

  const figures: [string, Figure][] = [];
  const add = async (label: string, figure: Promise<Figure>) => figures.push([label, await figure]);
  await add('agenda.events.range, month view (5 weeks)', measure(100, 5, invoke('agenda.events.range', month), sizeOf('month')));
  await add('agenda.events.range, month view, one residence', measure(100, 5, invoke('agenda.events.range', { ...month, ...residence }), sizeOf('monthResidence')));
  await add('agenda.events.range, week view', measure(200, 5, invoke('agenda.events.range', week), sizeOf('week')));
  await add('agenda.events.range, week view, one residence', measure(200, 5, invoke('agenda.events.range', { ...week, ...residence }), sizeOf('weekResidence')));
  await add('agenda.events.list, first page of 50', measure(100, 5, invoke('agenda.events.list', {})));
  await add(`agenda.registrations.list, busy event (${BUSY_CONFIRMED + 80} rows)`, measure(100, 5, invoke('agenda.registrations.list', { eventId: office.busyEventId })));
  await add('agenda.registrations.checkIn of a member card', measure(100, 5, (run) => backend.invoke('agenda.registrations.checkIn', { eventId: office.busyEventId, code: office.busyCards[run]! })));

  // A weekly series of 52 sessions on Wednesday evenings in a room busy every weekday; removed after each run.
  const direct = new Database(file);
  const removeSeries = direct.transaction((seriesId: number) => {
    direct.prepare('DELETE FROM agenda_event_residence WHERE event_id IN (SELECT id FROM agenda_event WHERE series_id = ?)').run(seriesId);
    direct.prepare('DELETE FROM agenda_event WHERE series_id = ?').run(seriesId);
    direct.prepare('DELETE FROM agenda_series WHERE id = ?').run(seriesId);
  });
  const wednesday = addDays(today, ((3 - isoWeekday(today) + 7) % 7) || 7);
  const seriesFields = {
    title: 'Atelier du mercredi soir', category: 'workshop', tfpbAxis: 7, residenceIds: [office.residenceId], roomId: office.roomId, audience: 'all',
    capacity: 20, startTime: '17:00', endTime: '18:30', rule: { frequency: 'weekly', weekday: 3, startsOn: wednesday, untilOn: addDays(wednesday, 51 * 7) },
  };
  await add('agenda.series.create, 52 sessions (conflict check)', measure(30, 2, invoke('agenda.series.create', seriesFields), (result) => {
    removeSeries((result as { data: { seriesId: number } }).data.seriesId);
  }));
  direct.close();

  // The export names the office: the bench office gets an identity first. Its period: the last twelve months (the
  // memberships of the counter's office all began within them); the TFPB report: the last whole year.
  const identity = await backend.invoke('settings.saveOffice', { name: 'Office du banc d’essai', legalForm: 'oph', siren: '732829320' });
  if (!identity.ok) throw new Error(`agenda bench refused: ${JSON.stringify(identity)}`);
  const exportPeriod = { from: addDays(today, -364), to: today };
  const cold = await measure(1, 0, invoke('federation.export.preview', exportPeriod));
  // Seconds per run: a single warm run then, not to lengthen the bench by minutes.
  await add(`federation.export.preview, ${exportPeriod.from}…${exportPeriod.to}`, measure(cold.p50 > 2_000 ? 1 : 5, 0, invoke('federation.export.preview', exportPeriod)));
  await add(`federation.tfpb.derive, year ${year}`, measure(10, 1, invoke('federation.tfpb.derive', { year })));

  const widths = [60, 6, 10, 10];
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(
    `\n(g) Agenda and federation through backend.invoke: month ${month.from}…${month.to} (${sizes.get('month')} events, ${sizes.get('monthResidence')} for one residence), ` +
      `week ${week.from} (${sizes.get('week')} events, ${sizes.get('weekResidence')} for one residence)`,
  );
  console.log(row(['call', 'runs', 'p50', 'p95'], widths));
  for (const [label, figure] of figures) console.log(row([label, String(figure.runs), ms(figure.p50), figure.runs > 1 ? ms(figure.p95) : ''], widths));
  console.log(`   federation.export.preview: first (cold) run ${ms(cold.p50)}, before the warm run(s) above.`);
}
