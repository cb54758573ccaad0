import type { Logger } from '../core/logger.ts';
import type { Updater } from './updater-types.ts';

/*
 * The automatic check: asked every hour (and once at start), it only reaches the network when the last check is a
 * day old (Updater.checkIfDue decides, with its injected clock). It only ever checks: downloading and installing wait
 * for the user.
 */

export interface TimersLike {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const POLL_INTERVAL_MS = 60 * 60 * 1000;

const nodeTimers: TimersLike = {
  setInterval: (callback, ms) => {
    const handle = setInterval(callback, ms);
    // The timer must never keep the app alive on its own.
    handle.unref?.();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

interface ScheduleOptions {
  timers?: TimersLike;
  pollMs?: number;
  logger?: Logger;
}

/** Starts the automatic checks; returns the function that stops them. */
export function scheduleUpdateChecks(updater: Pick<Updater, 'checkIfDue'>, options: ScheduleOptions = {}): () => void {
  const timers = options.timers ?? nodeTimers;
  const poll = () => {
    updater.checkIfDue().catch(() => options.logger?.warn('automatic update check failed'));
  };
  poll();
  const handle = timers.setInterval(poll, options.pollMs ?? POLL_INTERVAL_MS);
  return () => timers.clearInterval(handle);
}
