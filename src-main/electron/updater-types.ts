import type { KeyObject } from 'node:crypto';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { UpdateActionResult, UpdateSource, UpdateState } from './updater-state.ts';

/*
 * The shapes the updater works with: the part of electron-updater it drives, its options (the backend's callbacks
 * and production helpers), and what it offers to the UI.
 */

export interface UpdateInfoLike {
  version: string;
  files: ReadonlyArray<{ url: string }>;
}

/** The part of electron-updater's AppUpdater used here (its real autoUpdater satisfies it). */
export interface AutoUpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  allowDowngrade: boolean;
  allowPrerelease: boolean;
  logger: { info(message?: any): void; warn(message?: any): void; error(message?: any): void } | null;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<{ isUpdateAvailable: boolean; updateInfo: UpdateInfoLike } | null>;
  downloadUpdate(): Promise<string[]>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'download-progress', listener: (progress: { percent: number }) => void): unknown;
  on(event: 'update-downloaded', listener: (event: { version: string; downloadedFile: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/** Where the time of the last check is kept (the office's settings in production), for "at most once a day". */
export interface LastCheckStore {
  load(): string | null;
  save(isoTime: string): void;
}

export interface UpdaterOptions {
  autoUpdater: AutoUpdaterLike;
  /** The installed version (package.json). */
  currentVersion: string;
  /** The office's Ed25519 public key; null when it could not be read: every installation is then refused. */
  publicKey: KeyObject | null;
  /** The feed address from the office's settings (https only); empty or null: online updates are off. */
  feedUrl?: string | null;
  /** True while the backend writes: installing is refused then. */
  isBusy(): boolean;
  /** Takes a backup; the installer runs only once it has resolved. */
  beforeInstall(): Promise<void>;
  /** Runs an installer chosen as a file (spawns it and quits the app in production). */
  runInstaller(path: string): Promise<void>;
  /** Downloads the text of `<installer>.sig` from the feed. */
  fetchSignature(url: string): Promise<string>;
  /** Folder of the app where an installer chosen as a file is copied before being verified and run. */
  stagingDir: string;
  clock?: Clock;
  lastCheck?: LastCheckStore;
  logger?: Logger;
}

export interface PreparedUpdate {
  version: string;
  source: UpdateSource;
  installer: string;
  /** The content of the signature file, kept to verify the installer again just before running it. */
  signatureText: string;
}

export interface Updater {
  state(): UpdateState;
  /** Called with every new state; returns the function that unsubscribes. */
  onChange(listener: (state: UpdateState) => void): () => void;
  /** The office changed the feed address (null or '' turns online updates off). */
  setFeedUrl(value: string | null): UpdateActionResult;
  /** A check asked by the user. Never downloads anything. */
  checkForUpdates(): Promise<UpdateActionResult>;
  /** The automatic check: runs only when a feed is set, nothing else is under way, and the last check is a day old. */
  checkIfDue(): Promise<boolean>;
  /** The user agreed to download the available update. */
  downloadUpdate(): Promise<UpdateActionResult>;
  /** The user agreed to install the ready update (downloaded or from a file). */
  installUpdate(): Promise<UpdateActionResult>;
  /** The user chose an installer file (offline agencies): verified, then `ready`; installing needs installUpdate(). */
  prepareUpdateFromFile(path: string): Promise<UpdateActionResult>;
}
