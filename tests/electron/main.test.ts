import { describe, expect, it, vi } from 'vitest';

// The real entry point, with Electron replaced by recorders. This instance does not get the single-instance lock,
// so it must quit without registering anything or waiting for `ready`.
const electron = vi.hoisted(() => {
  const calls: string[] = [];
  const record = (name: string, result?: unknown) => () => {
    calls.push(name);
    return result;
  };
  return {
    calls,
    app: {
      isPackaged: true,
      requestSingleInstanceLock: record('app.requestSingleInstanceLock', false),
      quit: record('app.quit'),
      enableSandbox: record('app.enableSandbox'),
      whenReady: () => {
        calls.push('app.whenReady');
        return new Promise(() => undefined);
      },
      getPath: record('app.getPath', '/nonexistent'),
      on: record('app.on'),
    },
    protocol: { registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged'), handle: record('protocol.handle') },
    ipcMain: { handle: record('ipcMain.handle'), removeHandler: record('ipcMain.removeHandler') },
    shell: { openExternal: record('shell.openExternal') },
    dialog: { showErrorBox: record('dialog.showErrorBox') },
    BrowserWindow: class {
      constructor() {
        calls.push('new BrowserWindow');
      }
    },
  };
});
vi.mock('electron', () => ({ ...electron, default: electron }));

describe('main.ts (entry point)', () => {
  it('asks for the single-instance lock and, as a second instance, quits straight away', async () => {
    await import('../../src-main/electron/main.ts');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(electron.calls).toEqual(['app.requestSingleInstanceLock', 'app.quit']);
  });
});
