import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { Migration } from './migrations/index.ts';

export class DatabaseTooNewError extends Error {
  readonly code = 'DATABASE_TOO_NEW';
  constructor(found: number, known: number) {
    super(
      `Cette base de données vient d'une version plus récente de Voisinage (schéma ${found}, ` +
        `cette version connaît le schéma ${known}). Installez la dernière version de Voisinage ; ` +
        `la base n'a pas été modifiée.`,
    );
  }
}

export class MigrationTamperedError extends Error {
  readonly code = 'MIGRATION_CHECKSUM';
  constructor(version: number) {
    super(
      `La migration ${version} déjà appliquée à cette base ne correspond pas à celle de cette version de ` +
        `Voisinage. Contactez le support ; la base n'a pas été modifiée.`,
    );
  }
}

export function checksumOf(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}

interface AppliedMigration {
  version: number;
  checksum: string;
}

/** Reads what was applied without writing anything, so that a refused database is left byte for byte intact. */
function appliedMigrations(sqlite: Database.Database): AppliedMigration[] {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'").get();
  if (!table) return [];
  return sqlite.prepare('SELECT version, checksum FROM schema_migration ORDER BY version').all() as AppliedMigration[];
}

export interface MigrationPlan {
  pending: Migration[];
  /** true when the database has no migration yet (a brand-new file). */
  fresh: boolean;
}

/** Checks the applied migrations against the known list, and refuses a newer or altered database. */
export function planMigrations(sqlite: Database.Database, known: readonly Migration[]): MigrationPlan {
  const applied = appliedMigrations(sqlite);
  const latestKnown = known.at(-1)?.version ?? 0;
  const latestApplied = applied.at(-1)?.version ?? 0;
  if (latestApplied > latestKnown) throw new DatabaseTooNewError(latestApplied, latestKnown);
  for (const row of applied) {
    const migration = known.find((m) => m.version === row.version);
    if (!migration || checksumOf(migration) !== row.checksum) throw new MigrationTamperedError(row.version);
  }
  const appliedVersions = new Set(applied.map((row) => row.version));
  return { pending: known.filter((m) => !appliedVersions.has(m.version)), fresh: applied.length === 0 };
}

/** Applies each pending migration in its own transaction, recording its checksum. */
export function applyMigrations(sqlite: Database.Database, pending: Migration[], now: Date): void {
  sqlite.exec(`CREATE TABLE IF NOT EXISTS schema_migration (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const record = sqlite.prepare(
    'INSERT INTO schema_migration (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)',
  );
  for (const migration of pending) {
    sqlite.transaction(() => {
      sqlite.exec(migration.sql);
      record.run(migration.version, migration.name, checksumOf(migration), now.toISOString());
      sqlite.pragma(`user_version = ${migration.version}`);
    })();
  }
}
