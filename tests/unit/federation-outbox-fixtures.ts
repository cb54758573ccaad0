import Database from 'better-sqlite3';
import { onTestFinished } from 'vitest';
import { SyncDb } from '../../db/query.ts';
import type { Backend, Connection } from '../../src-main/core/backend.ts';
import { buildExportBundle } from '../../src-main/federation/export/bundle.ts';
import { insertExport } from '../../src-main/federation/outbox/store.ts';
import type { OutboxOptions } from '../../src-main/federation/outbox/worker.ts';
import { call, newBackend, tempDir } from './helpers.ts';

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
  const backend = await newBackend(dataDir, { clock: { now: () => now }, outbox });
  // The export names the office: it refuses to leave without it.
  await call(backend, 'settings.saveOffice', { name: 'Office de test', legalForm: 'oph', siren: '732829320' });
  // The worker's start-up look at the outbox runs on the next turn of the event loop: let it pass first.
  await new Promise((resolve) => setTimeout(resolve, 5));
  const sqlite = new Database(backend.databaseFile);
  onTestFinished(() => {
    sqlite.close();
  });
  return {
    backend,
    admin: backend,
    db: new SyncDb(sqlite),
    now: () => now.toISOString(),
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

/** Queues the office's real export of 2025 (up to lastDay of December) straight into the database, as enqueue does once the preview is checked. */
export function queueExport(o: Office, url: string, lastDay = 31): number {
  const bundle = buildExportBundle(o.db, { from: '2025-01-01', to: `2025-12-${lastDay}` }, o.now());
  return insertExport(o.db, { bundle, status: 'queued', endpointUrl: url, userId: null, now: o.now() });
}
