import Database from 'better-sqlite3';
import fc from 'fast-check';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { backupDatabase, type BackupInfo, listBackups, takeBackup } from '../../db/backup.ts';
import { backupFileName, backupsFolderOf, LIVE_DATABASE_FILE_NAME, parseBackupFileName } from '../../db/backup-name.ts';
import { chooseBackupsToDelete, DEFAULT_ROTATION, type RotationPolicy, rotateBackups } from '../../db/backup-rotation.ts';
import { latestGoodBackup, verifyBackup } from '../../db/backup-verify.ts';
import type { Migration } from '../../db/migrations/index.ts';
import { migrations } from '../../db/migrations/index.ts';
import { openDatabase } from '../../db/open.ts';
import { restoreBackup, RestoreRefusedError } from '../../db/restore.ts';
import { backupsFolder, DATABASE_FILE_NAME } from '../../src-main/core/backend.ts';
import { call, damagePage, leafPage, newBackend, residenceInput, sha256OfFile, tempDir, withFile } from './helpers.ts';

/**
 * Backups and restore on real SQLite files made by the real backend; no mocks. The only synthetic data are the
 * dates given to the pure rotation decision.
 */

const NOW = new Date('2025-03-10T09:15:00.000Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

/** Runs `work` on a plain better-sqlite3 connection, outside the code under test. */
/** Every row of every table, as sorted JSON: equal dumps mean the same data, whatever the pages look like. */
function dump(file: string): Record<string, string[]> {
  return withFile(file, (db) => {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all().map((row) => JSON.stringify(row)).sort()]));
  }, true);
}

/** A data folder with the demo office (12 residences) made by the real backend, closed. */
async function demoDataDir(): Promise<{ dataDir: string; live: string }> {
  const dataDir = tempDir();
  const backend = await newBackend(dataDir);
  await call(backend, 'demo.fill', {});
  backend.close();
  return { dataDir, live: join(dataDir, DATABASE_FILE_NAME) };
}

/** Takes a backup of the database of `dataDir` through the project's own open sequence. */
function backupOf(dataDir: string, reason: 'manuelle' | 'demarrage' = 'manuelle', now = NOW, secondFolder?: string) {
  const sqlite = openDatabase(join(dataDir, DATABASE_FILE_NAME));
  try {
    return takeBackup(sqlite, { folder: backupsFolder(dataDir), reason, now, secondFolder });
  } finally {
    sqlite.close();
  }
}

/** A copy of `file` with a newer migration recorded, as a newer Voisinage would leave it. */
function fromNewerVersion(file: string, folder: string): string {
  const newer = join(folder, basename(file).replace('manuelle', 'demarrage'));
  copyFileSync(file, newer);
  withFile(newer, (db) => db.prepare("INSERT INTO schema_migration VALUES (999, 'future', 'x', '2030-01-01T00:00:00Z')").run());
  return newer;
}

const listing = (folder: string) => (existsSync(folder) ? readdirSync(folder).sort() : []);

/** A folder that exists but cannot be written to (root ignores permissions: use a kernel file system there). */
function unwritableFolder(): string {
  if (process.platform === 'linux' && process.getuid?.() === 0) return '/sys';
  const folder = join(tempDir(), 'lecture-seule');
  mkdirSync(folder);
  chmodSync(folder, 0o555);
  onTestFinished(() => chmodSync(folder, 0o755));
  return folder;
}

/** Runs the rest of the test in French time (the rotation works on the local calendar). */
function inParisTime(): void {
  const tz = process.env.TZ;
  process.env.TZ = 'Europe/Paris';
  onTestFinished(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });
}

describe('backup names and listing', () => {
  it('uses the data folder layout of the backend', () => {
    expect(LIVE_DATABASE_FILE_NAME).toBe(DATABASE_FILE_NAME);
    expect(backupsFolderOf('/x/donnees')).toBe(backupsFolder('/x/donnees'));
  });

  it('names a backup by its instant (Windows-safe) and reason, and reads both back', () => {
    const name = backupFileName('avant-migration', NOW);
    expect(name).toBe('voisinage-2025-03-10T09-15-00-000Z-avant-migration.sqlite');
    expect(name).not.toMatch(/[:\\/*?"<>|]/);
    expect(parseBackupFileName(name)).toEqual({ createdAt: NOW, reason: 'avant-migration' });
    expect(parseBackupFileName(backupFileName('manuelle', NOW, 3))).toEqual({ createdAt: NOW, reason: 'manuelle' });
    for (const other of ['endommagee-2025-03-10T09-15-00-000Z.sqlite', `${name}.partial`, `${name}-wal`, 'voisinage.sqlite', 'voisinage-2025-13-45T99-99-99-999Z-manuelle.sqlite']) {
      expect(parseBackupFileName(other), other).toBeNull();
    }
  });

  it('lists the backups newest first with reason, date and size, ignoring any other file', async () => {
    const { dataDir } = await demoDataDir();
    const folder = backupsFolder(dataDir);
    expect(listBackups(folder)).toEqual([]); // no folder yet
    const first = backupOf(dataDir, 'demarrage', NOW);
    const second = backupOf(dataDir, 'manuelle', later(90));
    const sameInstant = backupOf(dataDir, 'manuelle', later(90));
    writeFileSync(join(folder, 'notes.txt'), 'x');
    writeFileSync(join(folder, 'endommagee-2025-03-10T09-15-00-000Z.sqlite'), 'x');
    writeFileSync(join(folder, `${backupFileName('manuelle', later(5))}.partial`), 'x');
    mkdirSync(join(folder, backupFileName('manuelle', later(6))));

    const listed = listBackups(folder);
    expect(listed.map((b) => b.file)).toEqual([sameInstant.file, second.file, first.file]);
    expect(basename(sameInstant.file)).toMatch(/-manuelle-2\.sqlite$/);
    expect(listed[2]).toEqual({ file: first.file, name: basename(first.file), reason: 'demarrage', createdAt: NOW.toISOString(), sizeBytes: statSync(first.file).size });
  });
});

describe('takeBackup', () => {
  it('writes a complete VACUUM INTO copy named by date and reason, while the backend keeps the database open', async () => {
    const { dataDir, live } = await demoDataDir();
    const backend = await newBackend(dataDir); // open, in WAL mode, with a write not yet checkpointed
    await call(backend, 'residences.create', residenceInput({ name: 'Résidence ouverte' }));
    const sqlite = openDatabase(live);
    const result = takeBackup(sqlite, { folder: backupsFolder(dataDir), reason: 'manuelle', now: NOW });
    sqlite.close();

    expect(result).toEqual({
      file: join(backupsFolder(dataDir), 'voisinage-2025-03-10T09-15-00-000Z-manuelle.sqlite'),
      reason: 'manuelle',
      createdAt: NOW.toISOString(),
      sizeBytes: statSync(result.file).size,
      secondCopy: null,
    });
    expect(result.sizeBytes).toBeGreaterThan(4096);
    expect(listing(backupsFolder(dataDir))).toEqual([basename(result.file)]); // no partial file left
    expect(dump(result.file)).toEqual(dump(live));
    expect(dump(result.file).residence).toHaveLength(13);
    expect(withFile(result.file, (db) => db.pragma('journal_mode', { simple: true }), true)).toBe('delete');
  });

  it('keeps backupDatabase working for the migration backup of the backend', async () => {
    const { dataDir, live } = await demoDataDir();
    const file = withFile(live, (db) => backupDatabase(db, backupsFolder(dataDir), 'avant-migration', NOW));
    expect(basename(file)).toBe('voisinage-2025-03-10T09-15-00-000Z-avant-migration.sqlite');
    expect(verifyBackup(file, migrations)).toMatchObject({ ok: true });
  });

  it('copies the backup file, not the live database, to a second folder', async () => {
    const { dataDir, live } = await demoDataDir();
    const usbKey = tempDir();
    const result = backupOf(dataDir, 'manuelle', NOW, usbKey);
    expect(result.secondCopy).toEqual({ ok: true, file: join(usbKey, basename(result.file)) });
    expect(sha256OfFile(join(usbKey, basename(result.file)))).toBe(sha256OfFile(result.file));
    expect(sha256OfFile(result.file)).not.toBe(sha256OfFile(live));
    expect(listing(usbKey)).toEqual([basename(result.file)]);
  });

  it.each([
    ['missing (USB key pulled out)', () => join(tempDir(), 'E', 'Sauvegardes'), /introuvable/],
    ['a file, not a folder', () => { const f = join(tempDir(), 'fichier'); writeFileSync(f, 'x'); return f; }, /introuvable/],
    ['not writable', unwritableFolder, /droit d'écrire/],
  ])('keeps the local backup and reports the failure when the second folder is %s', async (_label, second, message) => {
    const { dataDir } = await demoDataDir();
    const folder = second();
    const result = backupOf(dataDir, 'manuelle', NOW, folder);
    expect(result.secondCopy).toMatchObject({ ok: false, error: expect.stringMatching(message) });
    expect(verifyBackup(result.file, migrations)).toMatchObject({ ok: true });
    expect(existsSync(join(folder, basename(result.file)))).toBe(false);
    if (folder.includes('Sauvegardes')) expect(existsSync(folder)).toBe(false); // never created in place of a drive
  });
});

describe('verifyBackup', () => {
  it('accepts a sound backup with its schema version and row counts, without touching the file', async () => {
    const { dataDir } = await demoDataDir();
    const { file } = backupOf(dataDir);
    const hash = sha256OfFile(file);
    const result = verifyBackup(file, migrations);
    expect(result).toMatchObject({ ok: true, schemaVersion: migrations.at(-1)!.version, pendingMigrations: 0 });
    expect(result.ok && result.counts.residence).toBe(12);
    expect(result.ok && result.counts.dwelling).toBe(dump(file).dwelling!.length);
    expect(sha256OfFile(file)).toBe(hash);
    expect(listing(backupsFolder(dataDir))).toEqual([basename(file)]);
  });

  it('leaves no -wal/-shm beside a file in WAL mode (a copy of a closed live database)', async () => {
    const { live } = await demoDataDir();
    const folder = tempDir();
    const copy = join(folder, 'copie.sqlite');
    copyFileSync(live, copy);
    expect(readFileSync(copy)[18]).toBe(2); // the header's write version: 2 is WAL (read without opening it)
    const hash = sha256OfFile(copy);
    expect(verifyBackup(copy, migrations)).toMatchObject({ ok: true });
    expect(sha256OfFile(copy)).toBe(hash);
    expect(listing(folder)).toEqual(['copie.sqlite']);
  });

  it('refuses a backup with garbage over a data page (full integrity_check), without throwing or modifying it', async () => {
    const { dataDir } = await demoDataDir();
    const { file } = backupOf(dataDir);
    damagePage(file, leafPage(file, 'dwelling'), 2048);
    const hash = sha256OfFile(file);
    expect(verifyBackup(file, migrations)).toEqual({ ok: false, reason: expect.stringMatching(/endommagée/) });
    expect(sha256OfFile(file)).toBe(hash);
  });

  it('refuses a damaged index that quick_check does not see', async () => {
    const { dataDir } = await demoDataDir();
    const { file } = backupOf(dataDir);
    // An index entry that no longer matches its row: only the full integrity_check compares them.
    withFile(file, (db) => {
      db.unsafeMode(true);
      db.pragma('writable_schema = ON');
      db.prepare("UPDATE sqlite_master SET sql = replace(sql, 'sort_name)', 'sort_city)') WHERE name = 'residence_sort_name'").run();
    });
    expect(withFile(file, (db) => db.pragma('quick_check', { simple: true }), true)).toBe('ok');
    expect(verifyBackup(file, migrations)).toMatchObject({ ok: false, reason: expect.stringMatching(/endommagée/) });
  });

  it('refuses a backup from a newer version, or with an altered migration, in French', async () => {
    const { dataDir } = await demoDataDir();
    const { file } = backupOf(dataDir);
    const newer = fromNewerVersion(file, tempDir());
    expect(verifyBackup(newer, migrations)).toEqual({ ok: false, reason: expect.stringMatching(/version plus récente.*schéma 999/) });
    withFile(file, (db) => db.prepare("UPDATE schema_migration SET checksum = 'altered' WHERE version = 1").run());
    expect(verifyBackup(file, migrations)).toEqual({ ok: false, reason: expect.stringMatching(/ne correspond pas/) });
  });

  it('accepts a backup from an older schema and says how many migrations it lacks', async () => {
    const { dataDir } = await demoDataDir();
    const { file } = backupOf(dataDir);
    const next: Migration = { version: migrations.at(-1)!.version + 1, name: 'next', sql: 'CREATE TABLE later_table (id INTEGER);' };
    expect(verifyBackup(file, [...migrations, next])).toMatchObject({ ok: true, schemaVersion: migrations.at(-1)!.version, pendingMigrations: 1 });
  });

  it('refuses, without throwing, files that are not Voisinage backups', () => {
    const folder = tempDir();
    const garbage = join(folder, 'garbage.sqlite');
    writeFileSync(garbage, Buffer.alloc(8192, 0x5a));
    const empty = join(folder, 'empty.sqlite');
    writeFileSync(empty, '');
    const other = join(folder, 'other.sqlite');
    const plain = new Database(other);
    plain.exec('CREATE TABLE t (x)');
    plain.close();
    expect(verifyBackup(garbage, migrations)).toMatchObject({ ok: false, reason: expect.stringMatching(/endommagée/) });
    expect(verifyBackup(empty, migrations)).toEqual({ ok: false, reason: "Ce fichier n'est pas une sauvegarde de Voisinage." });
    expect(verifyBackup(other, migrations)).toEqual({ ok: false, reason: "Ce fichier n'est pas une sauvegarde de Voisinage." });
    expect(verifyBackup(folder, migrations)).toMatchObject({ ok: false });
    expect(verifyBackup(join(folder, 'absent.sqlite'), migrations)).toEqual({ ok: false, reason: 'Le fichier de sauvegarde est introuvable.' });
  });

  it('finds the latest good backup, skipping newer damaged or too new ones', async () => {
    const { dataDir } = await demoDataDir();
    const folder = backupsFolder(dataDir);
    expect(latestGoodBackup(folder, migrations)).toBeNull();
    const good = backupOf(dataDir, 'demarrage', NOW);
    const damaged = backupOf(dataDir, 'manuelle', later(60));
    damagePage(damaged.file, leafPage(damaged.file, 'dwelling'));
    const tooNew = join(folder, backupFileName('periodique', later(120)));
    copyFileSync(fromNewerVersion(good.file, tempDir()), tooNew);

    const found = latestGoodBackup(folder, migrations);
    expect(found?.backup.file).toBe(good.file);
    expect(found?.verification.ok).toBe(true);
    expect(found?.skipped.map((s) => s.backup.file)).toEqual([tooNew, damaged.file]);
    damagePage(good.file, 1);
    expect(latestGoodBackup(folder, migrations)).toBeNull();
  });
});

describe('restoreBackup', () => {
  it('brings back exactly the earlier state, and keeps the replaced state as a backup that restores it', async () => {
    const { dataDir, live } = await demoDataDir();
    const earlier = backupOf(dataDir, 'manuelle', NOW);
    const earlierRows = dump(live);

    const backend = await newBackend(dataDir);
    const created = await call(backend, 'residences.create', residenceInput({ name: 'Nouvelle résidence' }));
    const first = (await call(backend, 'residences.list', { limit: 1 })).rows[0]!;
    await call(backend, 'residences.archive', { id: first.id });
    backend.close();
    const laterRows = dump(live);
    expect(laterRows).not.toEqual(earlierRows);

    const restored = restoreBackup({ dataDir, backupFile: earlier.file, now: later(30), knownMigrations: migrations });
    expect(restored).toMatchObject({ restoredFrom: earlier.file, currentWasDamaged: false, schemaVersion: migrations.at(-1)!.version });
    expect(basename(restored.keptCurrentAs!)).toBe(backupFileName('avant-restauration', later(30)));
    expect(dump(live)).toEqual(earlierRows);
    expect(dump(restored.keptCurrentAs!)).toEqual(laterRows);
    expect(listing(dataDir).filter((f) => f.startsWith('voisinage.sqlite-') || f.endsWith('.partial'))).toEqual([]);

    // The real backend opens the restored file and sees the earlier office.
    const reopened = await newBackend(dataDir);
    const list = await call(reopened, 'residences.list', { limit: 100 });
    expect(list.total).toBe(12);
    expect(list.rows.map((r) => r.name)).not.toContain('Nouvelle résidence');
    expect((await reopened.invoke('residences.get', { id: created.id })).ok).toBe(false);
    reopened.close();

    // Undo: the kept backup brings back the later state.
    const beforeUndo = dump(live); // the earlier state, plus the sign-in of the reopened backend
    const undo = restoreBackup({ dataDir, backupFile: restored.keptCurrentAs!, now: later(60), knownMigrations: migrations });
    expect(dump(live)).toEqual(laterRows);
    expect(dump(undo.keptCurrentAs!)).toEqual(beforeUndo);
    const again = await newBackend(dataDir);
    expect((await call(again, 'residences.get', { id: created.id })).name).toBe('Nouvelle résidence');
  });

  it.each([
    ['damaged', (file: string) => (damagePage(file, leafPage(file, 'dwelling'), 2048), file), /endommagée/],
    ['from a newer version', (file: string) => fromNewerVersion(file, tempDir()), /version plus récente/],
  ])('refuses a backup %s and changes nothing', async (_label, spoil, message) => {
    const { dataDir, live } = await demoDataDir();
    const bad = spoil(backupOf(dataDir).file);
    const before = { live: sha256OfFile(live), data: listing(dataDir), backups: listing(backupsFolder(dataDir)) };

    expect(() => restoreBackup({ dataDir, backupFile: bad, now: later(1), knownMigrations: migrations })).toThrow(RestoreRefusedError);
    expect(() => restoreBackup({ dataDir, backupFile: bad, now: later(1), knownMigrations: migrations })).toThrow(message);
    expect({ live: sha256OfFile(live), data: listing(dataDir), backups: listing(backupsFolder(dataDir)) }).toEqual(before);
  });

  it('refuses a missing file and the live database itself', async () => {
    const { dataDir, live } = await demoDataDir();
    const hash = sha256OfFile(live);
    const restore = (backupFile: string) => () => restoreBackup({ dataDir, backupFile, now: NOW, knownMigrations: migrations });
    expect(restore(join(dataDir, 'absent.sqlite'))).toThrow(/introuvable/);
    expect(restore(live)).toThrow(/base de données actuelle/);
    expect(sha256OfFile(live)).toBe(hash);
  });

  it.each([
    ['garbage over its first page', (file: string) => damagePage(file, 1)],
    ['garbage over a data page', (file: string) => damagePage(file, leafPage(file, 'dwelling'))],
    ['a file that is not a database', (file: string) => writeFileSync(file, 'ceci est un document texte\n'.repeat(400))],
  ])('keeps a damaged live database (%s) byte for byte aside, then restores', async (_label, damage) => {
    const { dataDir, live } = await demoDataDir();
    const good = backupOf(dataDir);
    damage(live);
    writeFileSync(`${live}-wal`, Buffer.alloc(1000, 7)); // whatever was beside it is kept too
    const damagedBytes = readFileSync(live);

    const result = restoreBackup({ dataDir, backupFile: good.file, now: later(5), knownMigrations: migrations });
    expect(result.currentWasDamaged).toBe(true);
    expect(result.keptCurrentAs).toBe(join(backupsFolder(dataDir), 'endommagee-2025-03-10T09-20-00-000Z.sqlite'));
    expect(readFileSync(result.keptCurrentAs!).equals(damagedBytes)).toBe(true);
    expect(readFileSync(`${result.keptCurrentAs}-wal`).equals(Buffer.alloc(1000, 7))).toBe(true);
    expect(existsSync(`${live}-wal`)).toBe(false);
    expect(dump(live)).toEqual(dump(good.file));
    // A raw damaged copy is neither listed as a backup nor ever rotated away.
    expect(listBackups(backupsFolder(dataDir)).map((b) => b.file)).toEqual([good.file]);
    expect((await call(await newBackend(dataDir), 'residences.list', {})).total).toBe(12);
  });

  it('keeps the commits of a crashed session (still in the -wal) before replacing, and never replays that -wal', async () => {
    const { dataDir, live } = await demoDataDir();
    const good = backupOf(dataDir);
    // A writer that never checkpoints, copied with its -wal while open: the files a power cut leaves.
    const crashed = tempDir();
    const writer = new Database(live);
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare('UPDATE residence SET notes = ?').run('écrit juste avant la coupure');
    for (const suffix of ['', '-wal']) copyFileSync(`${live}${suffix}`, join(crashed, `${DATABASE_FILE_NAME}${suffix}`));
    writer.close();
    expect(statSync(join(crashed, `${DATABASE_FILE_NAME}-wal`)).size).toBeGreaterThan(0);

    const result = restoreBackup({ dataDir: crashed, backupFile: good.file, now: later(5), knownMigrations: migrations });
    expect(result.currentWasDamaged).toBe(false);
    expect(withFile(result.keptCurrentAs!, (db) => db.prepare('SELECT DISTINCT notes FROM residence').pluck().all(), true)).toEqual(['écrit juste avant la coupure']);
    expect(dump(join(crashed, DATABASE_FILE_NAME))).toEqual(dump(good.file));
    expect(withFile(join(crashed, DATABASE_FILE_NAME), (db) => db.pragma('integrity_check', { simple: true }), true)).toBe('ok');
  });

  it('restores into an empty data folder', async () => {
    const { dataDir } = await demoDataDir();
    const good = backupOf(dataDir);
    const fresh = join(tempDir(), 'nouveau-poste');
    const result = restoreBackup({ dataDir: fresh, backupFile: good.file, now: NOW, knownMigrations: migrations });
    expect(result.keptCurrentAs).toBeNull();
    expect(dump(join(fresh, DATABASE_FILE_NAME))).toEqual(dump(good.file));
  });
});

// ---- Rotation: a pure decision over synthetic dates, then the deletion on real files. ----

/** A local date (the rotation works on the office's calendar): day offset from NOW_LOCAL, hour, minute. */
const NOW_LOCAL = new Date(2025, 5, 20, 17, 0); // 20 June 2025, 17:00 local
const at = (daysAgo: number, hour: number, minute = 0) => new Date(2025, 5, 20 - daysAgo, hour, minute);
function synthetic(date: Date, reason = 'periodique'): BackupInfo {
  const name = backupFileName(reason, date);
  return { file: `/s/${name}`, name, reason, createdAt: date.toISOString(), sizeBytes: 1 };
}
const kept = (all: BackupInfo[], now = NOW_LOCAL, policy?: RotationPolicy) => {
  const gone = new Set(chooseBackupsToDelete(all, now, policy));
  return all.filter((b) => !gone.has(b));
};

describe('chooseBackupsToDelete', () => {
  it('deletes nothing when there is little', () => {
    expect(chooseBackupsToDelete([], NOW_LOCAL)).toEqual([]);
    const few = [synthetic(at(0, 9)), synthetic(at(1, 9)), synthetic(at(2, 9))];
    expect(chooseBackupsToDelete(few, NOW_LOCAL)).toEqual([]);
  });

  it("keeps today's 3 newest", () => {
    const today = [8, 9, 10, 11, 12, 16].map((h) => synthetic(at(0, h)));
    expect(kept(today).map((b) => b.createdAt)).toEqual([at(0, 11), at(0, 12), at(0, 16)].map((d) => d.toISOString()));
    expect(chooseBackupsToDelete(today, NOW_LOCAL).map((b) => b.createdAt)).toEqual([at(0, 10), at(0, 9), at(0, 8)].map((d) => d.toISOString()));
  });

  it('keeps the newest of each of the 14 previous days over a month of backups, and nothing older', () => {
    const all: BackupInfo[] = [];
    for (let day = 0; day < 40; day++) for (const hour of [8, 11, 14, 17]) if (day > 0 || hour < 17) all.push(synthetic(at(day, hour, 30)));
    const expected = [
      ...[14, 11, 8].map((h) => at(0, h, 30)),
      ...Array.from({ length: 14 }, (_, i) => at(i + 1, 17, 30)),
    ].map((d) => d.toISOString());
    expect(kept(all).map((b) => b.createdAt).sort()).toEqual(expected.sort());
    expect(kept(all)).toHaveLength(17);
    // The input order does not matter.
    expect(kept([...all].reverse()).map((b) => b.file).sort()).toEqual(kept(all).map((b) => b.file).sort());
  });

  it('counts days that have backups, so that a closed office does not lose its history to the rotation', () => {
    // Back after three weeks of holidays: the last backups of July are 22 to 40 days old.
    const beforeHolidays = Array.from({ length: 19 }, (_, i) => synthetic(at(22 + i, 12)));
    const all = [synthetic(at(0, 9), 'demarrage'), ...beforeHolidays];
    expect(kept(all).map((b) => b.createdAt)).toEqual([at(0, 9), ...Array.from({ length: 14 }, (_, i) => at(22 + i, 12))].map((d) => d.toISOString()));
  });

  it('uses the local calendar day: 23:30 and 00:30 are two days, across a change to summer time too', () => {
    inParisTime();
    const now = new Date(2025, 2, 31, 10, 0); // the day after the change to summer time
    const dayBefore = [synthetic(new Date(2025, 2, 30, 0, 30)), synthetic(new Date(2025, 2, 30, 23, 30))];
    const twoDaysBefore = [synthetic(new Date(2025, 2, 29, 23, 30)), synthetic(new Date(2025, 2, 29, 12, 0))];
    expect(kept([...dayBefore, ...twoDaysBefore], now).map((b) => b.createdAt)).toEqual([dayBefore[1]!.createdAt, twoDaysBefore[0]!.createdAt]);
  });

  it('treats backups dated after now (a PC clock set wrong, then fixed) as today', () => {
    const future = [1, 2, 3, 4].map((d) => synthetic(at(-d, 9)));
    expect(kept([...future, synthetic(at(0, 9))]).map((b) => b.createdAt).sort()).toEqual([at(-2, 9), at(-3, 9), at(-4, 9)].map((d) => d.toISOString()));
  });

  it("always keeps the newest 'avant-migration' and 'avant-restauration', however old; older ones follow the policy", () => {
    const all = [
      ...[9, 10, 11, 12].map((h) => synthetic(at(0, h))),
      ...Array.from({ length: 20 }, (_, i) => synthetic(at(i + 1, 12))),
      synthetic(at(60, 8), 'avant-migration'),
      synthetic(at(90, 8), 'avant-migration'),
      synthetic(at(45, 8), 'avant-restauration'),
      synthetic(at(0, 8), 'avant-restauration'), // the newest: kept though not among today's 3 newest
    ];
    const result = kept(all);
    expect(result.filter((b) => b.reason === 'avant-migration').map((b) => b.createdAt)).toEqual([at(60, 8).toISOString()]);
    expect(result.filter((b) => b.reason === 'avant-restauration').map((b) => b.createdAt)).toEqual([at(0, 8).toISOString()]);
    expect(result).toHaveLength(3 + 14 + 2);
  });

  it('bounds the total, dropping the oldest first but never the protected ones', () => {
    const all = [
      ...Array.from({ length: 30 }, (_, i) => synthetic(at(i, 12))),
      synthetic(at(100, 8), 'avant-migration'),
    ];
    const policy = { keepToday: 3, keepDays: 30, maxTotal: 10 };
    const result = kept(all, NOW_LOCAL, policy);
    expect(result).toHaveLength(10);
    expect(result.map((b) => b.createdAt)).toEqual([...Array.from({ length: 9 }, (_, i) => at(i, 12)), at(100, 8)].map((d) => d.toISOString()));
    // Even a policy that keeps nothing keeps the newest backup of all and the protected ones.
    expect(kept(all, NOW_LOCAL, { keepToday: 0, keepDays: 0, maxTotal: 0 }).map((b) => b.createdAt)).toEqual([at(0, 12), at(100, 8)].map((d) => d.toISOString()));
  });

  it('holds its invariants for any set of backups (property)', () => {
    const reasons = ['demarrage', 'manuelle', 'periodique', 'avant-import', 'avant-migration', 'avant-restauration'];
    const backup = fc.record({ minutesAgo: fc.integer({ min: -3000, max: 90 * 1440 }), reason: fc.constantFrom(...reasons) });
    const policy = fc.record({ keepToday: fc.integer({ min: 0, max: 5 }), keepDays: fc.integer({ min: 0, max: 20 }), maxTotal: fc.integer({ min: 0, max: 25 }) });
    const day = (b: BackupInfo) => new Date(b.createdAt).toDateString();
    const beforeToday = (b: BackupInfo) => new Date(b.createdAt) < new Date(2025, 5, 20); // local midnight of NOW_LOCAL
    fc.assert(
      fc.property(fc.array(backup, { maxLength: 80 }), policy, (specs, p) => {
        const all = specs.map((s, i) => ({ ...synthetic(new Date(NOW_LOCAL.getTime() - s.minutesAgo * 60_000), s.reason), file: `/s/${i}` }));
        const deleted = chooseBackupsToDelete(all, NOW_LOCAL, p);
        const keptOnes = all.filter((b) => !deleted.includes(b));
        expect(new Set(deleted).size).toBe(deleted.length);
        expect(deleted.every((b) => all.includes(b))).toBe(true);
        const newestOf = (list: BackupInfo[]) => [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file))[0];
        const protectedOnes = [...new Set([newestOf(all), ...['avant-migration', 'avant-restauration'].map((r) => newestOf(all.filter((b) => b.reason === r)))])].filter(
          (b) => b !== undefined,
        );
        for (const b of protectedOnes) expect(keptOnes).toContain(b);
        expect(keptOnes.length).toBeLessThanOrEqual(Math.max(p.maxTotal, protectedOnes.length));
        expect(keptOnes.length).toBeLessThanOrEqual(p.keepToday + p.keepDays + protectedOnes.length);
        const others = keptOnes.filter((b) => !protectedOnes.includes(b));
        const earlier = others.filter(beforeToday);
        expect(new Set(earlier.map(day)).size).toBe(earlier.length); // one a day at most before today
        expect(others.length - earlier.length).toBeLessThanOrEqual(p.keepToday);
        // Every backup deleted before today has a newer kept one on its day, or its day is beyond the days kept
        // (or the total bound removed it).
        for (const gone of deleted.filter(beforeToday)) {
          const sameDayKept = keptOnes.some((b) => day(b) === day(gone) && b.createdAt >= gone.createdAt);
          const newerDaysKept = new Set(keptOnes.filter((b) => b.createdAt > gone.createdAt && beforeToday(b)).map(day)).size;
          expect(sameDayKept || newerDaysKept >= p.keepDays || keptOnes.length >= p.maxTotal).toBe(true);
        }
        for (const gone of deleted.filter((b) => !beforeToday(b))) {
          const newerToday = keptOnes.filter((b) => !beforeToday(b) && b.createdAt >= gone.createdAt).length;
          expect(newerToday >= p.keepToday || keptOnes.length >= p.maxTotal).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('rotateBackups', () => {
  it('deletes the chosen backup files only, never damaged copies or other files', async () => {
    inParisTime();
    const { dataDir } = await demoDataDir();
    const folder = backupsFolder(dataDir);
    const sqlite = openDatabase(join(dataDir, DATABASE_FILE_NAME));
    const taken = Array.from({ length: 6 }, (_, i) => takeBackup(sqlite, { folder, reason: 'periodique', now: later(i * 60) }));
    const old = Array.from({ length: 20 }, (_, i) => takeBackup(sqlite, { folder, reason: 'demarrage', now: new Date(NOW.getTime() - (i + 1) * 86_400_000) }));
    sqlite.close();
    writeFileSync(join(folder, 'endommagee-2024-01-01T00-00-00-000Z.sqlite'), 'x');
    writeFileSync(join(folder, 'lisez-moi.txt'), 'x');

    const result = rotateBackups(folder, later(6 * 60), DEFAULT_ROTATION);
    expect(result.failed).toEqual([]);
    expect(result.deleted.sort()).toEqual([...taken.slice(0, 3), ...old.slice(14)].map((b) => b.file).sort());
    expect(listing(folder)).toEqual(
      [...taken.slice(3), ...old.slice(0, 14)].map((b) => basename(b.file)).concat('endommagee-2024-01-01T00-00-00-000Z.sqlite', 'lisez-moi.txt').sort(),
    );
    expect(rotateBackups(folder, later(6 * 60))).toEqual({ deleted: [], failed: [] });
  });
});
