import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { backupDatabase } from '../../db/backup.ts';
import { applyMigrations, planMigrations } from '../../db/migrate.ts';
import { migrations } from '../../db/migrations/index.ts';
import { enableWal, openDatabase } from '../../db/open.ts';
import { SyncDb } from '../../db/query.ts';
import { contract } from '../contract.ts';
import { handlers } from '../handlers.ts';
import { type Clock, systemClock } from './clock.ts';
import type { BaseContext } from './context.ts';
import { createDispatch } from './dispatch.ts';
import type { Envelope } from './contract.ts';
import { SessionStore } from '../auth/sessions.ts';
import { LOCK_AFTER_MINUTES } from '../auth/handlers.ts';
import { type Logger, silentLogger } from './logger.ts';

export { DatabaseDamagedError } from '../../db/open.ts';

export interface BackendOptions {
  /** Folder holding the database file and its backups; created when missing. */
  dataDir: string;
  clock?: Clock;
  logger?: Logger;
  checkOutputs?: boolean;
}

export type BackendEvent = { type: 'changed'; method: string };

/** One caller's line to the backend: a window in Electron, a launch in browser mode, a test. */
export interface Connection {
  readonly sessionId: string;
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
}

export interface Backend {
  /** Opens a new session (signed out) and returns the connection that carries it. */
  connect(): Connection;
  /** Subscribes to backend events (a write happened...); returns the unsubscribe function. */
  on(listener: (event: BackendEvent) => void): () => void;
  close(): void;
  readonly databaseFile: string;
  readonly dataDir: string;
}

export const DATABASE_FILE_NAME = 'voisinage.sqlite';

export function backupsFolder(dataDir: string): string {
  return join(dataDir, 'sauvegardes');
}

/**
 * Opens (or creates) the office's database and returns the backend: plain Node, no Electron,
 * so the same code serves the Electron window, the browser mode, the tests and the benchmarks.
 */
export function createBackend(options: BackendOptions): Backend {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = join(options.dataDir, DATABASE_FILE_NAME);

  const sqlite = openDatabase(databaseFile);
  try {
    // Refuse a newer or altered database before anything touches the file.
    const plan = planMigrations(sqlite, migrations);
    enableWal(sqlite);
    if (plan.pending.length > 0 && !plan.fresh) {
      backupDatabase(sqlite, backupsFolder(options.dataDir), 'avant-migration', clock.now());
    }
    applyMigrations(sqlite, plan.pending, clock.now());
  } catch (error) {
    sqlite.close();
    throw error;
  }

  const listeners = new Set<(event: BackendEvent) => void>();
  const base: BaseContext = {
    db: new SyncDb(sqlite),
    clock,
    logger,
    dataDir: options.dataDir,
    sessions: new SessionStore(clock, () => LOCK_AFTER_MINUTES * 60_000),
    nowIso: () => clock.now().toISOString(),
  };
  const invoke = createDispatch(contract, handlers, base, {
    checkOutputs: options.checkOutputs,
    onWrite: (method) => listeners.forEach((listener) => listener({ type: 'changed', method })),
  });
  logger.info('backend ready', { schemaVersion: migrations.at(-1)?.version ?? 0 });

  return {
    connect() {
      const { id } = base.sessions.open();
      return { sessionId: id, invoke: (method, input) => invoke(method, input, id) };
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => sqlite.close(),
    databaseFile,
    dataDir: options.dataDir,
  };
}
