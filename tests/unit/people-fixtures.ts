import Database from 'better-sqlite3';
import type { Connection } from '../../src-main/core/backend.ts';

/**
 * Households and people written straight into the database file (through a connection of their own), so that the
 * tests of skills, follow-up and exchanges do not depend on the households screens and methods. No vitest import:
 * the end-to-end tests use it too.
 */

export interface PersonSeed {
  familyName: string;
  firstName?: string;
  usageName?: string;
  civility?: 'madame' | 'monsieur' | 'unspecified';
  birthDate?: string | null;
  /** E.164, as stored. */
  phone?: string | null;
}

export interface HouseholdSeed {
  name: string;
  /** The dwelling it lives in now; null for a non-tenant household (then the postal address is used). */
  dwellingId: number | null;
  people: PersonSeed[];
  enteredOn?: string;
  address?: { line: string; postcode: string; city: string };
}

export function seedHousehold(databaseFile: string, seed: HouseholdSeed): { householdId: number; personIds: number[] } {
  const db = new Database(databaseFile, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    return db.transaction(() => {
      const now = '2026-01-05T10:00:00.000Z';
      const address = seed.address ?? { line: '', postcode: '', city: '' };
      const householdId = Number(
        db
          .prepare(
            `INSERT INTO household (name, is_tenant, address_line, postcode, city, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(seed.name, seed.dwellingId === null ? 0 : 1, address.line, address.postcode, address.city, now, now).lastInsertRowid,
      );
      if (seed.dwellingId !== null) {
        db.prepare('INSERT INTO occupancy (household_id, dwelling_id, entered_on, created_at) VALUES (?, ?, ?, ?)').run(
          householdId,
          seed.dwellingId,
          seed.enteredOn ?? '2020-01-01',
          now,
        );
      }
      const personIds = seed.people.map((person) =>
        Number(
          db
            .prepare(
              `INSERT INTO person (household_id, civility, family_name, usage_name, first_name, birth_date, phone, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(
              householdId,
              person.civility ?? 'unspecified',
              person.familyName,
              person.usageName ?? '',
              person.firstName ?? '',
              person.birthDate ?? null,
              person.phone ?? null,
              now,
              now,
            ).lastInsertRowid,
        ),
      );
      return { householdId, personIds };
    })();
  } finally {
    db.close();
  }
}

/** Runs SQL on the file through a connection of its own (erasing a person, moving a household out…). */
export function runSql(databaseFile: string, statement: string, ...params: unknown[]): void {
  const db = new Database(databaseFile, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    db.prepare(statement).run(...params);
  } finally {
    db.close();
  }
}

export function countRows(databaseFile: string, table: string, where = '1 = 1', ...params: unknown[]): number {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`).get(...params) as { n: number }).n;
  } finally {
    db.close();
  }
}

export interface DwellingSeed {
  internalId: string;
  typology: 'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6' | 'T7';
  floor: number;
  hasLift?: boolean | null;
  building?: string;
  door?: string;
}

/** A residence created through the contract; returns its id and its dwellings' ids by internal id. */
export async function seedResidence(
  api: Pick<Connection, 'invoke'>,
  residence: { name: string; address?: string; postcode?: string; city?: string },
  dwellings: DwellingSeed[],
): Promise<{ residenceId: number; dwellingIds: Record<string, number> }> {
  const created = await api.invoke('residences.create', {
    name: residence.name,
    address: residence.address ?? '3 allée des Tilleuls',
    postcode: residence.postcode ?? '80000',
    city: residence.city ?? 'Amiens',
    dwellings: dwellings.map((d) => ({ surfaceM2: null, building: '', door: '', ...d })),
  });
  if (!created.ok) throw new Error(`residences.create refused: ${JSON.stringify(created.error)}`);
  const data = created.data as { id: number; dwellings: { id: number; internalId: string }[] };
  return { residenceId: data.id, dwellingIds: Object.fromEntries(data.dwellings.map((d) => [d.internalId, d.id])) };
}
