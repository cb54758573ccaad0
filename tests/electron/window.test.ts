import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src-main/contract.ts';
import { methodsFromArgv } from '../../src-main/electron/bridge.ts';
import { APP_ENTRY_URL } from '../../src-main/electron/origin.ts';
import { createMainWindow, denyAllPermissions, guardContents, windowOptions } from '../../src-main/electron/window.ts';
import { FakeSession, FakeWebContents, fakeBrowserWindowClass, fakeShell, navigation } from './fakes.ts';

const PRELOAD = '/opt/voisinage/out/preload/preload.cjs';

describe('window options', () => {
  it('isolates and sandboxes the renderer, with no Node and web security on', () => {
    const prefs = windowOptions({ preloadFile: PRELOAD, packaged: true }).webPreferences;
    expect(prefs).toMatchObject({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('has DevTools only when not packaged', () => {
    expect(windowOptions({ preloadFile: PRELOAD, packaged: true }).webPreferences?.devTools).toBe(false);
    expect(windowOptions({ preloadFile: PRELOAD, packaged: false }).webPreferences?.devTools).toBe(true);
  });

  it("hands the contract's method names to the preload's allow-list", () => {
    const args = windowOptions({ preloadFile: PRELOAD, packaged: true }).webPreferences?.additionalArguments ?? [];
    expect(methodsFromArgv(args)).toEqual(METHOD_NAMES);
  });
});

describe('navigation guard', () => {
  function guarded() {
    const contents = new FakeWebContents();
    const shell = fakeShell();
    guardContents(contents, shell);
    return { contents, shell };
  }

  it('lets the page move inside app://voisinage/', () => {
    const { contents } = guarded();
    const event = navigation('app://voisinage/index.html#/residences');
    contents.emit('will-navigate', event);
    expect(event.prevented).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'app://other-host/index.html',
    'javascript:alert(1)',
    'not a url',
  ])('blocks navigation to %s', (url) => {
    const { contents } = guarded();
    const event = navigation(url);
    contents.emit('will-navigate', event);
    expect(event.prevented).toBe(true);
  });

  it('opens an https link of the main frame in the system browser, never http or file', () => {
    const { contents, shell } = guarded();
    contents.emit('will-navigate', navigation('https://www.service-public.fr/'));
    contents.emit('will-navigate', navigation('http://example.org/'));
    contents.emit('will-navigate', navigation('file:///C:/Windows/system32/calc.exe'));
    expect(shell.opened).toEqual(['https://www.service-public.fr/']);
  });

  it('blocks subframe navigation away from the app', () => {
    const { contents, shell } = guarded();
    const away = navigation('https://evil.example/', false);
    const inside = navigation('app://voisinage/frame.html', false);
    contents.emit('will-frame-navigate', away);
    contents.emit('will-frame-navigate', inside);
    expect(away.prevented).toBe(true);
    expect(inside.prevented).toBe(false);
    expect(shell.opened).toEqual([]);
  });

  it('refuses <webview>', () => {
    const { contents } = guarded();
    const event = navigation('app://voisinage/');
    contents.emit('will-attach-webview', event);
    expect(event.prevented).toBe(true);
  });

  it('denies every window.open, handing https (only) to the system browser', () => {
    const { contents, shell } = guarded();
    const handler = contents.windowOpenHandler!;
    expect(handler({ url: 'https://www.legifrance.gouv.fr/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'http://example.org/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://voisinage/index.html' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(shell.opened).toEqual(['https://www.legifrance.gouv.fr/']);
  });
});

describe('permissions', () => {
  it('denies every permission request and check but clipboard writing from our own pages', () => {
    const session = new FakeSession();
    denyAllPermissions(session);
    const request = (permission: string, requestingUrl: string) => {
      const answers: boolean[] = [];
      session.requestHandler!({}, permission, (granted) => answers.push(granted), { requestingUrl });
      return answers;
    };
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(request(permission, 'app://voisinage/index.html')).toEqual([false]);
      expect(session.checkHandler!({}, permission, 'app://voisinage', {})).toBe(false);
    }
    expect(request('clipboard-sanitized-write', 'app://voisinage/index.html')).toEqual([true]);
    expect(session.checkHandler!({}, 'clipboard-sanitized-write', 'app://voisinage', {})).toBe(true);
    expect(request('clipboard-sanitized-write', 'https://evil.example/')).toEqual([false]);
    expect(session.checkHandler!({}, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
  });
});

describe('createMainWindow', () => {
  it('creates a hardened window, guards it, then loads app://voisinage/index.html', async () => {
    const { BrowserWindow, windows } = fakeBrowserWindowClass();
    const shell = fakeShell();
    const window = createMainWindow({ BrowserWindow, shell, preloadFile: PRELOAD, packaged: true });
    expect(windows).toEqual([window]);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
      preload: PRELOAD,
    });
    expect(window.options.show).toBe(false);
    expect(window.loaded).toEqual([APP_ENTRY_URL]);
    expect(APP_ENTRY_URL).toBe('app://voisinage/index.html');
    expect(window.webContents.count('will-navigate')).toBe(1);
    expect(window.webContents.windowOpenHandler).toBeTypeOf('function');
    expect(window.webContents.session.requestHandler).toBeTypeOf('function');
    expect(window.webContents.session.checkHandler).toBeTypeOf('function');
    window.emit('ready-to-show');
    expect(window.shown).toBe(1);
  });
});
