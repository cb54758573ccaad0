import type { Backend, BackendEvent } from '../core/backend.ts';
import type { Envelope, ErrorPayload } from '../core/contract.ts';
import type { Logger } from '../core/logger.ts';
import { METHOD_NAMES } from '../contract.ts';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './bridge.ts';
import { isAppUrl } from './origin.ts';

/*
 * The one IPC bridge of the main process. Like Bruno's IpcMainLike, it receives the parts of Electron it needs,
 * so tests drive it with fakes and a real backend.
 */

export interface FrameLike {
  readonly url: string;
  /** null for a main frame. */
  readonly parent: FrameLike | null;
}

export interface InvokeEventLike {
  readonly sender: unknown;
  /** null when the frame navigated away or was destroyed before the message was handled. */
  readonly senderFrame: FrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface EventTargetLike {
  isDestroyed(): boolean;
  send(channel: string, payload: BackendEvent): void;
}

export interface IpcBridgeOptions {
  ipcMain: IpcMainLike;
  backend: Pick<Backend, 'connect' | 'on'>;
  /** The webContents of our window (undefined while it does not exist): the only one allowed to call. */
  contents: () => EventTargetLike | undefined;
  logger?: Logger;
}

const allowedMethods: ReadonlySet<string> = new Set(METHOD_NAMES);

function refusal(code: ErrorPayload['code'], message: string): Envelope<never> {
  return { ok: false, error: { code, message, issues: [] } };
}

/**
 * Only the main frame of our own window, showing `app://voisinage/`, may call the backend: not a subframe, not
 * another webContents, not a page that navigated elsewhere. (`origin` of an app:// URL is 'null' in the main
 * process, hence the protocol and host comparison in isAppUrl.)
 */
export function isTrustedSender(event: InvokeEventLike, ours: unknown): boolean {
  const frame = event.senderFrame;
  if (ours === undefined || event.sender !== ours || !frame) return false;
  return frame.parent === null && isAppUrl(frame.url);
}

/**
 * Registers `voisinage:invoke` and forwards backend events to the window on `voisinage:event`.
 * Returns the function that undoes both.
 */
export function registerIpcBridge(options: IpcBridgeOptions): () => void {
  const { ipcMain, backend, logger } = options;
  // The window's session: who is signed in at this PC, and whether the screen is locked.
  const connection = backend.connect();
  ipcMain.handle(INVOKE_CHANNEL, async (event, method, input) => {
    if (!isTrustedSender(event, options.contents())) {
      logger?.warn('ipc sender refused');
      return refusal('FORBIDDEN', 'Appel refusé : il ne provient pas de la fenêtre de Voisinage.');
    }
    if (typeof method !== 'string' || !allowedMethods.has(method)) {
      return refusal('UNKNOWN_METHOD', `Opération inconnue : « ${String(method).slice(0, 80)} ».`);
    }
    return connection.invoke(method, input);
  });
  const unsubscribe = backend.on((backendEvent) => {
    const contents = options.contents();
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, backendEvent);
  });
  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    unsubscribe();
  };
}
