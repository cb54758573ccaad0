import Database from 'better-sqlite3';

/** The file is not a sound SQLite database: never written to, so that the latest good backup can replace it. */
export class DatabaseDamagedError extends Error {
  readonly code = 'DATABASE_DAMAGED';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      "La base de données est endommagée (contrôle d'intégrité en échec). Elle n'a pas été modifiée : " +
        'restaurez la dernière sauvegarde valide.',
    );
    this.problems = problems;
  }
}

function isCorruptionError(error: unknown): error is Error {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB'));
}

/**
 * Opens the database file with the connection settings that keep acknowledged writes safe on a PC switched off at
 * the wall (synchronous=FULL, foreign keys, busy timeout), then runs quick_check. Nothing is written to the file here:
 * WAL is switched on by `enableWal` only once the file has been accepted.
 */
export function openDatabase(file: string): Database.Database {
  const sqlite = new Database(file);
  try {
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const health = (sqlite.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check);
    if (health.length !== 1 || health[0] !== 'ok') throw new DatabaseDamagedError(health);
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw isCorruptionError(error) ? new DatabaseDamagedError([error.message]) : error;
  }
}

/** Write-ahead log: readers never block the writer, and a commit survives a power cut once acknowledged. */
export function enableWal(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
}
