import { join } from 'node:path';
import type { Logger } from '../core/logger.ts';
import { loadUpdatePublicKey, updatePublicKeyPath } from '../updates/public-key.ts';
import { createUpdater } from './updater.ts';
import { type FetchLike, installerRunner, type SpawnLike, signatureFetcher } from './updater-runner.ts';
import { scheduleUpdateChecks, type TimersLike } from './updater-schedule.ts';
import type { AutoUpdaterLike, LastCheckStore, Updater } from './updater-types.ts';

/*
 * Puts the updater together for app.ts: the office's public key from resources/, the staging folder in userData,
 * the production installer runner and signature fetcher, and the daily check (installed app only).
 */

/** What main.ts hands over: electron-updater's autoUpdater (lazily: creating it touches Electron), spawn and fetch. */
export interface UpdaterWiring {
  autoUpdater: () => AutoUpdaterLike;
  spawn: SpawnLike;
  fetch: FetchLike;
}

interface StartUpdaterOptions {
  wiring: UpdaterWiring;
  /** Folder of the built main script (out/main): resources/ is two levels up. */
  mainDir: string;
  /** app.getPath('userData'). */
  userDataPath: string;
  /** app.isPackaged: automatic checks only in the installed app. */
  packaged: boolean;
  platform: NodeJS.Platform;
  /** app.quit(), once an installer chosen as a file has started. */
  quit(): void;
  currentVersion: string;
  /** The feed address from the office's settings. */
  feedUrl: string | null;
  isBusy(): boolean;
  beforeInstall(): Promise<void>;
  lastCheck?: LastCheckStore;
  logger?: Logger;
  timers?: TimersLike;
}

/** Name of the folder, in userData, where an installer chosen as a file is copied and verified. */
export const STAGING_FOLDER_NAME = 'mises-a-jour';

export function startUpdater(options: StartUpdaterOptions): { updater: Updater; stop(): void } {
  const publicKey = loadUpdatePublicKey(updatePublicKeyPath(options.mainDir));
  if (!publicKey) options.logger?.error('update public key missing or invalid: updates are refused');
  const updater = createUpdater({
    autoUpdater: options.wiring.autoUpdater(),
    currentVersion: options.currentVersion,
    publicKey,
    feedUrl: options.feedUrl,
    isBusy: options.isBusy,
    beforeInstall: options.beforeInstall,
    runInstaller: installerRunner({ spawn: options.wiring.spawn, quit: options.quit, platform: options.platform }),
    fetchSignature: signatureFetcher(options.wiring.fetch),
    stagingDir: join(options.userDataPath, STAGING_FOLDER_NAME),
    lastCheck: options.lastCheck,
    logger: options.logger,
  });
  const stop = options.packaged
    ? scheduleUpdateChecks(updater, { timers: options.timers, logger: options.logger })
    : () => undefined;
  return { updater, stop };
}
