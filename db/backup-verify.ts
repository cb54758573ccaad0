import Database from 'better-sqlite3';
import { existsSync, rmSync, statSync } from 'node:fs';
import { type BackupInfo, listBackups } from './backup.ts';
import { DatabaseTooNewError, MigrationTamperedError, planMigrations } from './migrate.ts';
import type { Migration } from './migrations/index.ts';

export type BackupVerification =
  | {
      ok: true;
      /** The latest migration applied in the backup. */
      schemaVersion: number;
      /** Known migrations the backup lacks: applied (after an automatic backup) when the restored file is opened. */
      pendingMigrations: number;
      /** Rows per table, for the confirmation screen ("12 résidences"…). */
      counts: Record<string, number>;
    }
  | { ok: false; reason: string };

const refuse = (reason: string): BackupVerification => ({ ok: false, reason });

const DAMAGED = "La sauvegarde est endommagée (contrôle d'intégrité en échec) : elle ne peut pas être restaurée.";
const NOT_OURS = "Ce fichier n'est pas une sauvegarde de Voisinage.";

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB'));
}

/**
 * Checks that a backup can be restored by this version: a full integrity_check (not quick_check: a backup is read
 * rarely and must be sound to the last index), then its migrations against the known ones (same checksums, none
 * newer). Opens the file read-only: the file is never modified. Never throws: any problem is a French `reason`.
 */
export function verifyBackup(file: string, knownMigrations: readonly Migration[]): BackupVerification {
  try {
    if (!statSync(file).isFile()) return refuse(NOT_OURS);
  } catch {
    return refuse('Le fichier de sauvegarde est introuvable.');
  }
  // A read-only connection to a file in WAL mode creates empty -wal and -shm files beside it: removed afterwards.
  const sidecars = ['-wal', '-shm'].map((suffix) => `${file}${suffix}`).filter((sidecar) => !existsSync(sidecar));
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    return check(sqlite, knownMigrations);
  } catch (error) {
    if (isCorruption(error)) return refuse(DAMAGED);
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(`La sauvegarde n'a pas pu être vérifiée : ${detail}`);
  } finally {
    sqlite?.close();
    for (const sidecar of sidecars) {
      try {
        if (existsSync(sidecar) && (sidecar.endsWith('-shm') || statSync(sidecar).size === 0)) rmSync(sidecar);
      } catch {
        // Best effort: an empty -wal/-shm left beside a backup is harmless.
      }
    }
  }
}

function check(sqlite: Database.Database, knownMigrations: readonly Migration[]): BackupVerification {
  const problems = sqlite.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
  if (problems.length !== 1 || problems[0]?.integrity_check !== 'ok') return refuse(DAMAGED);

  const hasMigrations = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'")
    .get();
  if (!hasMigrations) return refuse(NOT_OURS);
  const versions = sqlite.prepare('SELECT version FROM schema_migration ORDER BY version').pluck().all() as number[];
  if (versions.length === 0) return refuse(NOT_OURS);

  const latest = versions.at(-1)!;
  const latestKnown = knownMigrations.at(-1)?.version ?? 0;
  if (latest > latestKnown) {
    return refuse(
      `Cette sauvegarde vient d'une version plus récente de Voisinage (schéma ${latest}, cette version connaît ` +
        `le schéma ${latestKnown}) : installez la dernière version de Voisinage pour la restaurer.`,
    );
  }
  let pending: number;
  try {
    pending = planMigrations(sqlite, knownMigrations).pending.length;
  } catch (error) {
    if (!(error instanceof DatabaseTooNewError || error instanceof MigrationTamperedError)) throw error;
    return refuse(
      "Cette sauvegarde ne correspond pas aux migrations de cette version de Voisinage (base modifiée hors de l'application ?) : " +
        'elle ne peut pas être restaurée.',
    );
  }

  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] = sqlite.prepare(`SELECT COUNT(*) FROM "${table.replaceAll('"', '""')}"`).pluck().get() as number;
  }
  return { ok: true, schemaVersion: latest, pendingMigrations: pending, counts };
}

export interface GoodBackup {
  backup: BackupInfo;
  verification: Extract<BackupVerification, { ok: true }>;
  /** Newer backups that failed verification, newest first, with the reason. */
  skipped: { backup: BackupInfo; reason: string }[];
}

/** The newest backup of `folder` that passes verifyBackup (the offer of the "damaged database" screen), or null. */
export function latestGoodBackup(folder: string, knownMigrations: readonly Migration[]): GoodBackup | null {
  const skipped: GoodBackup['skipped'] = [];
  for (const backup of listBackups(folder)) {
    const verification = verifyBackup(backup.file, knownMigrations);
    if (verification.ok) return { backup, verification, skipped };
    skipped.push({ backup, reason: verification.reason });
  }
  return null;
}
