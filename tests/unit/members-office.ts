import { onTestFinished } from 'vitest';
import { type Backend, type Connection, createBackend } from '../../src-main/core/backend.ts';
import type { InputOf } from '../../src-main/core/contract.ts';
import type { AppContract } from '../../src-main/contract.ts';
import { ADMIN, call, tempDir } from './helpers.ts';
import { seedResidence } from './people-fixtures.ts';

/**
 * A conciergerie office for the members, till and services tests: the real backend on a temp folder, a clock the
 * test moves, staff of every role, and two tenant households created through the contract (so that the search
 * index knows them). The default membership types and price list come from migration 7.
 */

export const PASSWORD = 'mot-de-passe-du-role';
export const TYPES = { monthly: 1, householdYear: 2, free: 3 } as const;
export const PRICES = { shirt: 1, trousers: 2, jacket: 3, duvet: 4, basket: 5 } as const;

export type NewPerson = NonNullable<InputOf<AppContract, 'members.enrol'>['newPerson']>;

export const nadia: NewPerson = {
  civility: 'madame',
  familyName: 'Benali',
  firstName: 'Nadia',
  phone: '06 12 34 56 78',
  email: 'nadia.benali@exemple.fr',
  address: { line: '14 rue des Jacobins', postcode: '80000', city: 'Amiens' },
};

export async function office(startAt = '2026-03-02T10:00:00Z') {
  let now = new Date(startAt);
  const backend = createBackend({ dataDir: tempDir(), clock: { now: () => now }, checkOutputs: true, automaticBackups: false });
  onTestFinished(() => backend.close());
  const admin = backend.connect();
  await call(admin, 'auth.setup', ADMIN);
  for (const role of ['office', 'counter', 'readonly'] as const) {
    await call(admin, 'staff.create', { login: role, displayName: `Agent ${role}`, role, password: PASSWORD });
  }
  const { dwellingIds } = await seedResidence(admin, { name: 'Les Tilleuls' }, [
    { internalId: 'TIL-101', typology: 'T4', floor: 1, building: 'A', door: '101' },
    { internalId: 'TIL-202', typology: 'T2', floor: 2, building: 'A', door: '202' },
  ]);
  const dupre = await call(admin, 'households.create', {
    isTenant: true,
    dwelling: { dwellingId: dwellingIds['TIL-101']!, enteredOn: '2015-09-01' },
    people: [
      { civility: 'madame', familyName: 'Lefèvre', usageName: 'Dupré', firstName: 'Hélène', phone: '03 22 33 44 55', role: 'holder' },
      { civility: 'monsieur', familyName: 'Dupré', firstName: 'Loïc', role: 'spouse' },
      { civility: 'unspecified', familyName: 'Dupré', firstName: 'Zoé', role: 'child' },
    ],
  });
  const petit = await call(admin, 'households.create', {
    isTenant: true,
    dwelling: { dwellingId: dwellingIds['TIL-202']!, enteredOn: '2019-02-01' },
    people: [{ civility: 'monsieur', familyName: 'Petit', firstName: 'Marcel', role: 'holder' }],
  });
  const [helene, loic, zoe] = dupre.people.map((p) => p.id) as [number, number, number];
  return {
    backend,
    admin,
    dupre: { householdId: dupre.id, helene, loic, zoe },
    marcel: { householdId: petit.id, personId: petit.people[0]!.id },
    /** Moves the clock; sessions idle longer than the lock delay must sign in again (use signIn). */
    setNow: (iso: string) => (now = new Date(iso)),
    today: () => now.toISOString().slice(0, 10),
    signIn: (login: string) => signIn(backend, login),
  };
}

export async function signIn(backend: Backend, login: string): Promise<Connection> {
  const connection = backend.connect();
  await call(connection, 'auth.login', { login, password: login === ADMIN.login ? ADMIN.password : PASSWORD });
  return connection;
}

/** Messages with the no-break spaces of French amounts ("1 000,00 €") turned into plain ones, to compare with typed text. */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? null).replace(/\\u00a0|\\u202f|\u00a0|\u202f/g, ' '));
