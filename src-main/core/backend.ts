import { backupsFolderOf, LIVE_DATABASE_FILE_NAME, liveDatabaseFile } from '../../db/backup-name.ts';
import { migrations } from '../../db/migrations/index.ts';
import { openLiveDatabase } from '../../db/open-live.ts';
import { SyncDb } from '../../db/query.ts';
import { backupIfDue, newestBackupMs, PERIODIC_BACKUP_MS, START_BACKUP_MS, takeAndRotate } from '../backups/service.ts';
import { updatesSettings } from '../settings/store.ts';
import type { UpdatesPort } from '../updates/port.ts';
import { contract } from '../contract.ts';
import { handlers } from '../handlers.ts';
import { type Clock, systemClock } from './clock.ts';
import type { BaseContext } from './context.ts';
import { createDispatch } from './dispatch.ts';
import { type OutboxOptions, startOutboxWorker } from '../federation/outbox/worker.ts';
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
  /** Backups at start-up and every few hours of use (default true; tests of other subjects turn them off). */
  automaticBackups?: boolean;
  /** The federation outbox worker's sending options (tests: their local server's CA, a short timeout). */
  outbox?: OutboxOptions;
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
  /** true while a write is running: an update must not be installed then. */
  busy(): boolean;
  /** A backup outside any call (before installing an update). */
  backup(reason: 'avant-mise-a-jour'): void;
  /** Hands over the updater of the installed app (Electron only). */
  attachUpdates(port: UpdatesPort): void;
  readonly databaseFile: string;
  readonly dataDir: string;
}

export const DATABASE_FILE_NAME = LIVE_DATABASE_FILE_NAME;
export const backupsFolder = backupsFolderOf;

/**
 * Opens (or creates) the office's database and returns the backend: plain Node, no Electron,
 * so the same code serves the Electron window, the browser mode, the tests and the benchmarks.
 */
export function createBackend(options: BackendOptions): Backend {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const databaseFile = liveDatabaseFile(options.dataDir);
  const { sqlite, fresh } = openLiveDatabase(options.dataDir, clock.now());

  const listeners = new Set<(event: BackendEvent) => void>();
  const base: BaseContext = {
    db: new SyncDb(sqlite),
    clock,
    logger,
    dataDir: options.dataDir,
    sessions: new SessionStore(clock, () => LOCK_AFTER_MINUTES * 60_000),
    lastBackup: { atMs: newestBackupMs(options.dataDir) },
    updates: { current: null },
    nowIso: () => clock.now().toISOString(),
  };
  /** Automatic backups must never turn a successful operation into a failure: a problem is only logged. */
  const startedMs = clock.now().getTime();
  const safeBackup = (reason: 'demarrage' | 'periodique', maxAgeMs: number, sinceMs = 0) => {
    if (options.automaticBackups === false) return;
    try {
      backupIfDue(base, reason, maxAgeMs, sinceMs);
    } catch (error) {
      logger.error('automatic backup failed', { reason, error: error instanceof Error ? error.message.slice(0, 200) : 'unknown' });
    }
  };
  if (!fresh) safeBackup('demarrage', START_BACKUP_MS);
  const invoke = createDispatch(contract, handlers, base, {
    checkOutputs: options.checkOutputs,
    onWrite: (method) => {
      safeBackup('periodique', PERIODIC_BACKUP_MS, startedMs);
      listeners.forEach((listener) => listener({ type: 'changed', method }));
    },
  });
  logger.info('backend ready', { schemaVersion: migrations.at(-1)?.version ?? 0 });
  // Sends the federation exports waiting in the outbox (Electron and browser mode alike); the screens refresh.
  const outbox = startOutboxWorker(base, options.outbox, () => listeners.forEach((listener) => listener({ type: 'changed', method: 'federation.outbox' })));

  let writesInProgress = 0;
  const tracked = async (method: string, input: unknown, sessionId: string) => {
    const writes = Object.hasOwn(contract, method) && contract[method as keyof typeof contract].kind === 'write';
    if (writes) writesInProgress++;
    try {
      return await invoke(method, input, sessionId);
    } finally {
      if (writes) writesInProgress--;
    }
  };

  return {
    connect() {
      const { id } = base.sessions.open();
      return { sessionId: id, invoke: (method, input) => tracked(method, input, id) };
    },
    busy: () => writesInProgress > 0,
    backup: (reason) => void takeAndRotate(base, reason),
    attachUpdates(port) {
      base.updates.current = port;
      port.setFeedUrl(updatesSettings(base.db).feedUrl);
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => {
      outbox.stop();
      base.db.sqlite.close();
    },
    databaseFile,
    dataDir: options.dataDir,
  };
}
