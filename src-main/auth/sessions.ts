import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock.ts';

/** One session per window (Electron) or per launch (browser mode): who is at the PC, and whether it is locked. */
export interface Session {
  readonly id: string;
  userId: number | null;
  locked: boolean;
  lastActivityMs: number;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly clock: Clock;
  private readonly lockAfterMs: () => number;

  constructor(clock: Clock, lockAfterMs: () => number) {
    this.clock = clock;
    this.lockAfterMs = lockAfterMs;
  }

  open(): Session {
    const session: Session = { id: randomUUID(), userId: null, locked: false, lastActivityMs: this.clock.now().getTime() };
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string): Session | undefined {
    return this.sessions.get(id);
  }

  /** Locks a signed-in session left idle too long; otherwise records the activity. */
  touch(session: Session): void {
    const now = this.clock.now().getTime();
    if (session.userId !== null && now - session.lastActivityMs > this.lockAfterMs()) session.locked = true;
    if (!session.locked) session.lastActivityMs = now;
  }

  /** Signs everybody out (after a restore, accounts may differ). */
  signOutAll(): void {
    for (const session of this.sessions.values()) Object.assign(session, { userId: null, locked: false });
  }

  /** Signs a user out everywhere (account disabled). */
  signOutUser(userId: number): void {
    for (const session of this.sessions.values()) {
      if (session.userId === userId) {
        session.userId = null;
        session.locked = false;
      }
    }
  }
}
