import { rmSync } from 'node:fs';
import { type BackupInfo, listBackups, newestFirst } from './backup.ts';

/**
 * Rotation policy (after Actual Budget: a few from today, one a day, a bounded total).
 *
 * Kept, the rest deleted:
 * 1. today (the local calendar day of `now`, and any backup dated later, should the PC clock have been wrong): the
 *    `keepToday` newest;
 * 2. before today: the newest backup of each of the `keepDays` most recent days THAT HAVE a backup. Days without
 *    backups do not count, so an office closed for three weeks in August still finds its last days of July on
 *    return, instead of the rotation at the first start-up wiping every backup but today's;
 * 3. whatever their age and the policy: the newest backup of all (whatever the settings, never zero backups), the
 *    newest 'avant-migration' backup (the only way back to the data as the previous version of Voisinage had it)
 *    and the newest 'avant-restauration' backup (the undo of a restore, which may be noticed weeks later). Older
 *    backups of those kinds follow rules 1 and 2 like any other;
 * 4. at most `maxTotal` in all: beyond it, the oldest of rules 1 and 2 go first; rule 3 backups are never removed
 *    by this bound.
 *
 * Only files named as backups are ever considered: the raw copies of a damaged database (`endommagee-…`) are never
 * deleted by the rotation. With the default policy rule 4 does not bite (3 + 14 + 2 = 19 ≤ 20); it bounds
 * configured policies.
 */
export interface RotationPolicy {
  keepToday: number;
  keepDays: number;
  maxTotal: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { keepToday: 3, keepDays: 14, maxTotal: 20 };

/** The newest backup of each of these reasons is always kept (rule 3). */
export const ALWAYS_KEEP_NEWEST_OF: readonly string[] = ['avant-migration', 'avant-restauration'];

/** Days since an epoch, by the local calendar (DST-proof: computed from the local date, not from milliseconds). */
function localDay(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);
}

type Rotatable = Pick<BackupInfo, 'file' | 'reason' | 'createdAt'>;

/** A pure decision: which of `backups` (any order) to delete at `now`. Returned newest first. */
export function chooseBackupsToDelete<T extends Rotatable>(
  backups: readonly T[],
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION,
): T[] {
  const sorted = [...backups].sort(newestFirst);
  const today = localDay(now);
  const kept = new Set<T>();
  const protectedOnes = new Set<T>();

  let keptToday = 0;
  const daysKept = new Set<number>();
  for (const backup of sorted) {
    const day = localDay(new Date(backup.createdAt));
    if (day >= today) {
      if (keptToday < policy.keepToday) {
        kept.add(backup);
        keptToday++;
      }
    } else if (!daysKept.has(day) && daysKept.size < policy.keepDays) {
      kept.add(backup);
      daysKept.add(day);
    }
  }
  if (sorted[0]) protectedOnes.add(sorted[0]);
  for (const reason of ALWAYS_KEEP_NEWEST_OF) {
    const newest = sorted.find((backup) => backup.reason === reason);
    if (newest) protectedOnes.add(newest);
  }

  const removable = sorted.filter((backup) => kept.has(backup) && !protectedOnes.has(backup));
  let total = new Set([...kept, ...protectedOnes]).size;
  while (total > policy.maxTotal && removable.length > 0) {
    kept.delete(removable.pop()!);
    total--;
  }
  return sorted.filter((backup) => !kept.has(backup) && !protectedOnes.has(backup));
}

export interface RotationResult {
  deleted: string[];
  /** Files that could not be deleted (open elsewhere, read-only): reported, never thrown. */
  failed: { file: string; error: string }[];
}

/** Applies the policy to the backups of `folder`. Never throws: a failed rotation must not fail a backup. */
export function rotateBackups(folder: string, now: Date, policy: RotationPolicy = DEFAULT_ROTATION): RotationResult {
  const result: RotationResult = { deleted: [], failed: [] };
  for (const backup of chooseBackupsToDelete(listBackups(folder), now, policy)) {
    try {
      rmSync(backup.file, { force: true });
      result.deleted.push(backup.file);
    } catch (error) {
      result.failed.push({ file: backup.file, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}
