import type { SyncDb } from '../../db/query.ts';

/**
 * An erasure must leave nothing readable in the database files, not only in the tables:
 * - secure_delete makes SQLite overwrite deleted content and freed pages with zeros (off by default);
 * - the search index (FTS5) keeps deleted words in its segments until they are merged: 'optimize' rewrites them
 *   (about 30 ms for 50,000 people on these machines);
 * - free pages and the unused space of pages keep what earlier writes left there: VACUUM, once committed, rewrites
 *   the file, and a TRUNCATE checkpoint empties the WAL file.
 * Backups taken before the erasure keep the person until the rotation removes them (see README).
 */
export function withSecureDelete<T>(db: SyncDb, work: () => T): T {
  const previous = db.sqlite.pragma('secure_delete', { simple: true }) as number;
  db.sqlite.pragma('secure_delete = ON');
  try {
    return work();
  } finally {
    db.sqlite.pragma(`secure_delete = ${previous ? 'ON' : 'OFF'}`);
  }
}

/** Merges the search index so that the words of erased people leave its pages (inside the erasure's transaction). */
export function compactSearchIndex(db: SyncDb): void {
  // An FTS5 command: not a query Kysely can build.
  db.sqlite.prepare("INSERT INTO person_search(person_search) VALUES ('optimize')").run();
}

/**
 * Once the erasure is committed (outside any transaction): VACUUM rebuilds the file, so that no free page or unused
 * corner of a page keeps what older writes left there (secure_delete only zeroes what is deleted while it is on);
 * then a TRUNCATE checkpoint empties the WAL file. VACUUM takes about 80 ms per 10 Mo of database here; an erasure
 * is rare and confirmed by an administrator.
 */
export function rewriteFiles(db: SyncDb): void {
  db.sqlite.exec('VACUUM');
  db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
}
