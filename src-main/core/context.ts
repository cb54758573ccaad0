import type { SyncDb } from '../../db/query.ts';
import type { Role } from '../auth/rights.ts';
import type { Session, SessionStore } from '../auth/sessions.ts';
import type { UpdatesPort } from '../updates/port.ts';
import type { Clock } from './clock.ts';
import type { Logger } from './logger.ts';

/** The staff member behind a call. */
export interface CurrentUser {
  id: number;
  login: string;
  displayName: string;
  role: Role;
}

/** What every backend service shares, whoever calls. */
export interface BaseContext {
  db: SyncDb;
  clock: Clock;
  logger: Logger;
  dataDir: string;
  sessions: SessionStore;
  /** When the newest backup was taken (ms), kept here so that deciding on an automatic backup reads no folder. */
  lastBackup: { atMs: number | null };
  /** The updater of the installed app, attached by Electron's main process; null in browser mode and tests. */
  updates: { current: UpdatesPort | null };
  /** The current time as an ISO string, as stored in the database. */
  nowIso(): string;
}

/** What every handler receives besides its validated input. */
export interface HandlerContext extends BaseContext {
  session: Session;
  /** null only in public methods called before sign-in. */
  user: CurrentUser | null;
}
