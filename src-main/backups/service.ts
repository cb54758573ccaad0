import { basename, join } from 'node:path';
import { z } from 'zod';
import { type BackupInfo, type BackupReason, listBackups, takeBackup } from '../../db/backup.ts';
import { backupsFolderOf } from '../../db/backup-name.ts';
import { rotateBackups } from '../../db/backup-rotation.ts';
import { migrations } from '../../db/migrations/index.ts';
import { openLiveDatabase } from '../../db/open-live.ts';
import { RestoreRefusedError, restoreBackup } from '../../db/restore.ts';
import type { BaseContext } from '../core/context.ts';
import { AppError } from '../core/errors.ts';
import { readSetting } from '../settings/store.ts';

export const SECOND_FOLDER_KEY = 'backups.secondFolder';
/** "Every few hours of use": a write more than this long after the newest backup takes a new one. */
export const PERIODIC_BACKUP_MS = 4 * 60 * 60_000;
/** A restart loop must not fill the folder: a start-up backup only when the newest is older than this. */
export const START_BACKUP_MS = 60 * 60_000;

export function secondFolderOf(base: BaseContext): string | null {
  return readSetting(base.db, SECOND_FOLDER_KEY, z.string().nullable(), null);
}

/** Takes a backup (and its copy to the second folder), then applies the rotation to both folders. */
export function takeAndRotate(base: BaseContext, reason: BackupReason) {
  const folder = backupsFolderOf(base.dataDir);
  const now = base.clock.now();
  const secondFolder = secondFolderOf(base) ?? undefined;
  const result = takeBackup(base.db.sqlite, { folder, reason, now, secondFolder });
  base.lastBackup.atMs = now.getTime();
  rotateBackups(folder, now);
  if (secondFolder && result.secondCopy?.ok) rotateBackups(secondFolder, now);
  if (result.secondCopy && !result.secondCopy.ok) base.logger.warn('second backup copy failed', { reason });
  return result;
}

/** The date of the newest backup in the data folder (read once, at start-up), or null when there is none. */
export function newestBackupMs(dataDir: string): number | null {
  const newest = listBackups(backupsFolderOf(dataDir))[0];
  return newest ? Date.parse(newest.createdAt) : null;
}

/**
 * Takes a backup when the newest one, or `sinceMs` if later (the start of this session of use), is older than
 * `maxAgeMs`. Called after every write: it compares two numbers and touches the disk only when a backup is due.
 */
export function backupIfDue(base: BaseContext, reason: BackupReason, maxAgeMs: number, sinceMs = 0): void {
  const reference = Math.max(base.lastBackup.atMs ?? 0, sinceMs);
  if (base.clock.now().getTime() - reference < maxAgeMs) return;
  takeAndRotate(base, reason);
}

export function findBackup(dataDir: string, name: string): BackupInfo {
  const backup = listBackups(backupsFolderOf(dataDir)).find((candidate) => candidate.name === basename(name));
  if (!backup) throw new AppError('NOT_FOUND', `Sauvegarde introuvable : « ${name} ».`);
  return backup;
}

/**
 * Replaces the live database by a backup: closes the connection, restores (which verifies the backup and keeps the
 * current state first), reopens whatever the outcome, and signs everybody out, since accounts may differ.
 */
export function restoreFromBackup(base: BaseContext, name: string) {
  const backup = findBackup(base.dataDir, name);
  const now = base.clock.now();
  base.db.sqlite.close();
  try {
    const result = restoreBackup({ dataDir: base.dataDir, backupFile: join(backupsFolderOf(base.dataDir), backup.name), now, knownMigrations: migrations });
    if (result.keptCurrentAs) base.lastBackup.atMs = now.getTime();
    return result;
  } catch (error) {
    if (error instanceof RestoreRefusedError) throw new AppError('CONFLICT', error.message);
    throw error;
  } finally {
    base.db.replaceConnection(openLiveDatabase(base.dataDir, now).sqlite);
    base.sessions.signOutAll();
  }
}
