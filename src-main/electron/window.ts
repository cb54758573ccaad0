import type { BrowserWindowConstructorOptions } from 'electron';
import { METHOD_NAMES } from '../contract.ts';
import type { Logger } from '../core/logger.ts';
import { methodsArgument } from './bridge.ts';
import { APP_ENTRY_URL, isAppUrl, isExternalHttpsUrl, parseUrl } from './origin.ts';

/*
 * The window and its guards. Everything Electron is received as a parameter (the BrowserWindow class, shell,
 * the window's webContents and session) so that tests pass fakes and check what is handed to Electron.
 */

export interface ShellLike {
  openExternal(url: string): Promise<void>;
}

export interface NavigationEventLike {
  url: string;
  isMainFrame?: boolean;
  preventDefault(): void;
}

export interface SessionLike {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string }) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean): void;
}

export interface WebContentsLike {
  on(event: 'will-navigate', listener: (event: NavigationEventLike) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEventLike) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  readonly session: SessionLike;
}

export interface WindowLike<C extends WebContentsLike = WebContentsLike> {
  readonly webContents: C;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  loadURL(url: string): Promise<void>;
}

export type WindowConstructor<W extends WindowLike> = new (options: BrowserWindowConstructorOptions) => W;

export interface WindowSettings {
  /** Absolute path of the built preload (out/preload/preload.cjs). */
  preloadFile: string;
  /** `app.isPackaged`: DevTools exist only in development. */
  packaged: boolean;
  /** The preload's allow-list; the contract's methods unless a test says otherwise. */
  methodNames?: readonly string[];
}

/** The security checklist, in one place: the renderer gets no Node, runs sandboxed and isolated from the preload. */
export function windowOptions(settings: WindowSettings): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'Voisinage',
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: settings.preloadFile,
      additionalArguments: [methodsArgument(settings.methodNames ?? METHOD_NAMES)],
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium's spellchecker downloads its dictionaries from Google: no network calls from a back-office.
      spellcheck: false,
      devTools: !settings.packaged,
    },
  };
}

function schemeOf(url: string): string {
  return parseUrl(url)?.protocol ?? 'invalid';
}

/**
 * The page may only ever show `app://voisinage/`: navigation elsewhere is cancelled, new windows are refused, and
 * an https link opens in the system browser instead. Only the scheme is logged, never the address.
 */
export function guardContents(contents: WebContentsLike, shell: ShellLike, logger?: Logger): void {
  const openOutside = (url: string) => {
    if (isExternalHttpsUrl(url)) shell.openExternal(url).catch(() => logger?.warn('openExternal failed'));
  };
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    logger?.warn('navigation blocked', { scheme: schemeOf(event.url) });
    openOutside(event.url);
  });
  // Subframes too (the main frame is handled above, with its https hand-off).
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame !== false || isAppUrl(event.url)) return;
    event.preventDefault();
    logger?.warn('frame navigation blocked', { scheme: schemeOf(event.url) });
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/** Writing to the clipboard ("copy diagnostics"), from our own pages only. */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

const allowed = (permission: string, url: string | undefined) => ALLOWED_PERMISSIONS.has(permission) && isAppUrl(url ?? '');

/** No camera, microphone, geolocation, notifications, clipboard reads...: every other request and check says no. */
export function denyAllPermissions(session: SessionLike): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => callback(allowed(permission, details?.requestingUrl)));
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) => allowed(permission, `${requestingOrigin}/`));
}

export interface CreateWindowOptions<W extends WindowLike> extends WindowSettings {
  BrowserWindow: WindowConstructor<W>;
  shell: ShellLike;
  logger?: Logger;
  /** Defaults to app://voisinage/index.html. */
  url?: string;
}

/** Creates the main window, guards it before anything loads, then loads the app. */
export function createMainWindow<W extends WindowLike>(options: CreateWindowOptions<W>): W {
  const window = new options.BrowserWindow(windowOptions(options));
  guardContents(window.webContents, options.shell, options.logger);
  denyAllPermissions(window.webContents.session);
  window.once('ready-to-show', () => window.show());
  window.loadURL(options.url ?? APP_ENTRY_URL).catch((error: unknown) => {
    options.logger?.error('window load failed', { error: error instanceof Error ? error.message.slice(0, 200) : 'unknown' });
    window.show();
  });
  return window;
}
