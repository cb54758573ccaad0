import type { SyncDb } from '../../db/query.ts';
import type { Clock } from './clock.ts';
import type { Logger } from './logger.ts';

/** What every handler receives besides its validated input. */
export interface HandlerContext {
  db: SyncDb;
  clock: Clock;
  logger: Logger;
  dataDir: string;
  /** The current time as an ISO string, as stored in the database. */
  nowIso(): string;
}
