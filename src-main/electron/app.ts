import type { Backend } from '../core/backend.ts';
import { createFileLogger, logsFolderOf, teeLogger } from '../logs/file-logger.ts';
import { openBackend } from '../recovery/open-backend.ts';
import { APP_VERSION } from '../version.ts';
import { updatesPort } from './updater-port.ts';
import { type OpenDialogLike, pickInstallerFile } from './updater-runner.ts';
import type { Updater } from './updater-types.ts';
import { startUpdater, type UpdaterWiring } from './updater-wiring.ts';
import type { Logger } from '../core/logger.ts';
import { type EventTargetLike, type IpcMainLike, registerIpcBridge } from './ipc.ts';
import { bundlePaths, dataDirectory } from './paths.ts';
import { type ProtocolLike, registerAppScheme, serveAppProtocol } from './protocol.ts';
import { createMainWindow, type ShellLike, type WebContentsLike, type WindowConstructor, type WindowLike } from './window.ts';

/*
 * The app's life cycle, written against the few Electron objects it needs (passed in by main.ts, fakes in tests).
 */

export interface AppLike {
  readonly isPackaged: boolean;
  enableSandbox(): void;
  requestSingleInstanceLock(): boolean;
  quit(): void;
  whenReady(): Promise<unknown>;
  getPath(name: 'userData'): string;
  on(event: 'second-instance', listener: () => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  on(event: 'activate', listener: () => void): unknown;
  on(event: 'will-quit', listener: () => void): unknown;
}

export interface MainWindowLike extends WindowLike<WebContentsLike & EventTargetLike> {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
  on(event: 'closed', listener: () => void): unknown;
}

export interface ElectronParts<W extends MainWindowLike> {
  app: AppLike;
  protocol: ProtocolLike;
  ipcMain: IpcMainLike;
  shell: ShellLike;
  dialog: { showErrorBox(title: string, content: string): void } & OpenDialogLike;
  BrowserWindow: WindowConstructor<W>;
}

export interface RunOptions {
  /** electron-updater, spawn and fetch from main.ts; absent in tests that do not exercise updates. */
  updates?: UpdaterWiring;
  /** Folder of the built main script (out/main): the renderer and preload are found next to it. */
  mainDir: string;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  logger: Logger;
}

export interface RunningApp<W extends MainWindowLike> {
  backend: Backend;
  window(): W | undefined;
  updater?: Updater;
}

/**
 * Starts Voisinage. Returns null at once when another instance already runs (that instance gets the focus and
 * this one quits), otherwise resolves once the backend is open and the window created; null too if the backend
 * cannot open (the user is told why, and the app quits).
 */
export async function runApp<W extends MainWindowLike>(
  electron: ElectronParts<W>,
  options: RunOptions,
): Promise<RunningApp<W> | null> {
  let logger = options.logger;
  const electronApp = electron.app;
  if (!electronApp.requestSingleInstanceLock()) {
    logger.info('another instance is running: quitting');
    electronApp.quit();
    return null;
  }
  // Both must happen before `ready`.
  electronApp.enableSandbox();
  registerAppScheme(electron.protocol);

  let mainWindow: W | undefined;
  let backend: Backend | undefined;
  let disposeIpc: (() => void) | undefined;
  let stopUpdateChecks: (() => void) | undefined;
  const liveWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined);
  const paths = bundlePaths(options.mainDir);

  const openWindow = () => {
    const window = createMainWindow({
      BrowserWindow: electron.BrowserWindow,
      shell: electron.shell,
      preloadFile: paths.preloadFile,
      packaged: electronApp.isPackaged,
      logger,
    });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = undefined;
    });
    mainWindow = window;
  };

  electronApp.on('second-instance', () => {
    const window = liveWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  electronApp.on('window-all-closed', () => {
    if (options.platform !== 'darwin') electronApp.quit();
  });
  electronApp.on('activate', () => {
    if (backend && !liveWindow()) openWindow();
  });
  electronApp.on('will-quit', () => {
    stopUpdateChecks?.();
    disposeIpc?.();
    disposeIpc = undefined;
    backend?.close();
    backend = undefined;
  });

  await electronApp.whenReady();

  const dataDir = dataDirectory(options.env, electronApp.getPath('userData'));
  // From here on everything is also written, scrubbed, to rotating files in the data folder.
  const fileLogger = createFileLogger({ folder: logsFolderOf(dataDir) });
  logger = electronApp.isPackaged ? fileLogger : teeLogger(options.logger, fileLogger);
  try {
    backend = openBackend({ dataDir, logger });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    logger.error('backend failed to open', { error: detail.slice(0, 200) });
    electron.dialog.showErrorBox(
      'Voisinage ne peut pas démarrer',
      `La base de données n'a pas pu être ouverte.\n\n${detail}\n\nDossier des données : ${dataDir}`,
    );
    electronApp.quit();
    return null;
  }
  const opened = backend;

  serveAppProtocol(electron.protocol, paths.rendererDir);
  disposeIpc = registerIpcBridge({
    ipcMain: electron.ipcMain,
    backend: opened,
    contents: () => liveWindow()?.webContents,
    logger,
  });
  const updates = options.updates
    ? startUpdater({
        wiring: options.updates,
        mainDir: options.mainDir,
        userDataPath: electronApp.getPath('userData'),
        packaged: electronApp.isPackaged,
        platform: options.platform,
        quit: () => electronApp.quit(),
        currentVersion: APP_VERSION,
        // The office's feed address is handed over by the backend from its settings (see attachUpdates).
        feedUrl: null,
        isBusy: () => opened.busy(),
        beforeInstall: async () => opened.backup('avant-mise-a-jour'),
        logger,
      })
    : undefined;
  stopUpdateChecks = updates?.stop;
  if (updates) opened.attachUpdates(updatesPort(updates.updater, () => pickInstallerFile(electron.dialog)));
  openWindow();
  return { backend: opened, window: liveWindow, updater: updates?.updater };
}
