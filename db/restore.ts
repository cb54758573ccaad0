import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { backupDatabase } from './backup.ts';
import { copyDurably, freePath, fsyncFile, fsyncFolder } from './backup-files.ts';
import { backupsFolderOf, fileStamp, liveDatabaseFile } from './backup-name.ts';
import { verifyBackup } from './backup-verify.ts';
import type { Migration } from './migrations/index.ts';

/** A restore refused before anything was changed; the message is French and meant for the user. */
export class RestoreRefusedError extends Error {
  readonly code = 'RESTORE_REFUSED';
}

export interface RestoreOptions {
  dataDir: string;
  backupFile: string;
  now: Date;
  knownMigrations: readonly Migration[];
}

export interface RestoreResult {
  restoredFrom: string;
  /** Where the replaced database was kept: a backup, or a raw copy if it was damaged; null if there was none. */
  keptCurrentAs: string | null;
  /** true when the replaced database failed quick_check and was kept as a raw `endommagee-…` copy. */
  currentWasDamaged: boolean;
  schemaVersion: number;
}

/** Files SQLite keeps beside a database: a stale one left beside the restored file would be replayed into it. */
const SIDECARS = ['-wal', '-shm', '-journal'];

/**
 * Replaces the database of `dataDir` by a backup. The database must be CLOSED (the backend closes its connection
 * before and reopens it after). In order:
 * 1. copy the backup into dataDir (a temp name) and verify that copy (integrity_check, schema): the exact bytes that
 *    will be put in place. Refused: the copy is removed and nothing else has been touched;
 * 2. keep the current state: a VACUUM INTO backup 'avant-restauration' if the current file passes quick_check,
 *    otherwise a raw copy of the file and of its -wal/-journal (`endommagee-<date>.sqlite`) that the rotation never
 *    deletes. If that fails (disk full), the restore stops: nothing is replaced without being kept first;
 * 3. remove the old -wal/-shm/-journal and rename the verified copy over the database file (atomic on one volume).
 * A restored backup from an older schema is migrated (after its own backup) when the backend opens it.
 */
export function restoreBackup(options: RestoreOptions): RestoreResult {
  const live = liveDatabaseFile(options.dataDir);
  if (resolve(options.backupFile) === resolve(live)) {
    throw new RestoreRefusedError('Ce fichier est la base de données actuelle, pas une sauvegarde.');
  }
  if (!existsSync(options.backupFile)) throw new RestoreRefusedError('Le fichier de sauvegarde est introuvable.');
  mkdirSync(options.dataDir, { recursive: true });
  const staged = freePath((n) => join(options.dataDir, `restauration-${fileStamp(options.now)}-${n}.partial`));
  try {
    copyFileSync(options.backupFile, staged);
    fsyncFile(staged);
    const verification = verifyBackup(staged, options.knownMigrations);
    if (!verification.ok) throw new RestoreRefusedError(verification.reason);

    const kept = keepCurrentState(live, backupsFolderOf(options.dataDir), options.now);
    for (const suffix of SIDECARS) rmSync(`${live}${suffix}`, { force: true });
    renameSync(staged, live);
    fsyncFolder(options.dataDir);
    return {
      restoredFrom: options.backupFile,
      keptCurrentAs: kept.file,
      currentWasDamaged: kept.damaged,
      schemaVersion: verification.schemaVersion,
    };
  } finally {
    rmSync(staged, { force: true });
    for (const suffix of ['-wal', '-shm']) rmSync(`${staged}${suffix}`, { force: true });
  }
}

/** Keeps the current database before it is replaced; throws (stopping the restore) if it cannot be kept. */
export function keepCurrentState(live: string, folder: string, now: Date): { file: string | null; damaged: boolean } {
  if (!existsSync(live)) return { file: null, damaged: false };
  if (passesQuickCheck(live)) {
    // Read-only: a connection that cannot write cannot checkpoint a WAL into a file we are about to replace.
    const sqlite = new Database(live, { readonly: true, fileMustExist: true });
    try {
      return { file: backupDatabase(sqlite, folder, 'avant-restauration', now), damaged: false };
    } finally {
      sqlite.close();
    }
  }
  mkdirSync(folder, { recursive: true });
  const aside = freePath((n) => join(folder, `endommagee-${fileStamp(now)}${n > 1 ? `-${n}` : ''}.sqlite`));
  copyDurably(live, aside);
  for (const suffix of SIDECARS) {
    if (suffix !== '-shm' && existsSync(`${live}${suffix}`)) copyDurably(`${live}${suffix}`, `${aside}${suffix}`);
  }
  return { file: aside, damaged: true };
}

/** Opens read-only and runs quick_check; any failure (not a database, corrupt, unreadable) counts as damaged. */
function passesQuickCheck(file: string): boolean {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
    return rows.length === 1 && rows[0]?.quick_check === 'ok';
  } catch {
    return false;
  } finally {
    sqlite?.close();
  }
}
