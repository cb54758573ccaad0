import Database from 'better-sqlite3';

export interface OpenedDatabase {
  sqlite: Database.Database;
  /** 'ok', or the first problems `PRAGMA quick_check` reported. */
  health: string[];
}

/**
 * Opens the database file with the settings that keep acknowledged writes safe on a PC switched off at the wall:
 * WAL journal, synchronous=FULL, foreign keys, and a busy timeout for a second reader.
 */
export function openDatabase(file: string): OpenedDatabase {
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const rows = sqlite.pragma('quick_check') as { quick_check: string }[];
    return { sqlite, health: rows.map((row) => row.quick_check) };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

export function isHealthy(health: string[]): boolean {
  return health.length === 1 && health[0] === 'ok';
}
