import Database from 'better-sqlite3';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../db/backup.ts';
import { migrations } from '../../db/migrations/index.ts';
import { type Backend, backupsFolder, type Connection, createBackend, DATABASE_FILE_NAME } from '../../src-main/core/backend.ts';
import { seededRandom, type Random } from '../../src-main/demo/random.ts';
import { notesHash, signIn, type Write, type WriterLine } from './crash-writer.ts';

/**
 * Crash safety (issue 3, point 4): a separate Node process writes through the real backend and is killed with SIGKILL
 * at random moments (while Node starts, during the open sequence and migrations, in the middle of writes). After every
 * kill the database is reopened with createBackend (quick_check, refuses damage) and checked against a model built
 * from the writes the writer acknowledged:
 *   - PRAGMA integrity_check is ok, foreign_key_check is empty, no dwelling without its residence, every migration is
 *     recorded;
 *   - the database holds exactly the model: every acknowledged write, nothing else, except possibly the one write that
 *     was in flight at the kill, and then the whole of it (a residence with all its dwellings, or nothing);
 *   - each committed write has exactly one audit entry (written in the same transaction), and no other;
 *   - every file listed as a backup (the app backs up at start and before migrations) passes integrity_check;
 *   - the backend itself, signed in again, reads back the residences written in the round, and counts them all.
 * One data folder serves every round, so the database grows and is reopened after each kill. A second test kills the
 * very first start of fresh folders (open sequence, migrations, first-run setup) and checks that each migration is
 * applied whole or not at all, and that the next start completes them.
 *
 * A SIGKILL ends the process, not the machine: what was written to the OS stays, so this test cannot tell
 * synchronous=FULL from OFF (a power cut would); it catches writes acknowledged before their commit, writes or
 * migrations outside one transaction, and audit entries that can be lost apart from their write.
 *
 * VOISINAGE_CRASH_ROUNDS (default 150) and VOISINAGE_CRASH_STARTUP_ROUNDS (default 25) set the number of kills;
 * VOISINAGE_CRASH_SEED replays the same writes and kill schedule (the exact instant a signal lands still depends on
 * the machine).
 */

function envInt(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${text}"`);
  return value;
}

const ROUNDS = envInt('VOISINAGE_CRASH_ROUNDS', 150);
const STARTUP_ROUNDS = envInt('VOISINAGE_CRASH_STARTUP_ROUNDS', 25);
const SEED = envInt('VOISINAGE_CRASH_SEED', randomInt(2 ** 31));
const WRITER = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));
const REPLAY = `VOISINAGE_CRASH_SEED=${SEED} VOISINAGE_CRASH_ROUNDS=${ROUNDS} VOISINAGE_CRASH_STARTUP_ROUNDS=${STARTUP_ROUNDS}`;

// ---------------------------------------------------------------------------------------------------------------
// The writer process and when to kill it

type KillPlan =
  | { after: 'spawn'; ms: number } // while Node loads the modules, or just after
  | { after: 'opening'; us: number } // during createBackend (open, quick_check, WAL, migrations: a few ms in all)
  | { after: 'ready'; ms: number } // in the middle of writes
  | { after: 'ack'; n: number }; // as soon as the n-th acknowledgement arrives: the next write is under way

const describePlan = (plan: KillPlan) =>
  'ms' in plan ? `${plan.ms} ms after ${plan.after}` : 'us' in plan ? `${plan.us} µs after ${plan.after}` : `at ack #${plan.n}`;

/**
 * Node's compile cache for the writers: loading the backend's modules is most of a writer's life, and a writer killed
 * with SIGKILL never writes the cache, so one writer module load that exits normally fills it first (beforeAll).
 * Only a speed-up: the writers behave the same without it.
 */
let compileCache: string | undefined;
const writerEnv = () => (compileCache ? { ...process.env, NODE_COMPILE_CACHE: compileCache } : process.env);

beforeAll(() => {
  compileCache = mkdtempSync(join(tmpdir(), 'voisinage-crash-cache-'));
  // Importing the writer loads everything it uses without starting it (it runs only as the entry point).
  spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(WRITER).href)})`], {
    env: writerEnv(),
    stdio: 'ignore',
  });
});

afterAll(() => {
  if (compileCache) rmSync(compileCache, { recursive: true, force: true });
});

/** Waits without yielding: the open sequence takes a few milliseconds, finer than timers can aim. */
function spin(us: number): void {
  const until = performance.now() + us / 1000;
  while (performance.now() < until);
}

interface WriterRun {
  lines: WriterLine[];
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Killed by the guard, not by the plan: the writer hung. */
  hung: boolean;
}

/**
 * Starts the writer, kills it with SIGKILL according to the plan, and resolves once the process has exited and its
 * pipes are closed ('close', not 'exit'), so that every line the writer wrote before dying has been read.
 * A line counts only when complete: a line cut by the kill was never received, hence never acknowledged.
 */
function runWriter(dataDir: string, seed: number, plan: KillPlan): Promise<WriterRun> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [WRITER, dataDir, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: writerEnv(),
    });
    const lines: WriterLine[] = [];
    let stdout = '';
    let stderr = '';
    let acks = 0;
    let timer: NodeJS.Timeout | undefined;
    const kill = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    const killLater = (ms: number) => {
      if (ms === 0) kill();
      else timer = setTimeout(kill, ms);
    };
    // Only a guard against a hung writer (it writes forever and is always killed long before), reported as a failure.
    let hung = false;
    const guard = setTimeout(() => {
      hung = true;
      kill();
    }, 20_000);

    if (plan.after === 'spawn') killLater(plan.ms);
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      stdout += chunk;
      let end: number;
      while ((end = stdout.indexOf('\n')) >= 0) {
        const text = stdout.slice(0, end);
        stdout = stdout.slice(end + 1);
        let line: WriterLine;
        try {
          line = JSON.parse(text) as WriterLine;
        } catch {
          kill();
          reject(new Error(`seed=${SEED}: the writer wrote a line that is not JSON: ${text.slice(0, 200)}`));
          return;
        }
        lines.push(line);
        if (line.t === 'opening' && plan.after === 'opening') {
          spin(plan.us);
          kill();
        }
        if (line.t === 'ready' && plan.after === 'ready') killLater(plan.ms);
        if (line.t === 'ack' && plan.after === 'ack' && ++acks === plan.n) kill();
      }
    });
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(guard);
      resolve({ lines, stderr, code, signal, hung });
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The model: what the database must hold, keyed by residence name (names are unique)

const METHOD_OF = {
  create: 'residences.create',
  add: 'dwellings.add',
  update: 'residences.update',
  archive: 'residences.archive',
} as const satisfies Record<Write['op'], string>;

interface ResidenceState {
  id: number;
  address: string;
  notesHash: string;
  archived: boolean;
  /** internalIds of the residence's dwellings, sorted. */
  dwellings: string[];
}

class Model {
  readonly byName = new Map<string, ResidenceState>();
  readonly nameOf = new Map<number, string>();
  /** Committed writes per method: each must have exactly one audit entry, written in the same transaction. */
  readonly committed: Record<string, number> = Object.fromEntries(Object.values(METHOD_OF).map((m) => [m, 0]));

  residence(id: number): ResidenceState {
    const name = this.nameOf.get(id);
    const state = name === undefined ? undefined : this.byName.get(name);
    if (!state) throw new Error(`the writer acknowledged a write to residence ${id}, which the model does not know`);
    return state;
  }

  /** The state of the one residence `write` touches, once applied (the model itself is left unchanged). */
  after(write: Write, createdId: number): { name: string; state: ResidenceState } {
    if (write.op === 'create') {
      const state = { id: createdId, address: write.address, notesHash: write.notesHash, archived: false, dwellings: [...write.dwellings].sort() };
      return { name: write.name, state };
    }
    const name = this.nameOf.get(write.residenceId)!;
    const current = this.residence(write.residenceId);
    switch (write.op) {
      case 'add':
        return { name, state: { ...current, dwellings: [...current.dwellings, write.internalId].sort() } };
      case 'update':
        return { name, state: { ...current, address: write.address, notesHash: write.notesHash } };
      case 'archive':
        return { name, state: { ...current, archived: true } };
    }
  }

  /** Records a committed write and the state of the residence it touched. */
  commit(write: Write, name: string, state: ResidenceState): void {
    this.byName.set(name, state);
    this.nameOf.set(state.id, name);
    this.committed[METHOD_OF[write.op]]!++;
  }
}

/** The database's content, read through a plain connection (not through the code under test). */
function readState(db: Database.Database): { state: Map<string, ResidenceState>; problems: string[] } {
  const problems: string[] = [];
  const state = new Map<string, ResidenceState>();
  const nameOf = new Map<number, string>();
  const residences = db.prepare('SELECT id, name, address, notes, archived_at FROM residence').all() as {
    id: number;
    name: string;
    address: string;
    notes: string;
    archived_at: string | null;
  }[];
  for (const r of residences) {
    state.set(r.name, { id: r.id, address: r.address, notesHash: notesHash(r.notes), archived: r.archived_at !== null, dwellings: [] });
    nameOf.set(r.id, r.name);
  }
  const dwellings = db.prepare('SELECT residence_id, internal_id FROM dwelling ORDER BY internal_id').all() as {
    residence_id: number;
    internal_id: string;
  }[];
  for (const d of dwellings) {
    const name = nameOf.get(d.residence_id);
    if (name === undefined) problems.push(`dwelling ${d.internal_id} points to residence ${d.residence_id}, which does not exist`);
    else state.get(name)!.dwellings.push(d.internal_id);
  }
  for (const s of state.values()) s.dwellings.sort();
  return { state, problems };
}

function same(a: ResidenceState | undefined, b: ResidenceState | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const show = (s: ResidenceState | undefined) =>
  s ? JSON.stringify({ ...s, dwellings: `${s.dwellings.length}: ${s.dwellings.slice(0, 6).join(' ')}${s.dwellings.length > 6 ? ' …' : ''}` }) : 'absent';

/** Names whose state differs between the model and the database (missing, extra or different). */
function differences(model: Map<string, ResidenceState>, actual: Map<string, ResidenceState>): string[] {
  const names: string[] = [];
  for (const [name, expected] of model) if (!same(expected, actual.get(name))) names.push(name);
  for (const name of actual.keys()) if (!model.has(name)) names.push(name);
  return names;
}

// ---------------------------------------------------------------------------------------------------------------
// Checks after a kill

const latestVersions = migrations.map((m) => m.version);

function healthProblems(db: Database.Database): string[] {
  const problems: string[] = [];
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
  if (integrity.join() !== 'ok') problems.push(`integrity_check: ${integrity.slice(0, 5).join('; ')}`);
  const foreignKeys = db.pragma('foreign_key_check') as unknown[];
  if (foreignKeys.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(foreignKeys.slice(0, 5))}`);
  const orphans = db.prepare('SELECT COUNT(*) AS n FROM dwelling WHERE residence_id NOT IN (SELECT id FROM residence)').get() as { n: number };
  if (orphans.n > 0) problems.push(`${orphans.n} dwellings without their residence`);
  const versions = (db.prepare('SELECT version FROM schema_migration ORDER BY version').all() as { version: number }[]).map((r) => r.version);
  if (versions.join() !== latestVersions.join()) problems.push(`migrations recorded: [${versions}], expected [${latestVersions}]`);
  return problems;
}

/**
 * Automatic backups (at start, before migrations) may be cut by a kill too: every file the app lists as a backup must
 * be a sound database (checked once each; `checked` carries them over between rounds).
 */
function backupProblems(dataDir: string, checked: Set<string>): string[] {
  const problems: string[] = [];
  for (const backup of listBackups(backupsFolder(dataDir))) {
    if (checked.has(backup.file)) continue;
    checked.add(backup.file);
    try {
      const db = new Database(backup.file, { readonly: true, fileMustExist: true });
      try {
        const integrity = db.pragma('integrity_check', { simple: true });
        if (integrity !== 'ok') problems.push(`backup ${backup.name}: integrity_check ${String(integrity)}`);
      } finally {
        db.close();
      }
    } catch (error) {
      problems.push(`backup ${backup.name}: ${(error as Error).message}`);
    }
  }
  return problems;
}

/** Audit entries of the residence writes, per method (the same keys, in the same order, as Model.committed). */
function auditCounts(db: Database.Database): Record<string, number> {
  const count = db.prepare('SELECT COUNT(*) AS n FROM audit_log WHERE method = ?');
  return Object.fromEntries(Object.values(METHOD_OF).map((m) => [m, (count.get(m) as { n: number }).n]));
}

/** The writer's lines, split into acknowledged writes and the one write that may have been in flight. */
function acknowledged(lines: WriterLine[]): { acks: Extract<WriterLine, { t: 'ack' }>[]; inFlight: Extract<WriterLine, { t: 'intent' }> | null; protocol: string[] } {
  const acks: Extract<WriterLine, { t: 'ack' }>[] = [];
  const protocol: string[] = [];
  let inFlight: Extract<WriterLine, { t: 'intent' }> | null = null;
  for (const line of lines) {
    if (line.t === 'intent') {
      if (inFlight) protocol.push(`intent ${line.k} while ${inFlight.k} was not acknowledged`);
      inFlight = line;
    } else if (line.t === 'ack') {
      if (!inFlight || inFlight.k !== line.k) protocol.push(`ack ${line.k} without its intent`);
      inFlight = null;
      acks.push(line);
    }
  }
  return { acks, inFlight, protocol };
}

/** A connection to the reopened backend, signed in as the writer's administrator (set up if no writer got that far). */
async function connectAdmin(backend: Backend): Promise<Connection> {
  const connection = backend.connect();
  await signIn(connection);
  return connection;
}

async function invokeOk(connection: Connection, method: string, input: unknown): Promise<unknown> {
  const result = await connection.invoke(method, input);
  if (!result.ok) throw new Error(`${method} refused after reopening: ${JSON.stringify(result.error)}`);
  return result.data;
}

// ---------------------------------------------------------------------------------------------------------------

function pickPlan(random: Random, round: number): KillPlan {
  if (round === 0) return { after: 'opening', us: random.int(2000, 12_000) }; // the very first start: open, migrations
  const roll = random.next();
  if (roll < 0.1) return { after: 'spawn', ms: random.int(0, 300) };
  if (roll < 0.25) return { after: 'opening', us: random.int(0, 15_000) };
  if (roll < 0.6) return { after: 'ack', n: random.int(1, 60) };
  return { after: 'ready', ms: random.int(0, 60) };
}

/**
 * Keeps the data folder of a failed run for inspection, removes it otherwise. An unexpected error (not one of the
 * assertions, which carry it already) is prefixed with where the run was, so that it can be replayed too.
 */
async function inDataFolder(work: (root: string) => Promise<void>, where: () => string): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'voisinage-crash-'));
  try {
    await work(root);
  } catch (error) {
    if (error instanceof Error) {
      if (!error.message.includes('replay:')) error.message = `${where()}: ${error.message}\nreplay: ${REPLAY}`;
      error.message += `\n(data kept in ${root})`;
    }
    throw error;
  }
  rmSync(root, { recursive: true, force: true });
}

describe('crash safety: SIGKILL during writes', () => {
  it(
    `keeps every acknowledged write and a sound database through ${ROUNDS} kills (seed ${SEED})`,
    { timeout: 60_000 + ROUNDS * 3_000 },
    async () => {
      const random = seededRandom(SEED);
      const model = new Model();
      const stats = { acked: 0, inFlightKept: 0, inFlightLost: 0, noInFlight: 0, modes: {} as Record<string, number> };
      const usedSeeds = new Set<number>();
      const checkedBackups = new Set<string>();
      let where = `seed=${SEED}`;

      await inDataFolder(async (dataDir) => {
        for (let round = 0; round < ROUNDS; round++) {
          let childSeed: number;
          do childSeed = random.int(0, 2 ** 31 - 1);
          while (usedSeeds.has(childSeed));
          usedSeeds.add(childSeed);
          const plan = pickPlan(random, round);
          stats.modes[plan.after] = (stats.modes[plan.after] ?? 0) + 1;
          where = `seed=${SEED} round=${round} writer seed=${childSeed} kill ${describePlan(plan)}`;
          const fail: (message: string) => never = (message) => expect.fail(`${where}: ${message}\nreplay: ${REPLAY}`);

          const run = await runWriter(dataDir, childSeed, plan);
          if (run.signal !== 'SIGKILL') fail(`the writer ended by itself (code ${run.code}, signal ${run.signal}): ${run.stderr.slice(0, 2000)}`);
          if (run.hung) fail(`the writer did not reach its kill point within 20 s: ${run.stderr.slice(0, 2000)}`);
          const { acks, inFlight, protocol } = acknowledged(run.lines);
          if (protocol.length > 0) fail(`writer protocol: ${protocol.join('; ')}`);

          // Apply the acknowledged writes to the model, checking the counts the backend answered at the time.
          for (const ack of acks) {
            const { name, state } = model.after(ack, ack.residenceId);
            if (state.dwellings.length !== ack.dwellingCount) {
              fail(`ack ${ack.k} (${ack.op}) answered ${ack.dwellingCount} dwellings, the model expects ${state.dwellings.length}`);
            }
            model.commit(ack, name, state);
          }
          stats.acked += acks.length;

          // Reopen through the real open sequence: quick_check, migration check, WAL. It refuses a damaged file.
          let backend: Backend;
          try {
            backend = createBackend({ dataDir, checkOutputs: true });
          } catch (error) {
            return fail(`createBackend refused the database after the kill: ${(error as Error).message} ${JSON.stringify((error as { problems?: unknown }).problems ?? '')}`);
          }
          try {
            const db = new Database(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
            let actual: Map<string, ResidenceState>;
            let audited: Record<string, number>;
            try {
              const health = [...healthProblems(db), ...backupProblems(dataDir, checkedBackups)];
              if (health.length > 0) fail(health.join('; '));
              const read = readState(db);
              if (read.problems.length > 0) fail(read.problems.slice(0, 5).join('; '));
              actual = read.state;
              audited = auditCounts(db);
            } finally {
              db.close();
            }

            // The database must be the model, or the model plus the whole in-flight write, nothing in between.
            const diff = differences(model.byName, actual);
            const createdId = inFlight?.op === 'create' ? (actual.get(inFlight.name)?.id ?? -1) : -1;
            const whole = inFlight ? model.after(inFlight, createdId) : null;
            const unexplained = diff.filter((name) => !(whole && name === whole.name && same(whole.state, actual.get(name))));
            if (unexplained.length > 0) {
              const explain = (name: string) => {
                const expected = model.byName.get(name);
                const found = actual.get(name);
                const flight = whole?.name === name ? ` (the in-flight ${inFlight!.op}, intent ${inFlight!.k}, applied whole would give ${show(whole.state)})` : '';
                if (!expected) return `« ${name} » was never acknowledged, found ${show(found)}${flight}`;
                if (!found) return `acknowledged residence « ${name} » (id ${expected.id}) is missing${flight}`;
                return `« ${name} »: acknowledged ${show(expected)}, found ${show(found)}${flight}`;
              };
              fail(`the database is not the acknowledged writes${inFlight ? ' plus or minus the whole in-flight write' : ''} ` +
                `(${unexplained.length} residences differ): ${unexplained.slice(0, 3).map(explain).join('; ')}`);
            }
            if (whole && diff.includes(whole.name)) {
              model.commit(inFlight!, whole.name, whole.state);
              stats.inFlightKept++;
            } else if (inFlight) stats.inFlightLost++;
            else stats.noInFlight++;

            // Every committed write has its audit entry, and no entry is left by a write that did not commit.
            if (JSON.stringify(audited) !== JSON.stringify(model.committed)) {
              fail(`audit entries per method ${JSON.stringify(audited)}, committed writes ${JSON.stringify(model.committed)}`);
            }

            // The backend itself reads back what was acknowledged this round.
            const connection = await connectAdmin(backend);
            const touched = new Set(acks.map((ack) => ack.residenceId));
            for (const id of touched) {
              const expected = model.residence(id);
              const detail = (await invokeOk(connection, 'residences.get', { id })) as { dwellingCount: number; archivedAt: string | null };
              if (detail.dwellingCount !== expected.dwellings.length || (detail.archivedAt !== null) !== expected.archived) {
                fail(`residences.get ${id} answers ${detail.dwellingCount} dwellings, archived=${detail.archivedAt !== null}; acknowledged: ${show(expected)}`);
              }
            }
            const listed = (await invokeOk(connection, 'residences.list', { includeArchived: true, limit: 1 })) as { total: number };
            if (listed.total !== model.byName.size) fail(`residences.list counts ${listed.total} residences, the model ${model.byName.size}`);
          } finally {
            backend.close();
          }
        }
      }, () => where);

      console.info(
        `crash safety: seed ${SEED}, ${ROUNDS} kills (${Object.entries(stats.modes).map(([k, v]) => `${v} after ${k}`).join(', ')}), ` +
          `${stats.acked} acknowledged writes all found; in-flight write committed ${stats.inFlightKept}×, ` +
          `not committed ${stats.inFlightLost}×, none in flight ${stats.noInFlight}×; ` +
          `${model.byName.size} residences, ${[...model.byName.values()].reduce((n, r) => n + r.dwellings.length, 0)} dwellings at the end`,
      );
      expect(stats.acked).toBeGreaterThan(0);
    },
  );

  it(
    `survives ${STARTUP_ROUNDS} kills during the very first start (open sequence and migrations) (seed ${SEED})`,
    { timeout: 30_000 + STARTUP_ROUNDS * 3_000 },
    async () => {
      const random = seededRandom(SEED ^ 0x5eed);
      // Tables each migration creates: a migration is applied whole (its tables and its record) or not at all.
      const tablesOf = migrations.map((m) => ({
        version: m.version,
        tables: [...m.sql.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?(\w+)"?/gi)].map((match) => match[1]!),
      }));
      const outcomes: Record<string, number> = {};
      let where = `seed=${SEED}`;

      await inDataFolder(async (root) => {
        for (let round = 0; round < STARTUP_ROUNDS; round++) {
          const dataDir = join(root, `start-${round}`);
          const plan: KillPlan = random.next() < 0.1 ? { after: 'spawn', ms: random.int(150, 350) } : { after: 'opening', us: random.int(0, 15_000) };
          where = `seed=${SEED} startup round=${round} kill ${describePlan(plan)}`;
          const fail: (message: string) => never = (message) => expect.fail(`${where}: ${message}\nreplay: ${REPLAY}`);

          const run = await runWriter(dataDir, random.int(0, 2 ** 31 - 1), plan);
          if (run.signal !== 'SIGKILL') fail(`the writer ended by itself (code ${run.code}, signal ${run.signal}): ${run.stderr.slice(0, 2000)}`);
          if (run.hung) fail(`the writer did not reach its kill point within 20 s: ${run.stderr.slice(0, 2000)}`);
          const file = join(dataDir, DATABASE_FILE_NAME);

          // What the kill left, read before the backend completes it (a plain connection: it rolls back a hot journal
          // or recovers the WAL, exactly as any later open would).
          let outcome = 'no file';
          if (existsSync(file)) {
            const db = new Database(file, { fileMustExist: true });
            try {
              const integrity = db.pragma('integrity_check', { simple: true });
              if (integrity !== 'ok') fail(`integrity_check after the kill: ${integrity}`);
              const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
              const recorded = tables.has('schema_migration')
                ? new Set((db.prepare('SELECT version FROM schema_migration').all() as { version: number }[]).map((r) => r.version))
                : new Set<number>();
              for (const { version, tables: created } of tablesOf) {
                const present = created.filter((t) => tables.has(t));
                if (recorded.has(version) ? present.length !== created.length : present.length > 0) {
                  fail(`migration ${version} half applied: recorded=${recorded.has(version)}, tables present [${present}] of [${created}]`);
                }
              }
              const userVersion = db.pragma('user_version', { simple: true }) as number;
              if (userVersion !== Math.max(0, ...recorded)) fail(`user_version ${userVersion} but migrations recorded [${[...recorded]}]`);
              outcome = recorded.size > 0 ? `${recorded.size} migration(s) applied` : tables.size > 0 ? 'tracking table only' : 'empty file';
            } finally {
              db.close();
            }
          }
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;

          // The next start completes the migrations and the database takes writes.
          let backend: Backend;
          try {
            backend = createBackend({ dataDir, checkOutputs: true });
          } catch (error) {
            return fail(`createBackend refused the database after the kill: ${(error as Error).message}`);
          }
          try {
            const created = (await invokeOk(await connectAdmin(backend), 'residences.create', {
              name: 'Les Tilleuls',
              address: '3 allée des Tilleuls',
              postcode: '80000',
              city: 'Amiens',
              dwellings: [{ internalId: 'TIL-1', typology: 'T3', floor: 1 }],
            })) as { id: number; dwellingCount: number };
            expect(created.dwellingCount, where).toBe(1);
            const db = new Database(file, { readonly: true });
            try {
              const problems = [...healthProblems(db), ...backupProblems(dataDir, new Set())];
              if (problems.length > 0) fail(problems.join('; '));
            } finally {
              db.close();
            }
          } finally {
            backend.close();
          }
        }
      }, () => where);

      console.info(`crash safety at first start: seed ${SEED}, ${STARTUP_ROUNDS} kills; left behind: ${JSON.stringify(outcomes)}`);
    },
  );
});
