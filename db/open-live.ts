import type Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { backupDatabase } from './backup.ts';
import { backupsFolderOf, liveDatabaseFile } from './backup-name.ts';
import { applyMigrations, planMigrations } from './migrate.ts';
import { migrations } from './migrations/index.ts';
import { enableWal, openDatabase } from './open.ts';

/**
 * The open sequence of the office's database: open and check it (nothing written yet), refuse a newer or altered
 * one, switch to WAL, back up before migrating an existing database, migrate. `fresh` tells a brand-new file.
 */
export function openLiveDatabase(dataDir: string, now: Date): { sqlite: Database.Database; fresh: boolean } {
  mkdirSync(dataDir, { recursive: true });
  const sqlite = openDatabase(liveDatabaseFile(dataDir));
  try {
    const plan = planMigrations(sqlite, migrations);
    enableWal(sqlite);
    if (plan.pending.length > 0 && !plan.fresh) backupDatabase(sqlite, backupsFolderOf(dataDir), 'avant-migration', now);
    applyMigrations(sqlite, plan.pending, now);
    return { sqlite, fresh: plan.fresh };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
