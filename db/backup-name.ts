import { join } from 'node:path';

/**
 * Names and places of backup files. A backup's name carries its date and reason, so that the list, the rotation and
 * the start-up screen need nothing but the folder: `voisinage-2025-03-10T09-15-00-000Z-manuelle.sqlite` (UTC, with
 * `-` instead of `:` and `.` so that the name is valid on Windows, and sorts by date).
 */

/** Why a backup was taken; the label is part of the file name. */
export type BackupReason =
  | 'demarrage'
  | 'manuelle'
  | 'avant-migration'
  | 'avant-restauration'
  | 'avant-import'
  | 'avant-mise-a-jour'
  | 'periodique';

export const BACKUP_REASONS: readonly BackupReason[] = [
  'demarrage',
  'manuelle',
  'avant-migration',
  'avant-restauration',
  'avant-import',
  'avant-mise-a-jour',
  'periodique',
];

/** Same values as DATABASE_FILE_NAME and backupsFolder() in src-main/core/backend.ts (a test checks it). */
export const LIVE_DATABASE_FILE_NAME = 'voisinage.sqlite';
export const BACKUPS_FOLDER_NAME = 'sauvegardes';

export function liveDatabaseFile(dataDir: string): string {
  return join(dataDir, LIVE_DATABASE_FILE_NAME);
}

export function backupsFolderOf(dataDir: string): string {
  return join(dataDir, BACKUPS_FOLDER_NAME);
}

/** `2025-03-10T09-15-00-000Z`: the instant in UTC, safe in a Windows file name. */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** The file name of a backup, `-2`, `-3`… appended by the caller when the name is taken. */
export function backupFileName(label: string, now: Date, n = 1): string {
  return `voisinage-${fileStamp(now)}-${label}${n > 1 ? `-${n}` : ''}.sqlite`;
}

const NAME = /^voisinage-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z]+(?:-[a-z]+)*?)(?:-\d+)?\.sqlite$/;

/** The date and reason of a backup file name, or null for any other file (damaged copies, partial files…). */
export function parseBackupFileName(name: string): { createdAt: Date; reason: string } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis, reason] = match;
  const createdAt = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  if (Number.isNaN(createdAt.getTime()) || !reason) return null;
  return { createdAt, reason };
}
