import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AppLike, type RunningApp, runApp } from '../../src-main/electron/app.ts';
import { INVOKE_CHANNEL } from '../../src-main/electron/bridge.ts';
import { bundlePaths, dataDirectory } from '../../src-main/electron/paths.ts';
import { silentLogger } from '../../src-main/core/logger.ts';
import { CONTENT_SECURITY_POLICY } from '../../src-main/http/security.ts';
import { Emitter, fakeBrowserWindowClass, fakeIpcMain, fakeProtocol, fakeShell, tempDir } from './fakes.ts';

class FakeApp extends Emitter implements AppLike {
  readonly log: string[];
  readonly isPackaged: boolean;
  private readonly lock: boolean;
  private readonly userData: string;
  private resolveReady!: () => void;
  private readonly ready = new Promise<void>((resolve) => (this.resolveReady = resolve));
  quits = 0;
  constructor(options: { lock: boolean; packaged: boolean; userData: string; log: string[] }) {
    super();
    this.lock = options.lock;
    this.isPackaged = options.packaged;
    this.userData = options.userData;
    this.log = options.log;
  }
  requestSingleInstanceLock(): boolean {
    this.log.push('requestSingleInstanceLock');
    return this.lock;
  }
  enableSandbox(): void {
    this.log.push('enableSandbox');
  }
  quit(): void {
    this.log.push('quit');
    this.quits += 1;
  }
  whenReady(): Promise<void> {
    this.log.push('whenReady');
    return this.ready;
  }
  becomeReady(): void {
    this.log.push('ready');
    this.resolveReady();
  }
  getPath(name: 'userData'): string {
    if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
    return this.userData;
  }
}

let dir: ReturnType<typeof tempDir>;
let running: RunningApp<any> | null = null;

beforeEach(() => {
  dir = tempDir('voisinage-app-');
  // A built renderer next to a fake out/main.
  mkdirSync(join(dir.path, 'out', 'main'), { recursive: true });
  mkdirSync(join(dir.path, 'out', 'renderer'), { recursive: true });
  writeFileSync(join(dir.path, 'out', 'renderer', 'index.html'), '<!doctype html><title>Voisinage</title>');
});

afterEach(() => {
  running?.backend.close();
  running = null;
  dir.remove();
});

function setUp(options: { lock?: boolean; packaged?: boolean; platform?: NodeJS.Platform } = {}) {
  const log: string[] = [];
  const app = new FakeApp({
    lock: options.lock ?? true,
    packaged: options.packaged ?? true,
    userData: join(dir.path, 'userData'),
    log,
  });
  const protocol = fakeProtocol(log);
  const ipcMain = fakeIpcMain();
  const shell = fakeShell();
  const { BrowserWindow, windows } = fakeBrowserWindowClass();
  const errors: Array<[string, string]> = [];
  const dialog = {
    showErrorBox: (title: string, content: string) => void errors.push([title, content]),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  };
  const started = runApp(
    { app, protocol, ipcMain, shell, dialog, BrowserWindow },
    { mainDir: join(dir.path, 'out', 'main'), env: {}, platform: options.platform ?? 'linux', logger: silentLogger },
  );
  return { app, log, protocol, ipcMain, shell, windows, errors, started };
}

describe('single instance', () => {
  it('a second instance quits at once, before touching anything else', async () => {
    const { app, log, started, windows, ipcMain } = setUp({ lock: false });
    expect(await started).toBeNull();
    expect(log).toEqual(['requestSingleInstanceLock', 'quit']);
    expect(app.quits).toBe(1);
    expect(windows).toEqual([]);
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('the first instance focuses (and restores) its window when a second one starts', async () => {
    const { app, started, windows } = setUp();
    app.becomeReady();
    running = await started;
    const window = windows[0]!;
    window.minimized = true;
    app.emit('second-instance', {}, ['voisinage'], '/');
    expect(window.restored).toBe(1);
    expect(window.focused).toBe(1);
    expect(windows).toHaveLength(1);
  });
});

describe('start-up sequence', () => {
  it('enables the sandbox and registers the app scheme before ready, serves it after', async () => {
    const { app, log, protocol, started } = setUp();
    await Promise.resolve();
    expect(log).toEqual(['requestSingleInstanceLock', 'enableSandbox', 'registerSchemesAsPrivileged', 'whenReady']);
    expect(protocol.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    app.becomeReady();
    running = await started;
    expect(log.slice(4)).toEqual(['ready', 'handle:app']);
  });

  it('opens the backend in <userData>/donnees, serves out/renderer, wires IPC and opens a hardened window', async () => {
    const { app, protocol, ipcMain, windows, started } = setUp({ packaged: true });
    app.becomeReady();
    running = await started;
    expect(running!.backend.dataDir).toBe(join(dir.path, 'userData', 'donnees'));

    const response = await protocol.handlers.get('app')!(new Request('app://voisinage/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    expect(windows).toHaveLength(1);
    const window = windows[0]!;
    expect(window.options.webPreferences).toMatchObject({
      preload: join(dir.path, 'out', 'preload', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    });
    expect(window.loaded).toEqual(['app://voisinage/index.html']);

    const answer = (await ipcMain.invoke(
      INVOKE_CHANNEL,
      { sender: window.webContents, senderFrame: { url: 'app://voisinage/index.html', parent: null } },
      'system.info',
      {},
    )) as { ok: boolean };
    expect(answer.ok).toBe(true);
  });

  it('keeps DevTools in development', async () => {
    const { app, windows, started } = setUp({ packaged: false });
    app.becomeReady();
    running = await started;
    expect(windows[0]!.options.webPreferences?.devTools).toBe(true);
  });

  it('refuses IPC once the window is closed, quits when all windows close, and closes the backend on quit', async () => {
    const { app, ipcMain, windows, started, log } = setUp({ platform: 'win32' });
    app.becomeReady();
    running = await started;
    const window = windows[0]!;
    window.close();
    const answer = await ipcMain.invoke(
      INVOKE_CHANNEL,
      { sender: window.webContents, senderFrame: { url: 'app://voisinage/index.html', parent: null } },
      'system.info',
      {},
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    app.emit('window-all-closed');
    expect(log.at(-1)).toBe('quit');
    app.emit('will-quit');
    expect(ipcMain.handlers.size).toBe(0);
    await expect(running!.backend.connect().invoke('system.info', {})).resolves.toMatchObject({ ok: false });
    running = null;
  });

  it('on macOS, stays open without windows and reopens one on activate', async () => {
    const { app, windows, started, log } = setUp({ platform: 'darwin' });
    app.becomeReady();
    running = await started;
    windows[0]!.close();
    app.emit('window-all-closed');
    expect(log).not.toContain('quit');
    app.emit('activate');
    expect(windows).toHaveLength(2);
  });

  it('tells the user and quits when the database cannot be opened', async () => {
    const { app, started, errors, windows } = setUp();
    // A file where the data folder should be: the backend cannot create it.
    writeFileSync(join(dir.path, 'userData'), 'not a folder');
    app.becomeReady();
    expect(await started).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]![0]).toBe('Voisinage ne peut pas démarrer');
    expect(app.quits).toBe(1);
    expect(windows).toEqual([]);
  });
});

describe('paths', () => {
  it('uses VOISINAGE_DATA_DIR when set, otherwise <userData>/donnees', () => {
    expect(dataDirectory({}, '/home/a/.config/Voisinage')).toBe(join('/home/a/.config/Voisinage', 'donnees'));
    expect(dataDirectory({ VOISINAGE_DATA_DIR: '  ' }, '/u')).toBe(join('/u', 'donnees'));
    expect(dataDirectory({ VOISINAGE_DATA_DIR: '/srv/voisinage' }, '/u')).toBe('/srv/voisinage');
  });

  it('finds the renderer and the preload next to out/main', () => {
    expect(bundlePaths('/app/out/main')).toEqual({
      rendererDir: '/app/out/renderer',
      preloadFile: '/app/out/preload/preload.cjs',
    });
  });
});
