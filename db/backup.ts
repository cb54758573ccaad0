import type Database from 'better-sqlite3';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { copyDurably, freePath, sha256OfFile, writeDurably } from './backup-files.ts';
import { backupFileName, type BackupReason, parseBackupFileName } from './backup-name.ts';

export type { BackupReason } from './backup-name.ts';

/**
 * Writes a consistent copy of the live database with VACUUM INTO (never a copy of the open file,
 * which could catch a half-written WAL). Returns the path of the copy.
 */
export function backupDatabase(sqlite: Database.Database, folder: string, label: string, now: Date): string {
  mkdirSync(folder, { recursive: true });
  const file = freePath((n) => join(folder, backupFileName(label, now, n)));
  // VACUUM INTO a partial name, then flush and rename: a backup file under its final name is always complete.
  writeDurably(file, (partial) => sqlite.prepare('VACUUM INTO ?').run(partial));
  return file;
}

export type SecondCopyResult = { ok: true; file: string } | { ok: false; error: string };

export interface BackupResult {
  file: string;
  reason: BackupReason;
  /** ISO date, the instant written in the file name. */
  createdAt: string;
  sizeBytes: number;
  /** null when no second folder was asked for. */
  secondCopy: SecondCopyResult | null;
}

export interface TakeBackupOptions {
  folder: string;
  reason: BackupReason;
  now: Date;
  /** A USB key or a network share: receives a copy of the backup file, never of the live database. */
  secondFolder?: string;
}

/**
 * Takes a backup into `folder` and, when asked, copies that backup file to `secondFolder`. A failing second copy
 * (key pulled out, share offline, read-only, full) never loses the local backup: it is reported in the result.
 * Throws only when the local backup itself cannot be written.
 */
export function takeBackup(sqlite: Database.Database, options: TakeBackupOptions): BackupResult {
  const file = backupDatabase(sqlite, options.folder, options.reason, options.now);
  return {
    file,
    reason: options.reason,
    createdAt: options.now.toISOString(),
    sizeBytes: statSync(file).size,
    secondCopy: options.secondFolder === undefined ? null : copyToSecondFolder(file, options.secondFolder),
  };
}

/** The second folder is not created when missing: a missing drive must be reported, not replaced by a local folder. */
export function copyToSecondFolder(backupFile: string, secondFolder: string): SecondCopyResult {
  const where = `« ${secondFolder} »`;
  if (resolve(secondFolder) === resolve(backupFile, '..')) {
    return { ok: false, error: `Le dossier de seconde copie ${where} est le dossier des sauvegardes lui-même.` };
  }
  const target = join(secondFolder, basename(backupFile));
  try {
    if (!statSync(secondFolder).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    copyDurably(backupFile, target);
    if (sha256OfFile(target) !== sha256OfFile(backupFile)) {
      return { ok: false, error: `La seconde copie dans ${where} ne correspond pas à la sauvegarde (support défectueux ?).` };
    }
    return { ok: true, file: target };
  } catch (error) {
    return { ok: false, error: secondCopyError(where, error) };
  }
}

function secondCopyError(where: string, error: unknown): string {
  switch ((error as { code?: unknown })?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `Le dossier de seconde copie ${where} est introuvable (clé USB débranchée ou partage réseau indisponible ?).`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Voisinage n'a pas le droit d'écrire dans le dossier de seconde copie ${where}.`;
    case 'ENOSPC':
      return `Le dossier de seconde copie ${where} est plein.`;
    default:
      return `La seconde copie dans ${where} a échoué : ${error instanceof Error ? error.message : String(error)}`;
  }
}

export interface BackupInfo {
  file: string;
  name: string;
  /** The label of the file name ('manuelle', 'avant-migration'…). */
  reason: string;
  /** ISO date read from the file name. */
  createdAt: string;
  sizeBytes: number;
}

/** The backups in `folder`, newest first; other files (damaged copies, partial files, anything else) are ignored. */
export function listBackups(folder: string): BackupInfo[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  const backups: BackupInfo[] = [];
  for (const entry of entries) {
    const parsed = entry.isFile() ? parseBackupFileName(entry.name) : null;
    if (!parsed) continue;
    const file = join(folder, entry.name);
    let sizeBytes: number;
    try {
      sizeBytes = statSync(file).size;
    } catch {
      continue; // removed meanwhile (rotation from another window)
    }
    backups.push({ file, name: entry.name, reason: parsed.reason, createdAt: parsed.createdAt.toISOString(), sizeBytes });
  }
  return backups.sort(newestFirst);
}

/** Newest first; same instant: the later name (`…-manuelle-2` after `…-manuelle`) first. */
export function newestFirst(a: { createdAt: string; file: string }, b: { createdAt: string; file: string }): number {
  const byDate = Date.parse(b.createdAt) - Date.parse(a.createdAt);
  const stem = (file: string) => file.replace(/\.sqlite$/, '');
  return byDate !== 0 ? byDate : stem(b.file).localeCompare(stem(a.file), 'en', { numeric: true });
}
