/**
 * `npm start` (after the build): opens the Electron window when Electron can run on this machine, otherwise says
 * why in French and falls back to browser mode (the same backend and renderer over loopback HTTP).
 * `npm run browser` (`--browser`) goes straight to browser mode.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Backend } from '../core/backend.ts';
import { createFileLogger, logsFolderOf, teeLogger } from '../logs/file-logger.ts';
import { openBackend } from '../recovery/open-backend.ts';
import { consoleLogger, type Logger } from '../core/logger.ts';
import { startBrowserServer } from '../http/server.ts';

export type ElectronAvailability = { available: true; binary: string } | { available: false; reason: string };

export interface AvailabilityInput {
  /** Folder of the installed `electron` package; null when it is not installed. */
  electronDir: string | null;
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  fileExists?: (path: string) => boolean;
  readText?: (path: string) => string;
}

/**
 * Can Electron open a window here? Electron 45 downloads its binary on first launch (from GitHub): without
 * `path.txt` and the binary in `dist/`, launching it would try that download. On Linux and the BSDs a window also
 * needs a display server (DISPLAY or WAYLAND_DISPLAY).
 */
export function electronAvailability(input: AvailabilityInput): ElectronAvailability {
  const fileExists = input.fileExists ?? existsSync;
  const readText = input.readText ?? ((path: string) => readFileSync(path, 'utf8'));
  const { electronDir, env } = input;
  if (!electronDir || !fileExists(join(electronDir, 'package.json'))) {
    return { available: false, reason: "Electron n'est pas installé (dossier node_modules/electron absent)." };
  }
  // Mirrors node_modules/electron/index.js: path.txt names the binary inside dist/ (or inside
  // ELECTRON_OVERRIDE_DIST_PATH, where path.txt is optional); without them, electron downloads the binary.
  const override = env.ELECTRON_OVERRIDE_DIST_PATH?.trim();
  const pathFile = join(electronDir, 'path.txt');
  const hasPathFile = fileExists(pathFile);
  if (!hasPathFile && !override) {
    return {
      available: false,
      reason:
        "le programme Electron n'a jamais été téléchargé sur ce poste (node_modules/electron/path.txt absent) ; " +
        'son téléchargement depuis GitHub est impossible ici.',
    };
  }
  const executable = hasPathFile ? readText(pathFile).trim() : 'electron';
  const binary = join(override || join(electronDir, 'dist'), executable);
  if (!executable || !fileExists(binary)) {
    return {
      available: false,
      reason: `le programme Electron est absent (${binary} introuvable) ; son téléchargement depuis GitHub est impossible ici.`,
    };
  }
  if (input.platform !== 'win32' && input.platform !== 'darwin' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return {
      available: false,
      reason: "aucun écran graphique n'est disponible (ni DISPLAY ni WAYLAND_DISPLAY ne sont définis).",
    };
  }
  return { available: true, binary };
}

/** VOISINAGE_PORT: a whole number from 0 (any free port) to 65535. */
export function browserPort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`VOISINAGE_PORT invalide (« ${value} ») : attendu un nombre entier de 0 à 65535.`);
  }
  return port;
}

/** VOISINAGE_DATA_DIR, or `.voisinage-data` in the project folder. */
export function browserDataDir(env: Record<string, string | undefined>, projectRoot: string): string {
  const fromEnv = env.VOISINAGE_DATA_DIR?.trim();
  return fromEnv ? resolve(fromEnv) : join(projectRoot, '.voisinage-data');
}

function findElectronDir(projectRoot: string): string | null {
  try {
    // Resolves the package's manifest only: requiring `electron` itself would start the download.
    return dirname(createRequire(join(projectRoot, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

type ElectronRun = { started: true; code: number } | { started: false; reason: string };

function runElectron(binary: string, projectRoot: string): Promise<ElectronRun> {
  const env = { ...process.env };
  // With this set, Electron would behave as plain Node instead of opening the app.
  delete env.ELECTRON_RUN_AS_NODE;
  return new Promise((resolvePromise) => {
    const child = spawn(binary, [projectRoot], { stdio: 'inherit', env, windowsHide: false });
    let spawned = false;
    const forward = (signal: NodeJS.Signals) => () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    const signals = ['SIGINT', 'SIGTERM'] as const;
    const handlers = signals.map((signal) => [signal, forward(signal)] as const);
    child.once('spawn', () => {
      spawned = true;
      handlers.forEach(([signal, handler]) => process.on(signal, handler));
    });
    child.once('error', (error) => {
      if (!spawned) resolvePromise({ started: false, reason: `Electron n'a pas pu être lancé (${error.message}).` });
    });
    child.once('close', (code, signal) => {
      handlers.forEach(([name, handler]) => process.off(name, handler));
      if (spawned) resolvePromise({ started: true, code: code ?? (signal ? 1 : 0) });
    });
  });
}

export interface BrowserModeOptions {
  projectRoot: string;
  env: Record<string, string | undefined>;
  /** The built renderer; out/renderer in the project by default. */
  staticDir?: string;
  logger?: Logger;
}

export interface BrowserMode {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Opens the backend and the loopback server; throws an Error with a French message when it cannot. */
export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserMode> {
  const staticDir = options.staticDir ?? join(options.projectRoot, 'out', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error(`L'interface n'est pas construite (${join(staticDir, 'index.html')} absent) : lancez « npm run build ».`);
  }
  const port = browserPort(options.env.VOISINAGE_PORT);
  const dataDir = browserDataDir(options.env, options.projectRoot);
  let backend: Backend;
  try {
    const logger = options.logger ?? teeLogger(consoleLogger, createFileLogger({ folder: logsFolderOf(dataDir) }));
    backend = openBackend({ dataDir, logger });
  } catch (error) {
    throw new Error(`La base de données n'a pas pu être ouverte (${dataDir}) : ${(error as Error).message}`);
  }
  try {
    const server = await startBrowserServer({ backend, staticDir, port });
    return {
      url: server.url,
      dataDir,
      stop: async () => {
        await server.close().catch(() => undefined);
        backend.close();
      },
    };
  } catch (error) {
    backend.close();
    throw new Error(`Le serveur local n'a pas pu démarrer (port ${port}) : ${(error as Error).message}`);
  }
}

async function runBrowserMode(projectRoot: string): Promise<void> {
  let mode: BrowserMode;
  try {
    mode = await startBrowserMode({ projectRoot, env: process.env });
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
    return;
  }
  console.log('');
  console.log(`Voisinage (mode navigateur) : ouvrez cette adresse dans votre navigateur : ${mode.url}`);
  console.log(`Voisinage (browser mode): open this address in your browser: ${mode.url}`);
  console.log(`Données : ${mode.dataDir}`);
  console.log('Ctrl+C pour arrêter. / Press Ctrl+C to stop.');

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // A second Ctrl+C does not wait any longer.
    if (stopping) process.exit(130);
    stopping = true;
    consoleLogger.info('stopping', { signal });
    mode.stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const USAGE = 'Usage : node src-main/cli/start.ts [--browser]';

export async function main(args: readonly string[]): Promise<void> {
  const unknown = args.filter((arg) => arg !== '--browser');
  if (unknown.length > 0) {
    console.error(`Option inconnue : ${unknown.join(' ')}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const projectRoot = resolve(import.meta.dirname, '..', '..');
  if (!args.includes('--browser')) {
    const availability = electronAvailability({
      electronDir: findElectronDir(projectRoot),
      platform: process.platform,
      env: process.env,
    });
    let reason: string;
    if (availability.available) {
      if (!existsSync(join(projectRoot, 'out', 'main', 'electron.js'))) {
        console.error("L'application n'est pas construite (out/main/electron.js absent) : lancez « npm run build ».");
        process.exitCode = 1;
        return;
      }
      const run = await runElectron(availability.binary, projectRoot);
      if (run.started) {
        process.exitCode = run.code;
        return;
      }
      reason = run.reason;
    } else {
      reason = availability.reason;
    }
    console.log(`La fenêtre de Voisinage ne peut pas s'ouvrir : ${reason}`);
    console.log('Voisinage démarre donc en mode navigateur, avec les mêmes données et les mêmes écrans.');
    console.log('The Voisinage window cannot open here; starting in browser mode instead.');
  }
  await runBrowserMode(projectRoot);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
