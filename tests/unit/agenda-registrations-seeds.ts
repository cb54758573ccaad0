import Database from 'better-sqlite3';

/*
 * Events and series written straight into the database file, for the registrations tests (the events part builds its
 * own methods alongside). No vitest import: the end-to-end tests use it too.
 */

export interface EventSeed {
  title?: string;
  startsAt: string;
  endsAt?: string;
  capacity?: number | null;
  priceCents?: number;
  audience?: 'all' | 'members' | 'residences';
  residenceIds?: number[];
  seriesId?: number | null;
  status?: 'planned' | 'cancelled';
}

let uid = 0;

function withDb<T>(file: string, work: (db: Database.Database) => T): T {
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    return db.transaction(() => work(db))();
  } finally {
    db.close();
  }
}

export function seedEvent(file: string, seed: EventSeed): number {
  return withDb(file, (db) => {
    const now = '2026-01-05T10:00:00.000Z';
    uid += 1;
    const id = Number(
      db
        .prepare(
          `INSERT INTO agenda_event (uid, series_id, title, category, starts_at, ends_at, audience, capacity, price_cents, status, place_label, created_at, updated_at)
           VALUES (?, ?, ?, 'tutoring', ?, ?, ?, ?, ?, ?, 'Salle commune', ?, ?)`,
        )
        .run(
          `test-${uid}-${Math.random()}@voisinage`,
          seed.seriesId ?? null,
          seed.title ?? 'Aide aux devoirs',
          seed.startsAt,
          seed.endsAt ?? `${seed.startsAt.slice(0, 11)}${String(Number(seed.startsAt.slice(11, 13)) + 2).padStart(2, '0')}:00`,
          seed.audience ?? 'all',
          seed.capacity === undefined ? 8 : seed.capacity,
          seed.priceCents ?? 0,
          seed.status ?? 'planned',
          now,
          now,
        ).lastInsertRowid,
    );
    for (const residenceId of seed.residenceIds ?? []) db.prepare('INSERT INTO agenda_event_residence (event_id, residence_id) VALUES (?, ?)').run(id, residenceId);
    return id;
  });
}

/** A weekly series: one occurrence per day given, same hours and capacity. */
export function seedSeries(file: string, days: string[], seed: Omit<EventSeed, 'startsAt' | 'seriesId'> & { time?: string } = {}): { seriesId: number; eventIds: number[] } {
  const seriesId = withDb(file, (db) =>
    Number(
      db
        .prepare(
          `INSERT INTO agenda_series (frequency, weekday, starts_on, until_on, created_at, updated_at) VALUES ('weekly', 3, ?, ?, '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z')`,
        )
        .run(days[0], days.at(-1)).lastInsertRowid,
    ),
  );
  const eventIds = days.map((day) => seedEvent(file, { ...seed, startsAt: `${day}T${seed.time ?? '14:00'}`, seriesId }));
  return { seriesId, eventIds };
}

export function setCapacity(file: string, eventId: number, capacity: number | null): void {
  withDb(file, (db) => db.prepare('UPDATE agenda_event SET capacity = ? WHERE id = ?').run(capacity, eventId));
}
