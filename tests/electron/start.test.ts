import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browserDataDir, browserPort, electronAvailability, startBrowserMode } from '../../src-main/cli/start.ts';
import { silentLogger } from '../../src-main/core/logger.ts';
import { TOKEN_HEADER } from '../../src-main/http/server.ts';
import { tempDir } from './fakes.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
let dir: ReturnType<typeof tempDir>;
const children: ChildProcess[] = [];

/** Runs start.ts in its own process; a test that fails midway still gets it killed in afterEach. */
function startScript(args: string[], options: SpawnOptions = {}) {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'src-main/cli/start.ts'), ...args], { ...options, stdio: 'pipe' });
  children.push(child);
  return child as ChildProcess & { stdout: NodeJS.ReadableStream; stderr: NodeJS.ReadableStream };
}

beforeEach(() => {
  dir = tempDir('voisinage-start-');
});
afterEach(() => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  dir.remove();
});

/** A fake node_modules/electron: package.json, and optionally path.txt and the binary. */
function electronPackage(options: { pathTxt?: string; binary?: boolean }): string {
  const electronDir = join(dir.path, 'electron');
  mkdirSync(join(electronDir, 'dist'), { recursive: true });
  writeFileSync(join(electronDir, 'package.json'), '{"name":"electron"}');
  if (options.pathTxt !== undefined) writeFileSync(join(electronDir, 'path.txt'), options.pathTxt);
  if (options.binary) writeFileSync(join(electronDir, 'dist', 'electron'), '');
  return electronDir;
}

describe('electronAvailability', () => {
  it('is unavailable when the electron package is not installed', () => {
    const result = electronAvailability({ electronDir: null, platform: 'linux', env: { DISPLAY: ':0' } });
    expect(result).toMatchObject({ available: false });
    expect(result.available || result.reason).toMatch(/pas installé/);
    expect(electronAvailability({ electronDir: join(dir.path, 'nope'), platform: 'linux', env: {} }).available).toBe(false);
  });

  it('is unavailable when the binary was never downloaded (no path.txt): launching would try GitHub', () => {
    const result = electronAvailability({ electronDir: electronPackage({}), platform: 'win32', env: {} });
    expect(result).toMatchObject({ available: false });
    expect(result.available || result.reason).toMatch(/path\.txt/);
    expect(result.available || result.reason).toMatch(/GitHub/);
  });

  it('is unavailable when path.txt names a binary that is missing from dist/', () => {
    const result = electronAvailability({ electronDir: electronPackage({ pathTxt: 'electron' }), platform: 'linux', env: { DISPLAY: ':0' } });
    expect(result).toMatchObject({ available: false });
    expect(result.available || result.reason).toMatch(/introuvable/);
  });

  it('on Linux, needs DISPLAY or WAYLAND_DISPLAY', () => {
    const electronDir = electronPackage({ pathTxt: 'electron\n', binary: true });
    const none = electronAvailability({ electronDir, platform: 'linux', env: {} });
    expect(none).toMatchObject({ available: false });
    expect(none.available || none.reason).toMatch(/DISPLAY/);
    const binary = join(electronDir, 'dist', 'electron');
    expect(electronAvailability({ electronDir, platform: 'linux', env: { DISPLAY: ':99' } })).toEqual({ available: true, binary });
    expect(electronAvailability({ electronDir, platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } })).toEqual({
      available: true,
      binary,
    });
  });

  it('on Windows and macOS, needs no display variable', () => {
    const electronDir = electronPackage({ pathTxt: 'electron', binary: true });
    expect(electronAvailability({ electronDir, platform: 'win32', env: {} }).available).toBe(true);
    expect(electronAvailability({ electronDir, platform: 'darwin', env: {} }).available).toBe(true);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as electron does (path.txt then optional)', () => {
    const override = join(dir.path, 'custom-dist');
    mkdirSync(override);
    writeFileSync(join(override, 'electron'), '');
    const env = { DISPLAY: ':0', ELECTRON_OVERRIDE_DIST_PATH: override };
    const expected = { available: true, binary: join(override, 'electron') };
    expect(electronAvailability({ electronDir: electronPackage({ pathTxt: 'electron' }), platform: 'linux', env })).toEqual(expected);
    expect(electronAvailability({ electronDir: electronPackage({}), platform: 'linux', env })).toEqual(expected);
  });
});

describe('browser mode settings', () => {
  it('reads VOISINAGE_PORT (0 = any free port) and refuses nonsense', () => {
    expect(browserPort(undefined)).toBe(0);
    expect(browserPort('')).toBe(0);
    expect(browserPort('8123')).toBe(8123);
    for (const bad of ['abc', '-1', '65536', '80.5']) expect(() => browserPort(bad)).toThrow(/VOISINAGE_PORT/);
  });

  it('keeps data in VOISINAGE_DATA_DIR or .voisinage-data in the project', () => {
    expect(browserDataDir({}, '/p')).toBe(join('/p', '.voisinage-data'));
    expect(browserDataDir({ VOISINAGE_DATA_DIR: '/srv/data' }, '/p')).toBe('/srv/data');
  });

  it('serves the renderer and the real backend on loopback, then stops cleanly', async () => {
    const staticDir = join(dir.path, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Voisinage</title>');
    const dataDir = join(dir.path, 'data');
    const mode = await startBrowserMode({
      projectRoot: dir.path,
      env: { VOISINAGE_DATA_DIR: dataDir },
      staticDir,
      logger: silentLogger,
    });
    try {
      expect(mode.dataDir).toBe(dataDir);
      const url = new URL(mode.url);
      expect(url.hostname).toBe('127.0.0.1');
      const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
      expect(await (await fetch(new URL('/', url))).text()).toContain('Voisinage');
      const answer = await fetch(new URL('/api/invoke', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify({ method: 'system.info', input: {} }),
      });
      expect(await answer.json()).toMatchObject({ ok: true, data: { empty: true } });
    } finally {
      await mode.stop();
    }
    await expect(fetch(mode.url)).rejects.toThrow();
  });

  it('refuses to start without a built renderer', async () => {
    await expect(startBrowserMode({ projectRoot: dir.path, env: {}, logger: silentLogger })).rejects.toThrow(/npm run build/);
  });
});

describe('npm start (start.ts as a process)', () => {
  it('rejects unknown options', async () => {
    const child = startScript(['--fenetre']);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolveCode) => child.on('close', resolveCode));
    expect(code).toBe(2);
    expect(stderr).toMatch(/Option inconnue/);
  });

  // Needs the build (out/renderer); `npm test` builds before the end-to-end tests, not before these.
  it(
    'without a display, says why in French, falls back to browser mode and stops on SIGTERM',
    async () => {
      const env: Record<string, string | undefined> = { ...process.env, VOISINAGE_DATA_DIR: join(dir.path, 'data'), VOISINAGE_PORT: '0' };
      delete env.DISPLAY;
      delete env.WAYLAND_DISPLAY;
      const child = startScript([], { env });
      let stdout = '';
      child.stderr.resume();
      const url = await new Promise<string>((resolveUrl, reject) => {
        child.stdout.on('data', (chunk) => {
          stdout += chunk;
          const match = /open this address in your browser: (\S+)/.exec(stdout);
          if (match) resolveUrl(match[1]!);
        });
        child.on('close', (code) => reject(new Error(`start.ts exited (${code}) before printing the address:\n${stdout}`)));
      });
      expect(stdout).toMatch(/La fenêtre de Voisinage ne peut pas s'ouvrir : \S/);
      expect(stdout).toMatch(/mode navigateur/);
      expect(stdout).toMatch(/ouvrez cette adresse dans votre navigateur : http:\/\/127\.0\.0\.1:\d+\/#token=/);
      expect((await fetch(new URL('/', url))).status).toBe(200);
      const exited = new Promise((resolveCode) => child.on('close', resolveCode));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    },
  );

  // A stand-in Electron binary (a shell script) shows what start.ts launches when Electron can run.
  it.skipIf(process.platform === 'win32')(
    'with Electron available, launches it on the project folder (never as Node) and exits with its code',
    async () => {
      const dist = join(dir.path, 'dist');
      mkdirSync(dist);
      writeFileSync(join(dist, 'electron'), '#!/bin/sh\necho "args=$*"\necho "run_as_node=${ELECTRON_RUN_AS_NODE:-unset}"\nexit 3\n', {
        mode: 0o755,
      });
      const env = { ...process.env, DISPLAY: ':99', ELECTRON_OVERRIDE_DIST_PATH: dist, ELECTRON_RUN_AS_NODE: '1' };
      const child = startScript([], { env });
      let stdout = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.resume();
      const code = await new Promise((resolveCode) => child.on('close', resolveCode));
      expect(code).toBe(3);
      expect(stdout).toContain(`args=${PROJECT_ROOT}`);
      expect(stdout).toContain('run_as_node=unset');
      expect(stdout).not.toMatch(/mode navigateur/);
    },
  );
});
