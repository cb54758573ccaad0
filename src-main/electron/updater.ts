import { systemClock } from '../core/clock.ts';
import { UpdateFileError } from '../updates/signature.ts';
import { stageInstallerFromFile, verifyInstaller } from '../updates/verify-file.ts';
import { isNewerVersion } from '../updates/version-order.ts';
import {
  errorCode,
  frenchUpdateError,
  MESSAGES,
  parseFeedUrl,
  type UpdateActionResult,
  type UpdateState,
} from './updater-state.ts';
import type { LastCheckStore, PreparedUpdate, UpdateInfoLike, Updater, UpdaterOptions } from './updater-types.ts';

export type { AutoUpdaterLike, LastCheckStore, Updater, UpdaterOptions } from './updater-types.ts';

/*
 * The updater: electron-updater driven by explicit user actions only. It is given electron-updater's autoUpdater
 * (main.ts passes `electronUpdater.autoUpdater`, tests a fake) and callbacks from the backend; it never imports
 * Electron. Nothing is downloaded or installed unless the UI calls downloadUpdate() / installUpdate(); nothing is
 * installed while a write is in progress, nor before a backup; every installer, downloaded or chosen as a file, must
 * carry the office's Ed25519 signature. Errors become French messages and an `error` state, never an exception.
 */

/** Automatic checks happen at most once in this interval. */
export const CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;

function memoryStore(): LastCheckStore {
  let value: string | null = null;
  return { load: () => value, save: (iso) => (value = iso) };
}

function signatureUrl(feedUrl: string, info: UpdateInfoLike): string | null {
  const file = info.files.find((entry) => entry.url.toLowerCase().endsWith('.exe')) ?? info.files[0];
  if (!file) return null;
  try {
    const url = new URL(file.url, feedUrl);
    url.search = '';
    url.hash = '';
    url.pathname += '.sig';
    return url.toString();
  } catch {
    return null;
  }
}

export function createUpdater(options: UpdaterOptions): Updater {
  const { autoUpdater, logger } = options;
  const clock = options.clock ?? systemClock;
  const lastCheck = options.lastCheck ?? memoryStore();
  const listeners = new Set<(state: UpdateState) => void>();
  let current: UpdateState = { status: 'idle', checkedAt: lastCheck.load(), upToDate: false };
  let feedUrl: string | null = null;
  let offered: UpdateInfoLike | null = null;
  let prepared: PreparedUpdate | null = null;
  let downloadedFile: string | null = null;
  let checking: Promise<UpdateActionResult> | null = null;

  // Consent first: electron-updater must never download or install by itself.
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.allowDowngrade = false;
  autoUpdater.allowPrerelease = false;
  // Its own log lines carry file paths (with the Windows user name): ours carry codes only.
  autoUpdater.logger = null;

  const setState = (next: UpdateState) => {
    current = next;
    logger?.info('updater state', { status: next.status });
    for (const listener of listeners) {
      try {
        listener(next);
      } catch {
        logger?.warn('updater listener failed');
      }
    }
  };
  const done = (): UpdateActionResult => ({ ok: true, state: current });
  const refuse = (message: string): UpdateActionResult => ({ ok: false, message, state: current });
  const fail = (message: string, error?: unknown): UpdateActionResult => {
    if (error !== undefined) logger?.warn('update failed', { code: errorCode(error) });
    setState({ status: 'error', message });
    return refuse(message);
  };
  const failWith = (error: unknown, fallback: string) =>
    fail(error instanceof UpdateFileError ? error.message : frenchUpdateError(error, fallback), error);
  /** A busy check that fails counts as busy: better no installation than one during a write. */
  const busyNow = () => {
    try {
      return options.isBusy();
    } catch {
      return true;
    }
  };

  autoUpdater.on('download-progress', (progress) => {
    if (current.status !== 'downloading') return;
    const percent = Math.min(100, Math.max(0, Math.floor(Number(progress.percent) || 0)));
    if (percent > current.percent) setState({ ...current, percent });
  });
  autoUpdater.on('update-downloaded', (event) => {
    downloadedFile = event.downloadedFile;
  });
  autoUpdater.on('error', (error) => {
    // Failures of check and download arrive through their promises; a failure to start the installer only here.
    if (current.status === 'installing' && current.source === 'feed') fail(MESSAGES.installerFailed, error);
    else logger?.warn('updater error event', { code: errorCode(error) });
  });

  const setFeedUrl = (value: string | null): UpdateActionResult => {
    if (value === null || value.trim() === '') {
      feedUrl = null;
    } else {
      const parsed = parseFeedUrl(value);
      if (!parsed.ok) return refuse(parsed.message);
      feedUrl = parsed.url;
    }
    // What the old feed offered is forgotten; a download, a ready update or an installation keeps going.
    if (current.status === 'available' || current.status === 'error') {
      offered = null;
      setState({ status: 'idle', checkedAt: lastCheck.load(), upToDate: false });
    }
    return done();
  };
  if (options.feedUrl) {
    const initial = setFeedUrl(options.feedUrl);
    if (!initial.ok) logger?.warn('update feed address refused');
  }

  const runCheck = async (url: string): Promise<UpdateActionResult> => {
    const checkedAt = clock.now().toISOString();
    lastCheck.save(checkedAt);
    setState({ status: 'checking' });
    try {
      autoUpdater.setFeedURL({ provider: 'generic', url });
      const result = await autoUpdater.checkForUpdates();
      if (result === null) {
        setState({ status: 'idle', checkedAt, upToDate: false });
        return refuse(MESSAGES.notPackaged);
      }
      const version = result.updateInfo.version;
      if (result.isUpdateAvailable && isNewerVersion(version, options.currentVersion)) {
        offered = result.updateInfo;
        setState({ status: 'available', version });
      } else {
        offered = null;
        setState({ status: 'idle', checkedAt, upToDate: true });
      }
      return done();
    } catch (error) {
      offered = null;
      return failWith(error, MESSAGES.checkFailed);
    }
  };

  const checkForUpdates = (): Promise<UpdateActionResult> => {
    if (checking) return checking;
    if (current.status !== 'idle' && current.status !== 'available' && current.status !== 'error') {
      return Promise.resolve(refuse(MESSAGES.operationInProgress));
    }
    if (!feedUrl) return Promise.resolve(refuse(MESSAGES.feedMissing));
    checking = runCheck(feedUrl).finally(() => (checking = null));
    return checking;
  };

  const checkIfDue = async (): Promise<boolean> => {
    if (!feedUrl || checking || (current.status !== 'idle' && current.status !== 'error')) return false;
    const last = lastCheck.load();
    const elapsed = last === null ? Number.NaN : clock.now().getTime() - Date.parse(last);
    // A clock set back (elapsed < 0) or an unreadable time counts as due.
    if (elapsed >= 0 && elapsed < CHECK_INTERVAL_MS) return false;
    await checkForUpdates();
    return true;
  };

  const downloadUpdate = async (): Promise<UpdateActionResult> => {
    if (current.status !== 'available' || !offered || !feedUrl) return refuse(MESSAGES.nothingToDownload);
    if (!options.publicKey) return fail(MESSAGES.noPublicKey);
    const info = offered;
    const url = signatureUrl(feedUrl, info);
    setState({ status: 'downloading', version: info.version, percent: 0 });
    downloadedFile = null;
    try {
      const paths = await autoUpdater.downloadUpdate();
      const installer = downloadedFile ?? paths.find((path) => path.toLowerCase().endsWith('.exe')) ?? paths[0];
      if (!installer || !url) return fail(MESSAGES.downloadFailed);
      let signatureText: string;
      try {
        signatureText = await options.fetchSignature(url);
      } catch (error) {
        return fail(MESSAGES.signatureMissing, error);
      }
      setState({ status: 'verifying', source: 'feed' });
      const verified = await verifyInstaller({
        installer,
        signatureText,
        publicKey: options.publicKey,
        currentVersion: options.currentVersion,
        expectedVersion: info.version,
      });
      prepared = { version: verified.version, source: 'feed', installer, signatureText };
      setState({ status: 'ready', version: verified.version, source: 'feed' });
      return done();
    } catch (error) {
      prepared = null;
      return failWith(error, MESSAGES.downloadFailed);
    }
  };

  const prepareUpdateFromFile = async (path: string): Promise<UpdateActionResult> => {
    const underWay = ['downloading', 'verifying', 'installing'].includes(current.status);
    if (checking || underWay) {
      return refuse(MESSAGES.operationInProgress);
    }
    if (!options.publicKey) return fail(MESSAGES.noPublicKey);
    setState({ status: 'verifying', source: 'file' });
    prepared = null;
    try {
      const staged = await stageInstallerFromFile({
        source: path,
        stagingDir: options.stagingDir,
        publicKey: options.publicKey,
        currentVersion: options.currentVersion,
      });
      const { version, path: installer, signatureText } = staged;
      prepared = { version, source: 'file', installer, signatureText };
      setState({ status: 'ready', version: staged.version, source: 'file' });
      return done();
    } catch (error) {
      return failWith(error, MESSAGES.installerFailed);
    }
  };

  const installUpdate = async (): Promise<UpdateActionResult> => {
    const update = prepared;
    if (current.status !== 'ready' || !update) return refuse(MESSAGES.nothingToInstall);
    if (!options.publicKey) return fail(MESSAGES.noPublicKey);
    if (busyNow()) return refuse(MESSAGES.busy);
    const ready = current;
    setState({ status: 'installing', version: update.version, source: update.source });
    try {
      // Verified again now: the file must still be the one that was signed.
      await verifyInstaller({
        installer: update.installer,
        signatureText: update.signatureText,
        publicKey: options.publicKey,
        currentVersion: options.currentVersion,
        expectedVersion: update.version,
      });
    } catch (error) {
      prepared = null;
      return failWith(error, MESSAGES.installerFailed);
    }
    try {
      await options.beforeInstall();
    } catch (error) {
      logger?.warn('backup before update failed', { code: errorCode(error) });
      setState(ready);
      return refuse(MESSAGES.backupFailed);
    }
    // A write may have started during the backup.
    if (busyNow()) {
      setState(ready);
      return refuse(MESSAGES.busy);
    }
    try {
      if (update.source === 'feed') autoUpdater.quitAndInstall(false, true);
      else await options.runInstaller(update.installer);
      return done();
    } catch (error) {
      return fail(MESSAGES.installerFailed, error);
    }
  };

  return {
    state: () => current,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setFeedUrl,
    checkForUpdates,
    checkIfDue,
    downloadUpdate,
    installUpdate,
    prepareUpdateFromFile,
  };
}
