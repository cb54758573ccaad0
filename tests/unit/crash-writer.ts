/**
 * Child process of the crash-safety test (tests/unit/crash-safety.test.ts): opens the real backend on a data folder
 * and writes through `backend.invoke` until it is killed with SIGKILL.
 *
 *   node tests/unit/crash-writer.ts <dataDir> <seed>
 *
 * Protocol, one JSON line per event on stdout (each line is far below PIPE_BUF, so a line reaches the parent whole
 * or not at all, and Node writes to a pipe synchronously on Linux):
 *   {"t":"opening"}                     before createBackend (open sequence, quick_check, migrations)
 *   {"t":"ready", ...}                  the backend is open and the administrator signed in (first-run setup the
 *                                       first time)
 *   {"t":"intent", "k":…, "op":…}       printed BEFORE the write is attempted: the only write that may be in flight
 *   {"t":"ack", "k":…, "op":…}          printed only AFTER invoke resolved ok: the write is acknowledged
 * An error envelope (never expected: names and ids are unique, only active residences are targeted) or anything
 * else unexpected ends the process with exit code 1 and a message on stderr, which the parent reports.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Connection, createBackend } from '../../src-main/core/backend.ts';
import { seededRandom } from '../../src-main/demo/random.ts';

export interface CreateWrite {
  op: 'create';
  name: string;
  address: string;
  notesHash: string;
  /** internalIds of the dwellings created with the residence, all or none of them. */
  dwellings: string[];
}
export interface AddWrite {
  op: 'add';
  residenceId: number;
  internalId: string;
}
export interface UpdateWrite {
  op: 'update';
  residenceId: number;
  address: string;
  notesHash: string;
}
export interface ArchiveWrite {
  op: 'archive';
  residenceId: number;
}
export type Write = CreateWrite | AddWrite | UpdateWrite | ArchiveWrite;

export type WriterLine =
  | { t: 'opening' }
  | { t: 'ready'; known: number }
  | ({ t: 'intent'; k: number } & Write)
  | ({ t: 'ack'; k: number; residenceId: number; dwellingCount: number } & Write);

/** The administrator of the crash test's data folder (the test signs in with the same account). */
export const CRASH_ADMIN = { login: 'crash-admin', displayName: 'Camille Crash', password: 'mot-de-passe-crash' };

/**
 * A connection signed in as the administrator: first-run setup on a database that has no account yet (a writer
 * killed during the setup left none), sign-in otherwise.
 */
export async function signIn(connection: Connection): Promise<void> {
  const status = await connection.invoke('auth.status', {});
  if (!status.ok) throw new Error(`auth.status refused: ${JSON.stringify(status.error)}`);
  const signedIn = (status.data as { setupDone: boolean }).setupDone
    ? await connection.invoke('auth.login', { login: CRASH_ADMIN.login, password: CRASH_ADMIN.password })
    : await connection.invoke('auth.setup', CRASH_ADMIN);
  if (!signedIn.ok) throw new Error(`sign-in refused: ${JSON.stringify(signedIn.error)}`);
}

/** Short fingerprint of a notes text, so that lines stay small whatever the notes' length. */
export function notesHash(notes: string): string {
  return createHash('sha256').update(notes).digest('hex').slice(0, 16);
}

const TYPOLOGIES = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'] as const;
const STREETS = ['rue des Lilas', 'allée du Parc', 'avenue de la Paix', 'impasse Sainte-Anne', 'boulevard Émile-Zola'];
const FILLER = 'Gardien présent le matin ; local vélos au rez-de-chaussée ; chaufferie collective. ';

function say(line: WriterLine): void {
  process.stdout.write(JSON.stringify(line) + '\n');
}

function die(message: string): never {
  process.stderr.write(`crash-writer: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const [dataDir, seedText] = process.argv.slice(2);
  const seed = Number(seedText);
  if (!dataDir || !Number.isInteger(seed) || seed < 0) die('usage: node tests/unit/crash-writer.ts <dataDir> <seed>');
  const random = seededRandom(seed);
  // Names and ids carry the seed, so that writers of different rounds never collide on the unique indexes.
  const tag = seed.toString(36);

  say({ t: 'opening' });
  const backend = createBackend({ dataDir, checkOutputs: true });
  const connection = backend.connect();
  await signIn(connection);

  const invoke = async (method: string, input: unknown): Promise<unknown> => {
    const result = await connection.invoke(method, input);
    if (!result.ok) die(`${method} refused: ${JSON.stringify(result.error)}`);
    return result.data;
  };

  // Active residences this writer may add to, update or archive: a window of the existing ones, then its own.
  const active = new Map<number, { name: string; postcode: string; city: string }>();
  const first = (await invoke('residences.list', { limit: 1 })) as { total: number };
  const offset = random.int(0, Math.max(0, first.total - 200));
  const window = (await invoke('residences.list', { sort: 'name', offset, limit: 200 })) as {
    rows: { id: number; name: string; postcode: string; city: string }[];
  };
  for (const row of window.rows) active.set(row.id, { name: row.name, postcode: row.postcode, city: row.city });
  say({ t: 'ready', known: active.size });

  const notes = () => (random.next() < 0.3 ? '' : `n°${random.int(0, 1e9)} ` + FILLER.repeat(random.int(0, 20)));
  const address = () => `${random.int(1, 250)} ${random.pick(STREETS)}`;
  // RPLS ids: the seed on a fixed width, then the serial, so that two writers can never produce the same one.
  const rplsPrefix = tag.padStart(7, '0').toUpperCase();
  const dwelling = (internalId: string, serial: string) => ({
    internalId,
    rplsId: random.next() < 0.5 ? `${rplsPrefix}${serial}` : null,
    typology: random.pick(TYPOLOGIES),
    floor: random.int(-1, 12),
    surfaceM2: random.next() < 0.9 ? random.int(180, 1500) / 10 : null,
    building: random.pick(['', 'A', 'B']),
    door: String(random.int(1, 300)),
  });

  let dwellingSerial = 0;
  for (let k = 0; ; k++) {
    const ids = [...active.keys()];
    const roll = random.next();
    const op: Write['op'] =
      ids.length === 0 || roll < 0.35 ? 'create' : roll < 0.7 ? 'add' : roll < 0.92 ? 'update' : 'archive';
    const residenceId = ids.length > 0 ? random.pick(ids) : 0;

    if (op === 'create') {
      const count = random.int(1, 30);
      const internalIds = Array.from({ length: count }, (_, i) => `${tag}-${k}-${i}`);
      const name = `Résidence ${tag}-${k}`;
      const input = {
        name,
        address: address(),
        postcode: '80000',
        city: 'Amiens',
        notes: notes(),
        dwellings: internalIds.map((id, i) => dwelling(id, `${k}Y${i}`)),
      };
      const write: CreateWrite = { op, name, address: input.address, notesHash: notesHash(input.notes), dwellings: internalIds };
      say({ t: 'intent', k, ...write });
      const created = (await invoke('residences.create', input)) as { id: number; dwellingCount: number };
      if (created.dwellingCount !== count) die(`create answered ${created.dwellingCount} dwellings, sent ${count}`);
      active.set(created.id, { name, postcode: input.postcode, city: input.city });
      say({ t: 'ack', k, residenceId: created.id, dwellingCount: created.dwellingCount, ...write });
    } else if (op === 'add') {
      const serial = dwellingSerial++;
      const internalId = `${tag}-a${serial}`;
      const write: AddWrite = { op, residenceId, internalId };
      say({ t: 'intent', k, ...write });
      const added = (await invoke('dwellings.add', { residenceId, ...dwelling(internalId, `A${serial}`) })) as { residenceId: number };
      if (added.residenceId !== residenceId) die(`dwelling added to ${added.residenceId}, sent ${residenceId}`);
      const detail = (await invoke('residences.get', { id: residenceId })) as { dwellingCount: number };
      say({ t: 'ack', k, dwellingCount: detail.dwellingCount, ...write });
    } else if (op === 'update') {
      const current = active.get(residenceId)!;
      const input = { id: residenceId, name: current.name, address: address(), postcode: current.postcode, city: current.city, notes: notes() };
      const write: UpdateWrite = { op, residenceId, address: input.address, notesHash: notesHash(input.notes) };
      say({ t: 'intent', k, ...write });
      const updated = (await invoke('residences.update', input)) as { dwellingCount: number };
      say({ t: 'ack', k, dwellingCount: updated.dwellingCount, ...write });
    } else {
      const write: ArchiveWrite = { op, residenceId };
      say({ t: 'intent', k, ...write });
      const archived = (await invoke('residences.archive', { id: residenceId })) as { archivedAt: string | null; dwellingCount: number };
      if (!archived.archivedAt) die(`residence ${residenceId} not archived`);
      active.delete(residenceId);
      say({ t: 'ack', k, dwellingCount: archived.dwellingCount, ...write });
    }
  }
}

// Runs only as the process's entry point: the test imports the helpers above without starting a writer.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => die(error instanceof Error ? (error.stack ?? error.message) : String(error)));
}
