/**
 * Electron entry point (built to out/main/electron.js). Only wiring: the logic lives in small files that take the
 * Electron objects as parameters, so that tests run them with fakes.
 */
import { spawn } from 'node:child_process';
import { app, BrowserWindow, dialog, ipcMain, protocol, shell } from 'electron';
import electronUpdater from 'electron-updater';
import { consoleLogger } from '../core/logger.ts';
import { runApp } from './app.ts';

runApp(
  { app, BrowserWindow, dialog, ipcMain, protocol, shell },
  {
    mainDir: import.meta.dirname,
    env: process.env,
    platform: process.platform,
    logger: consoleLogger,
    // A thunk: reading autoUpdater creates the updater, which needs Electron to be ready.
    updates: { autoUpdater: () => electronUpdater.autoUpdater, spawn, fetch: globalThis.fetch },
  },
).catch((error: unknown) => {
  consoleLogger.error('start-up failed', { error: error instanceof Error ? error.message.slice(0, 200) : 'unknown' });
  dialog.showErrorBox('Voisinage ne peut pas démarrer', error instanceof Error ? error.message : String(error));
  app.quit();
});
