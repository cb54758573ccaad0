import type Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a consistent copy of the live database with VACUUM INTO (never a copy of the open file,
 * which could catch a half-written WAL). Returns the path of the copy.
 */
export function backupDatabase(sqlite: Database.Database, folder: string, label: string, now: Date): string {
  mkdirSync(folder, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let file = join(folder, `voisinage-${stamp}-${label}.sqlite`);
  for (let n = 2; existsSync(file); n++) file = join(folder, `voisinage-${stamp}-${label}-${n}.sqlite`);
  sqlite.prepare('VACUUM INTO ?').run(file);
  return file;
}
