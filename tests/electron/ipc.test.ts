import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../src-main/core/backend.ts';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../src-main/electron/bridge.ts';
import { type FrameLike, isTrustedSender, registerIpcBridge } from '../../src-main/electron/ipc.ts';
import { FakeWebContents, fakeIpcMain, tempDir } from './fakes.ts';

const mainFrame = (url = 'app://voisinage/index.html'): FrameLike => ({ url, parent: null });

let dir: ReturnType<typeof tempDir>;
let backend: Backend;
let ipcMain: ReturnType<typeof fakeIpcMain>;
let contents: FakeWebContents | undefined;
let dispose: () => void;

beforeEach(() => {
  dir = tempDir('voisinage-ipc-');
  backend = createBackend({ dataDir: dir.path });
  ipcMain = fakeIpcMain();
  contents = new FakeWebContents();
  dispose = registerIpcBridge({ ipcMain, backend, contents: () => contents });
});

afterEach(() => {
  dispose();
  backend.close();
  dir.remove();
});

const call = (event: unknown, method: unknown, input: unknown = {}) =>
  ipcMain.invoke(INVOKE_CHANNEL, event, method, input) as Promise<any>;
const fromOurWindow = () => ({ sender: contents, senderFrame: mainFrame() });
const FIRST_ADMIN = { login: 'admin', displayName: 'Camille Admin', password: 'mot-de-passe-admin' };

describe('IPC bridge', () => {
  it('registers exactly one handler, on voisinage:invoke', () => {
    expect([...ipcMain.handlers.keys()]).toEqual(['voisinage:invoke']);
  });

  it("forwards a call from our window's main frame to the real backend", async () => {
    const answer = await call(fromOurWindow(), 'system.info');
    expect(answer.ok).toBe(true);
    expect(answer.data).toMatchObject({ empty: true });
    expect(answer.data.schemaVersion).toBeGreaterThan(0);
  });

  it('passes validation errors through as envelopes', async () => {
    const answer = await call(fromOurWindow(), 'system.info', { unexpected: 1 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it.each([
    ['a web page', mainFrame('https://evil.example/')],
    ['a local file', mainFrame('file:///home/user/page.html')],
    ['another app:// host', mainFrame('app://other/index.html')],
    ['the browser-mode server', mainFrame('http://127.0.0.1:5173/')],
    ['a malformed URL', mainFrame('app//voisinage')],
    ['a subframe of our page', { url: 'app://voisinage/index.html', parent: mainFrame() }],
    ['a foreign subframe', { url: 'https://evil.example/', parent: mainFrame() }],
  ])('refuses a call from %s, and writes nothing', async (_label, senderFrame) => {
    const answer = await call({ sender: contents, senderFrame }, 'demo.fill');
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const info = await call(fromOurWindow(), 'system.info');
    expect(info.data.empty).toBe(true);
  });

  it('refuses a frame that is gone (senderFrame null)', async () => {
    expect(await call({ sender: contents, senderFrame: null }, 'system.info')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('refuses another webContents, even one showing app://voisinage/', async () => {
    const other = new FakeWebContents();
    expect(await call({ sender: other, senderFrame: mainFrame() }, 'system.info')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('refuses everything while there is no window', async () => {
    contents = undefined;
    expect(await call({ sender: undefined, senderFrame: mainFrame() }, 'system.info')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it.each([['system.drop'], ['__proto__'], ['constructor'], ['toString'], [42], [null], [{ method: 'system.info' }]])(
    'refuses the method %j',
    async (method) => {
      expect(await call(fromOurWindow(), method)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    },
  );

  it('keeps one session for the window: a sign-in through IPC lets the next calls through', async () => {
    expect(await call(fromOurWindow(), 'residences.list')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect((await call(fromOurWindow(), 'auth.setup', FIRST_ADMIN)).ok).toBe(true);
    expect(await call(fromOurWindow(), 'residences.list')).toMatchObject({ ok: true, data: { total: 0 } });
  });

  it('forwards backend events to the window on voisinage:event', async () => {
    expect((await call(fromOurWindow(), 'auth.setup', FIRST_ADMIN)).ok).toBe(true);
    contents!.sent.length = 0;
    const answer = await call(fromOurWindow(), 'demo.fill');
    expect(answer.ok).toBe(true);
    expect(contents!.sent).toEqual([[EVENT_CHANNEL, { type: 'changed', method: 'demo.fill' }]]);
  });

  it('sends nothing to a destroyed window', async () => {
    contents!.destroyed = true;
    expect((await backend.connect().invoke('auth.setup', FIRST_ADMIN)).ok).toBe(true);
    expect(contents!.sent).toEqual([]);
  });

  it('dispose removes the handler and stops forwarding events', async () => {
    dispose();
    dispose = () => undefined;
    expect(ipcMain.handlers.size).toBe(0);
    expect((await backend.connect().invoke('auth.setup', FIRST_ADMIN)).ok).toBe(true);
    expect(contents!.sent).toEqual([]);
  });
});

describe('isTrustedSender', () => {
  it('compares protocol and host, since app:// URLs have a "null" origin in Node', () => {
    expect(new URL('app://voisinage/index.html').origin).toBe('null');
    const ours = {};
    expect(isTrustedSender({ sender: ours, senderFrame: mainFrame() }, ours)).toBe(true);
    expect(isTrustedSender({ sender: ours, senderFrame: mainFrame('app://voisinage.evil/') }, ours)).toBe(false);
    expect(isTrustedSender({ sender: ours, senderFrame: mainFrame('app://voisinage:8080/') }, ours)).toBe(false);
    expect(isTrustedSender({ sender: ours, senderFrame: mainFrame() }, undefined)).toBe(false);
  });
});
