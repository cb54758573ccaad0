import Database from 'better-sqlite3';
import { onTestFinished } from 'vitest';
import { SyncDb } from '../../db/query.ts';
import { type Backend, createBackend } from '../../src-main/core/backend.ts';
import type { Connection } from '../../src-main/core/backend.ts';
import type { OutboxOptions } from '../../src-main/federation/outbox/worker.ts';
import { ADMIN, call, tempDir } from './helpers.ts';

/* An office whose clock the test moves, with a second connection to its file. */

export interface Office {
  backend: Backend;
  admin: Connection;
  /** A second connection to the same file, as another process would have. */
  db: SyncDb;
  now(): string;
  advance(ms: number): void;
}

export async function office(outbox: OutboxOptions, dataDir = tempDir()): Promise<Office> {
  let now = new Date('2026-02-02T09:00:00Z');
  const backend = createBackend({ dataDir, clock: { now: () => now }, checkOutputs: true, automaticBackups: false, outbox });
  onTestFinished(() => backend.close());
  const admin = backend.connect();
  const status = await call(admin, 'auth.status', {});
  if (status.setupDone) await call(admin, 'auth.login', { login: ADMIN.login, password: ADMIN.password });
  else await call(admin, 'auth.setup', ADMIN);
  // The export names the office: it refuses to leave without it.
  await call(admin, 'settings.saveOffice', { name: 'Office de test', legalForm: 'oph', siren: '732829320' });
  // The worker's start-up look at the outbox runs on the next turn of the event loop: let it pass first.
  await new Promise((resolve) => setTimeout(resolve, 5));
  const sqlite = new Database(backend.databaseFile);
  onTestFinished(() => {
    sqlite.close();
  });
  return {
    backend,
    admin,
    db: new SyncDb(sqlite),
    now: () => now.toISOString(),
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
  };
}
