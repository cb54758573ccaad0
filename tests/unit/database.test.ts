import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseTooNewError, MigrationTamperedError } from '../../db/migrate.ts';
import type { Migration } from '../../db/migrations/index.ts';
import { migrations } from '../../db/migrations/index.ts';
import { openDatabase } from '../../db/open.ts';
import { backupsFolder, createBackend, DatabaseDamagedError, DATABASE_FILE_NAME } from '../../src-main/core/backend.ts';
import { call, damagePage, leafPage, newBackend, sha256OfFile, tempDir, withFile } from './helpers.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A data folder holding a database made by the real backend, with one residence and its dwellings. */
async function existingDataDir(): Promise<{ dataDir: string; file: string }> {
  const dataDir = tempDir();
  const backend = await newBackend(dataDir);
  await call(backend, 'demo.fill', {});
  backend.close();
  return { dataDir, file: join(dataDir, DATABASE_FILE_NAME) };
}

function appliedVersions(file: string): { version: number; checksum: string }[] {
  return withFile(file, (db) => db.prepare('SELECT version, checksum FROM schema_migration ORDER BY version').all()) as {
    version: number;
    checksum: string;
  }[];
}

describe('open sequence', () => {
  it('switches a new file to WAL through createBackend (a plain new file starts in rollback-journal mode)', async () => {
    const dataDir = tempDir();
    // The baseline, so that the assertion below can fail: SQLite's default for a new file is not WAL.
    const plain = new Database(join(dataDir, 'plain.sqlite'));
    expect(plain.pragma('journal_mode', { simple: true })).toBe('delete');
    plain.close();

    const backend = await newBackend(dataDir);
    expect(existsSync(`${backend.databaseFile}-wal`)).toBe(true);
    backend.close();
    // journal_mode=WAL is stored in the file: a separate connection sees it.
    expect(withFile(backend.databaseFile, (db) => db.pragma('journal_mode', { simple: true }))).toBe('wal');
  });

  it('gives the connection synchronous=FULL, foreign keys and a busy timeout, without writing to the file', () => {
    const sqlite = openDatabase(join(tempDir(), 'open.sqlite'));
    try {
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    } finally {
      sqlite.close();
    }
  });
});

describe('migrations', () => {
  it('applies every known migration to a fresh database, with checksums, and takes no backup of it', async () => {
    const dataDir = tempDir();
    (await newBackend(dataDir)).close();
    const file = join(dataDir, DATABASE_FILE_NAME);
    expect(appliedVersions(file)).toEqual(migrations.map((m) => ({ version: m.version, checksum: sha256(m.sql) })));
    expect(withFile(file, (db) => db.pragma('user_version', { simple: true }))).toBe(migrations.at(-1)?.version);
    expect(existsSync(backupsFolder(dataDir))).toBe(false);
  });

  it('reopens an up-to-date database as is: data kept, nothing applied twice, no backup', async () => {
    const { dataDir, file } = await existingDataDir();
    const before = appliedVersions(file);
    const backend = await newBackend(dataDir);
    expect((await call(backend, 'residences.list', {})).total).toBe(12);
    backend.close();
    expect(appliedVersions(file)).toEqual(before);
    expect(existsSync(backupsFolder(dataDir))).toBe(false);
  });

  it('refuses a database from a newer version in French and leaves it byte for byte intact', async () => {
    const { dataDir, file } = await existingDataDir();
    withFile(file, (db) => db.prepare("INSERT INTO schema_migration VALUES (999, 'future', 'x', '2030-01-01T00:00:00Z')").run());
    const hash = sha256OfFile(file);
    const files = readdirSync(dataDir).sort();

    expect(() => createBackend({ dataDir })).toThrow(DatabaseTooNewError);
    expect(() => createBackend({ dataDir })).toThrow(/plus récente/);
    expect(sha256OfFile(file)).toBe(hash);
    expect(readdirSync(dataDir).sort()).toEqual(files); // no backup, no leftover -wal/-shm
  });

  it('leaves a newer database in rollback-journal mode (a VACUUM INTO backup) intact too', async () => {
    const { dataDir, file } = await existingDataDir();
    withFile(file, (db) => {
      db.prepare("INSERT INTO schema_migration VALUES (999, 'future', 'x', '2030-01-01T00:00:00Z')").run();
      db.pragma('journal_mode = DELETE');
    });
    const hash = sha256OfFile(file);

    expect(() => createBackend({ dataDir })).toThrow(DatabaseTooNewError);
    expect(sha256OfFile(file)).toBe(hash);
    expect(withFile(file, (db) => db.pragma('journal_mode', { simple: true }))).toBe('delete');
  });

  it('refuses a database whose applied migration does not match the known one, leaving it intact', async () => {
    const { dataDir, file } = await existingDataDir();
    withFile(file, (db) => db.prepare("UPDATE schema_migration SET checksum = 'altered' WHERE version = 1").run());
    const hash = sha256OfFile(file);

    expect(() => createBackend({ dataDir })).toThrow(MigrationTamperedError);
    expect(() => createBackend({ dataDir })).toThrow(/ne correspond pas/);
    expect(sha256OfFile(file)).toBe(hash);
  });
});

/**
 * The app ships one migration so far, so a database with a pending migration cannot exist yet. To exercise
 * createBackend's "back up, then migrate" path for real, these tests substitute the migration LIST only (the real
 * migration 1 plus a synthetic migration 2); the backend, the SQL, the backup and the file are all real.
 */
describe('pending migrations on an existing database', () => {
  const KNOWN_VERSIONS = migrations.map((m) => m.version);
  const NEXT_VERSION = migrations.length + 1;

  afterEach(() => {
    vi.doUnmock('../../db/migrations/index.ts');
    vi.resetModules();
  });

  async function backendWithExtraMigration(extra: Migration): Promise<typeof createBackend> {
    vi.resetModules();
    vi.doMock('../../db/migrations/index.ts', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../db/migrations/index.ts')>();
      return { ...original, migrations: [...original.migrations, extra] };
    });
    return (await import('../../src-main/core/backend.ts')).createBackend;
  }

  const tableNames = (file: string) =>
    withFile(file, (db) => db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all());

  it('writes a backup of the unmigrated database in dataDir/sauvegardes, then applies the migration', async () => {
    const { dataDir, file } = await existingDataDir();
    const extra = { version: NEXT_VERSION, name: 'notes', sql: 'CREATE TABLE residence_note (id INTEGER PRIMARY KEY, text TEXT NOT NULL);' };
    const migratingBackend = await backendWithExtraMigration(extra);

    migratingBackend({ dataDir }).close();

    const backups = readdirSync(backupsFolder(dataDir));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/avant-migration.*\.sqlite$/);
    const backup = join(backupsFolder(dataDir), backups[0] as string);
    // The backup is the database as it was: today's migrations, its data, no trace of the new one.
    expect(appliedVersions(backup).map((m) => m.version)).toEqual(KNOWN_VERSIONS);
    expect(tableNames(backup)).not.toContain('residence_note');
    expect(withFile(backup, (db) => db.prepare('SELECT COUNT(*) FROM residence').pluck().get())).toBe(12);
    expect(withFile(backup, (db) => db.pragma('quick_check', { simple: true }))).toBe('ok');
    // The live database is migrated, with the new checksum recorded.
    expect(appliedVersions(file)).toEqual([
      ...migrations.map((m) => ({ version: m.version, checksum: sha256(m.sql) })),
      { version: NEXT_VERSION, checksum: sha256(extra.sql) },
    ]);
    expect(tableNames(file)).toContain('residence_note');
  });

  it('rolls a failing migration back entirely and keeps both the database and its backup', async () => {
    const { dataDir, file } = await existingDataDir();
    const broken = { version: NEXT_VERSION, name: 'broken', sql: 'CREATE TABLE half_done (id INTEGER); INSERT INTO no_such_table VALUES (1);' };
    const migratingBackend = await backendWithExtraMigration(broken);

    expect(() => migratingBackend({ dataDir })).toThrow(/no_such_table/);

    expect(existsSync(file)).toBe(true);
    expect(appliedVersions(file).map((m) => m.version)).toEqual(KNOWN_VERSIONS);
    expect(tableNames(file)).not.toContain('half_done');
    expect(readdirSync(backupsFolder(dataDir))).toHaveLength(1);
    // Today's version still opens it with its data.
    vi.doUnmock('../../db/migrations/index.ts');
    const backend = await newBackend(dataDir);
    expect((await call(backend, 'residences.list', {})).total).toBe(12);
  });
});

describe('damaged database', () => {
  const rootPage = (file: string, name: string) =>
    withFile(file, (db) => db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').pluck().get(name) as number);

  it('refuses a file whose data pages fail quick_check with DatabaseDamagedError, and does not modify it', async () => {
    const { dataDir, file } = await existingDataDir();
    damagePage(file, leafPage(file, 'dwelling'), 2048); // the second half: the cells of the page
    const hash = sha256OfFile(file);

    let error: unknown;
    try {
      createBackend({ dataDir });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatabaseDamagedError);
    expect((error as DatabaseDamagedError).message).toMatch(/endommagée/);
    expect((error as DatabaseDamagedError).problems.join('\n')).toMatch(/page/);
    expect(sha256OfFile(file)).toBe(hash);
    expect(existsSync(backupsFolder(dataDir))).toBe(false);
  });

  // Damage that makes quick_check (or the first pragma) throw instead of reporting is refused the same way.
  it.each([
    ['a whole leaf page of the dwelling table', (file: string) => leafPage(file, 'dwelling')],
    ['the root page of the dwelling table', (file: string) => rootPage(file, 'dwelling')],
    ['the schema_migration page', (file: string) => rootPage(file, 'schema_migration')],
    ['the first page', () => 1],
  ])('refuses a file with garbage over %s, and does not modify it', async (_label, page) => {
    const { dataDir, file } = await existingDataDir();
    damagePage(file, page(file));
    const hash = sha256OfFile(file);

    expect(() => createBackend({ dataDir })).toThrow(DatabaseDamagedError);
    expect(sha256OfFile(file)).toBe(hash);
  });
});
