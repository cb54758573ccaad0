import { beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../src-main/contract.ts';
import { EVENT_CHANNEL, INVOKE_CHANNEL, methodsArgument, methodsFromArgv } from '../../src-main/electron/bridge.ts';

// Electron is replaced by recorders: the test sees exactly what the preload hands to contextBridge and ipcRenderer.
const electron = vi.hoisted(() => {
  const exposed: Array<[string, unknown]> = [];
  const listeners: Array<[string, (...args: unknown[]) => void]> = [];
  const ipcRenderer = {
    invoke: vi.fn(async (_channel: string, method: string) => ({ ok: true, data: { echoed: method } })),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      listeners.push([channel, listener]);
      return ipcRenderer;
    }),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      const index = listeners.findIndex(([c, l]) => c === channel && l === listener);
      if (index >= 0) listeners.splice(index, 1);
      return ipcRenderer;
    }),
    send: vi.fn(),
    sendSync: vi.fn(),
  };
  return {
    exposed,
    listeners,
    ipcRenderer,
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => exposed.push([key, api])) },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

type Api = {
  invoke(method: unknown, input: unknown): Promise<any>;
  on(event: string, listener: (payload: unknown) => void): () => void;
};
let api: Api;
let createVoisinageApi: typeof import('../../src-preload/index.ts').createVoisinageApi;

beforeAll(async () => {
  // What the main process passes through webPreferences.additionalArguments.
  process.argv.push(methodsArgument(METHOD_NAMES));
  ({ createVoisinageApi } = await import('../../src-preload/index.ts'));
  api = electron.exposed[0]![1] as Api;
});

describe('preload', () => {
  it('exposes one object, window.voisinage, with exactly invoke and on', () => {
    expect(electron.exposed.map(([key]) => key)).toEqual(['voisinage']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(typeof api.invoke).toBe('function');
    expect(typeof api.on).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it('forwards an allow-listed method on voisinage:invoke', async () => {
    electron.ipcRenderer.invoke.mockClear();
    const answer = await api.invoke('system.info', {});
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'system.info', {});
    expect(answer).toEqual({ ok: true, data: { echoed: 'system.info' } });
  });

  it.each([['system.drop'], ['__proto__'], ['constructor'], [42], [undefined]])(
    'refuses %j without reaching the main process',
    async (method) => {
      electron.ipcRenderer.invoke.mockClear();
      const answer = await api.invoke(method, {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD', issues: [] } });
      expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it("on('changed') hands the payload only (never the IPC event) and unsubscribes", () => {
    const received: unknown[][] = [];
    const unsubscribe = api.on('changed', (...args) => received.push(args));
    expect(electron.listeners.map(([channel]) => channel)).toEqual([EVENT_CHANNEL]);
    const [, listener] = electron.listeners[0]!;
    const ipcEvent = { sender: electron.ipcRenderer, senderId: 0 };
    listener(ipcEvent, { type: 'changed', method: 'demo.fill' });
    listener(ipcEvent, { type: 'something-else' });
    expect(received).toEqual([[{ type: 'changed', method: 'demo.fill' }]]);
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(EVENT_CHANNEL, listener);
    expect(electron.listeners).toEqual([]);
  });

  it('refuses unknown events and non-function listeners', () => {
    expect(() => api.on('ipc', () => undefined)).toThrow(TypeError);
    expect(() => api.on('changed', 'alert(1)' as never)).toThrow(TypeError);
    expect(electron.listeners).toEqual([]);
  });

  it('allows nothing when the main process passed no allow-list', async () => {
    const bare = createVoisinageApi(electron.ipcRenderer, methodsFromArgv(['electron', '--type=renderer']));
    electron.ipcRenderer.invoke.mockClear();
    expect(await bare.invoke('system.info', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});

describe('method allow-list argument', () => {
  it('round-trips the contract and drops malformed names', () => {
    expect(methodsFromArgv(['x', methodsArgument(METHOD_NAMES)])).toEqual(METHOD_NAMES);
    expect(methodsFromArgv(['--voisinage-methods=system.info,,bad name,<script>'])).toEqual(['system.info']);
    expect(() => methodsArgument(['ok', 'a,b'])).toThrow();
  });
});
