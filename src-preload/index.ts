/**
 * The preload: the renderer's only door to the main process. It exposes `window.voisinage` with exactly two
 * functions, `invoke` (allow-listed against the contract) and `on('changed')`; never `ipcRenderer` itself, nor the
 * IPC event object (whose `sender` is ipcRenderer). Built as one CommonJS file: a sandboxed preload cannot be ESM,
 * and can require nothing but `electron`; so the allow-list of methods comes from the main process, which passes
 * the contract's method names as a renderer argument (see src-main/electron/bridge.ts), not from the contract
 * module itself (it would pull zod in).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Envelope } from '../src-main/core/contract.ts';
import { EVENT_CHANNEL, INVOKE_CHANNEL, methodsFromArgv } from '../src-main/electron/bridge.ts';
import type { Transport } from '../src-renderer/api/transport.ts';

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const EVENTS: ReadonlySet<string> = new Set(['changed']);

export function createVoisinageApi(ipc: IpcRendererLike, methodNames: readonly string[]): Transport {
  const allowed: ReadonlySet<string> = new Set(methodNames);
  return Object.freeze({
    invoke(method: string, input: unknown): Promise<Envelope<unknown>> {
      if (typeof method !== 'string' || !allowed.has(method)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'UNKNOWN_METHOD', message: `Opération inconnue : « ${String(method).slice(0, 80)} ».`, issues: [] },
        });
      }
      return ipc.invoke(INVOKE_CHANNEL, method, input) as Promise<Envelope<unknown>>;
    },
    on(event: 'changed', listener: (payload: unknown) => void): () => void {
      if (!EVENTS.has(event)) throw new TypeError(`Événement inconnu : « ${String(event).slice(0, 80)} ».`);
      if (typeof listener !== 'function') throw new TypeError('Le second argument doit être une fonction.');
      const forward = (_event: unknown, payload: unknown) => {
        if ((payload as { type?: unknown } | null)?.type === event) listener(payload);
      };
      ipc.on(EVENT_CHANNEL, forward);
      return () => {
        ipc.removeListener(EVENT_CHANNEL, forward);
      };
    },
  });
}

contextBridge.exposeInMainWorld('voisinage', createVoisinageApi(ipcRenderer, methodsFromArgv(process.argv)));
