/**
 * Stand-ins for the Electron objects that src-main/electron receives as parameters. They record what the code
 * hands to Electron, so tests assert on that; none of them loads Electron.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';

type Listener = (...args: any[]) => unknown;

export class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

export class FakeSession {
  requestHandler?: (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string }) => void;
  checkHandler?: (webContents: unknown, permission: string, requestingOrigin: string, details?: unknown) => boolean;
  setPermissionRequestHandler(handler: FakeSession['requestHandler']): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['checkHandler']): void {
    this.checkHandler = handler;
  }
}

export class FakeWebContents extends Emitter {
  readonly session = new FakeSession();
  windowOpenHandler?: (details: { url: string }) => { action: 'deny' };
  readonly sent: Array<[string, unknown]> = [];
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
}

export interface NavigationEvent {
  url: string;
  isMainFrame: boolean;
  prevented: boolean;
  preventDefault(): void;
}

export function navigation(url: string, isMainFrame = true): NavigationEvent {
  return {
    url,
    isMainFrame,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

/** A BrowserWindow class whose instances are recorded in `windows`. */
export function fakeBrowserWindowClass() {
  const windows: FakeWindow[] = [];
  class FakeWindow extends Emitter {
    readonly options: BrowserWindowConstructorOptions;
    readonly webContents = new FakeWebContents();
    readonly loaded: string[] = [];
    shown = 0;
    focused = 0;
    restored = 0;
    minimized = false;
    destroyed = false;
    constructor(options: BrowserWindowConstructorOptions) {
      super();
      this.options = options;
      windows.push(this);
    }
    show(): void {
      this.shown += 1;
    }
    async loadURL(url: string): Promise<void> {
      this.loaded.push(url);
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    restore(): void {
      this.restored += 1;
      this.minimized = false;
    }
    focus(): void {
      this.focused += 1;
    }
    close(): void {
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.emit('closed');
    }
  }
  return { BrowserWindow: FakeWindow, windows };
}

export function fakeShell() {
  const opened: string[] = [];
  return {
    opened,
    async openExternal(url: string): Promise<void> {
      opened.push(url);
    },
  };
}

export function fakeProtocol(log: string[] = []) {
  const schemes: unknown[] = [];
  const handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  return {
    schemes,
    handlers,
    registerSchemesAsPrivileged(customSchemes: unknown[]): void {
      log.push('registerSchemesAsPrivileged');
      schemes.push(...customSchemes);
    },
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
      log.push(`handle:${scheme}`);
      handlers.set(scheme, handler);
    },
  };
}

export type InvokeListener = (event: any, ...args: unknown[]) => unknown;

export function fakeIpcMain() {
  const handlers = new Map<string, InvokeListener>();
  return {
    handlers,
    handle(channel: string, listener: InvokeListener): void {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler(channel: string): void {
      handlers.delete(channel);
    },
    /** What Electron does when a renderer calls ipcRenderer.invoke(channel, ...args). */
    async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
      const listener = handlers.get(channel);
      if (!listener) throw new Error(`No handler registered for '${channel}'`);
      return listener(event, ...args);
    },
  };
}

export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
