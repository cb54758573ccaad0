import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import { type Backend, type BackendOptions, type Connection, createBackend } from '../../src-main/core/backend.ts';
import type { Envelope, ErrorCode, ErrorPayload, InputOf, OutputOf } from '../../src-main/core/contract.ts';
import type { AppContract, MethodName } from '../../src-main/contract.ts';

/**
 * Shared helpers of the backend tests: a real SQLite file in a temp folder, the real backend, no mocks.
 * Everything created here is removed when the current test finishes (call them inside a test).
 */

/** A fresh temp folder, removed when the test finishes. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'voisinage-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const ADMIN = { login: 'admin', displayName: 'Camille Admin', password: 'mot-de-passe-admin' };

/** The backend with the connection of a signed-in administrator: what most tests drive. */
export type TestBackend = Backend & Connection;

/**
 * The real backend on a data folder (a new temp one by default), closed when the test finishes, with an
 * administrator signed in: created on a fresh database (first-run setup), signed in on an existing one.
 */
export async function newBackend(
  dataDir: string = tempDir(),
  options: Pick<BackendOptions, 'automaticBackups' | 'clock' | 'outbox'> = {},
): Promise<TestBackend> {
  // Automatic backups are tested on their own (backups-backend.test.ts); elsewhere they would blur file counts.
  const backend = createBackend({ ...options, dataDir, checkOutputs: true, automaticBackups: options.automaticBackups ?? false });
  onTestFinished(() => backend.close()); // closing twice is harmless with better-sqlite3
  const connection = backend.connect();
  const status = await connection.invoke('auth.status', {});
  const setupDone = status.ok && (status.data as { setupDone: boolean }).setupDone;
  const signIn = setupDone
    ? await connection.invoke('auth.login', { login: ADMIN.login, password: ADMIN.password })
    : await connection.invoke('auth.setup', ADMIN);
  if (!signIn.ok) expect.fail(`sign-in refused: ${JSON.stringify(signIn.error)}`);
  return { ...backend, ...connection };
}

/** Calls a method with a typed input and returns its data, failing the test on an error envelope. */
export async function call<M extends MethodName>(
  backend: Pick<Connection, 'invoke'>,
  method: M,
  input: InputOf<AppContract, M>,
): Promise<OutputOf<AppContract, M>> {
  const result = await backend.invoke(method, input);
  if (!result.ok) expect.fail(`${method} refused: ${JSON.stringify(result.error)}`);
  return result.data as OutputOf<AppContract, M>;
}

/** Asserts an error envelope with the given code and returns its payload. */
export function expectError(result: Envelope<unknown>, code: ErrorCode): ErrorPayload {
  if (result.ok) expect.fail(`expected ${code}, got data ${JSON.stringify(result.data).slice(0, 300)}`);
  expect(result.error.code).toBe(code);
  return result.error;
}

/** Row counts read through a second connection to the same file, not through the code under test. */
export function rowCounts(backend: Pick<Backend, 'databaseFile'>): { residences: number; dwellings: number } {
  const db = new Database(backend.databaseFile, { readonly: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { residences: count('residence'), dwellings: count('dwelling') };
  } finally {
    db.close();
  }
}

export function sha256OfFile(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

type NewResidence = InputOf<AppContract, 'residences.create'>;
type NewDwelling = NonNullable<NewResidence['dwellings']>[number];

/** A valid residences.create input; override any field. */
export function residenceInput(overrides: Partial<NewResidence> = {}): NewResidence {
  return {
    name: 'Les Tilleuls',
    address: '3 allée des Tilleuls',
    postcode: '80000',
    city: 'Amiens',
    qpvCode: null,
    dwellings: [],
    ...overrides,
  };
}

/** A valid dwelling of a residences.create or dwellings.add input. */
export function dwellingInput(internalId: string, overrides: Partial<NewDwelling> = {}): NewDwelling {
  return { internalId, typology: 'T3', floor: 1, surfaceM2: 64.5, ...overrides };
}

/** Creates residences one by one and returns their ids, in the order given. */
export async function createResidences(backend: Pick<Connection, 'invoke'>, inputs: NewResidence[]): Promise<number[]> {
  const ids: number[] = [];
  for (const input of inputs) ids.push((await call(backend, 'residences.create', input)).id);
  return ids;
}

/** Opens a database file for the duration of `work`, with a connection of its own. */
export function withFile<T>(file: string, work: (db: Database.Database) => T, readonly = false): T {
  const db = new Database(file, { readonly, fileMustExist: true });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** Overwrites a page of the file with garbage from `from` to its end, as a failing disk or a torn copy would. */
export function damagePage(file: string, page: number, from = 0): void {
  const pageSize = withFile(file, (db) => db.pragma('page_size', { simple: true }) as number);
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize - from, 0x5a), 0, pageSize - from, (page - 1) * pageSize + from);
  } finally {
    closeSync(fd);
  }
}

/** A leaf page of the table (not its root), found with SQLite's dbstat table. */
export const leafPage = (file: string, table: string) =>
  withFile(file, (db) => db.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 1").pluck().get(table) as number);
