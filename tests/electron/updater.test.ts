import type { spawn } from 'node:child_process';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Dialog } from 'electron';
import type { AppUpdater } from 'electron-updater';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AutoUpdaterLike, CHECK_INTERVAL_MS, createUpdater, type UpdaterOptions } from '../../src-main/electron/updater.ts';
import {
  type FetchLike,
  installerRunner,
  type OpenDialogLike,
  pickInstallerFile,
  signatureFetcher,
  type SpawnLike,
} from '../../src-main/electron/updater-runner.ts';
import { scheduleUpdateChecks } from '../../src-main/electron/updater-schedule.ts';
import { STAGING_FOLDER_NAME, startUpdater } from '../../src-main/electron/updater-wiring.ts';
import { MESSAGES, parseFeedUrl, type UpdateState } from '../../src-main/electron/updater-state.ts';
import { digestFile, serializeSignature, signInstaller } from '../../src-main/updates/signature.ts';
import { FakeAutoUpdater } from './fake-auto-updater.ts';
import { Emitter, tempDir } from './fakes.ts';

// What main.ts passes must fit the interfaces (checked by tsc; nothing is loaded at run time).
export const realUpdaterFits = (real: AppUpdater): AutoUpdaterLike => real;
export const nodeSpawnFits = (real: typeof spawn): SpawnLike => real;
export const globalFetchFits = (real: typeof fetch): FetchLike => real;
export const electronDialogFits = (real: Dialog): OpenDialogLike => real;

const FEED = 'https://maj.bailleur.example/voisinage/';


let dir: ReturnType<typeof tempDir>;
let keys: { publicKey: KeyObject; privateKey: KeyObject };

beforeEach(() => {
  dir = tempDir('voisinage-updater-');
  keys = generateKeyPairSync('ed25519');
});
afterEach(() => dir.remove());

async function writeSignedInstaller(name: string, version: string, privateKey = keys.privateKey) {
  const path = join(dir.path, name);
  writeFileSync(path, Buffer.alloc(64_000, version.length));
  const signature = signInstaller(privateKey, { ...(await digestFile(path)), version, file: name });
  const signatureText = serializeSignature(signature);
  writeFileSync(`${path}.sig`, signatureText);
  return { path, signatureText };
}

function setUp(overrides: Partial<UpdaterOptions> = {}) {
  const autoUpdater = new FakeAutoUpdater();
  const log: string[] = [];
  let busy = false;
  let now = new Date('2025-03-01T09:00:00Z');
  const signatures = new Map<string, string>();
  const fetched: string[] = [];
  const updater = createUpdater({
    autoUpdater,
    currentVersion: '0.1.0',
    publicKey: keys.publicKey,
    feedUrl: FEED,
    isBusy: () => busy,
    beforeInstall: async () => {
      log.push('backup');
    },
    runInstaller: async (path) => {
      log.push(`run:${path}`);
    },
    fetchSignature: async (url) => {
      fetched.push(url);
      const text = signatures.get(url);
      if (text === undefined) throw Object.assign(new Error('HTTP 404'), { code: 'HTTP_ERROR_404' });
      return text;
    },
    stagingDir: join(dir.path, 'staging'),
    clock: { now: () => now },
    ...overrides,
  });
  const states: UpdateState['status'][] = [];
  updater.onChange((state) => states.push(state.status));
  return {
    autoUpdater,
    updater,
    log,
    states,
    signatures,
    fetched,
    setBusy: (value: boolean) => (busy = value),
    advance: (ms: number) => (now = new Date(now.getTime() + ms)),
  };
}

/** An offered update whose download writes a correctly signed installer. */
async function offerSigned(t: ReturnType<typeof setUp>, version = '0.2.0') {
  const installer = await writeSignedInstaller(`Voisinage-Setup-${version}.exe`, version);
  t.autoUpdater.offer(version);
  t.signatures.set(`${FEED}Voisinage-Setup-${version}.exe.sig`, installer.signatureText);
  t.autoUpdater.nextDownload = async () => {
    t.autoUpdater.emit('download-progress', { percent: 12.7 });
    t.autoUpdater.emit('download-progress', { percent: 64 });
    t.autoUpdater.emit('download-progress', { percent: 100 });
    t.autoUpdater.emit('update-downloaded', { version, downloadedFile: installer.path });
    return [installer.path];
  };
  return installer;
}

describe('updater set-up', () => {
  it('turns off automatic download, install on quit, downgrades, pre-releases, and its own logging', () => {
    const { autoUpdater } = setUp();
    expect(autoUpdater.autoDownload).toBe(false);
    expect(autoUpdater.autoInstallOnAppQuit).toBe(false);
    expect(autoUpdater.allowDowngrade).toBe(false);
    expect(autoUpdater.allowPrerelease).toBe(false);
    expect(autoUpdater.logger).toBeNull();
    expect(autoUpdater.calls).toEqual([]);
  });

  it('starts idle and does nothing until asked', () => {
    const { updater, autoUpdater } = setUp();
    expect(updater.state()).toEqual({ status: 'idle', checkedAt: null, upToDate: false });
    expect(autoUpdater.calls).toEqual([]);
  });
});

describe('feed address', () => {
  it('accepts https only, without credentials, and normalises it', () => {
    expect(parseFeedUrl(' https://maj.example/voisinage ')).toEqual({ ok: true, url: 'https://maj.example/voisinage/' });
    expect(parseFeedUrl('http://maj.example/')).toEqual({ ok: false, message: MESSAGES.feedNotHttps });
    expect(parseFeedUrl('file:///S:/mises-a-jour/')).toEqual({ ok: false, message: MESSAGES.feedNotHttps });
    expect(parseFeedUrl('\\\\serveur\\partage')).toEqual({ ok: false, message: MESSAGES.feedInvalid });
    expect(parseFeedUrl('https://user:secret@maj.example/')).toEqual({ ok: false, message: MESSAGES.feedCredentials });
    expect(parseFeedUrl('')).toEqual({ ok: false, message: MESSAGES.feedMissing });
  });

  it('refuses a non-https feed with a French message and keeps the previous one', async () => {
    const t = setUp();
    const result = t.updater.setFeedUrl('http://maj.bailleur.example/');
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('https://') });
    t.autoUpdater.nextCheck = async () => ({ isUpdateAvailable: false, updateInfo: { version: '0.1.0', files: [] } });
    await t.updater.checkForUpdates();
    expect(t.autoUpdater.feeds).toEqual([FEED]);
  });

  it('hands the configured feed to electron-updater as a generic provider at each check', async () => {
    const t = setUp();
    expect(t.updater.setFeedUrl('https://autre.example/maj').ok).toBe(true);
    t.autoUpdater.nextCheck = async () => ({ isUpdateAvailable: false, updateInfo: { version: '0.1.0', files: [] } });
    await t.updater.checkForUpdates();
    expect(t.autoUpdater.feeds).toEqual(['https://autre.example/maj/']);
  });

  it('without a feed, a check is refused and nothing is contacted', async () => {
    const t = setUp({ feedUrl: null });
    expect(await t.updater.checkForUpdates()).toMatchObject({ ok: false, message: MESSAGES.feedMissing });
    expect(await t.updater.checkIfDue()).toBe(false);
    expect(t.autoUpdater.calls).toEqual([]);
  });
});

describe('state machine', () => {
  it('idle → checking → idle (up to date)', async () => {
    const t = setUp();
    t.autoUpdater.nextCheck = async () => ({ isUpdateAvailable: false, updateInfo: { version: '0.1.0', files: [] } });
    const result = await t.updater.checkForUpdates();
    expect(result.ok).toBe(true);
    expect(t.states).toEqual(['checking', 'idle']);
    expect(t.updater.state()).toEqual({ status: 'idle', checkedAt: '2025-03-01T09:00:00.000Z', upToDate: true });
  });

  it('idle → checking → available → downloading(percent) → verifying → ready → installing, with consent at each step', async () => {
    const t = setUp();
    const installer = await offerSigned(t);
    const percents: number[] = [];
    t.updater.onChange((state) => state.status === 'downloading' && percents.push(state.percent));

    await t.updater.checkForUpdates();
    expect(t.updater.state()).toEqual({ status: 'available', version: '0.2.0' });
    expect(t.autoUpdater.calls).toEqual(['setFeedURL', 'checkForUpdates']);

    expect((await t.updater.downloadUpdate()).ok).toBe(true);
    expect(percents).toEqual([0, 12, 64, 100]);
    expect(t.fetched).toEqual([`${FEED}Voisinage-Setup-0.2.0.exe.sig`]);
    expect(t.updater.state()).toEqual({ status: 'ready', version: '0.2.0', source: 'feed' });
    expect(t.autoUpdater.installs).toEqual([]);

    expect((await t.updater.installUpdate()).ok).toBe(true);
    expect(t.log).toEqual(['backup']);
    expect(t.autoUpdater.installs).toEqual([[false, true]]);
    expect(t.updater.state()).toEqual({ status: 'installing', version: '0.2.0', source: 'feed' });
    expect(t.states).toEqual(['checking', 'available', 'downloading', 'downloading', 'downloading', 'downloading', 'verifying', 'ready', 'installing']);
    expect(installer.path).toBeTruthy();
  });

  it('checking → error with a French message when the server cannot be reached; never throws', async () => {
    const t = setUp();
    t.autoUpdater.nextCheck = async () => {
      throw new Error('net::ERR_INTERNET_DISCONNECTED');
    };
    const result = await t.updater.checkForUpdates();
    expect(result).toMatchObject({ ok: false, message: MESSAGES.unreachable });
    expect(t.updater.state()).toEqual({ status: 'error', message: MESSAGES.unreachable });
    t.autoUpdater.nextCheck = async () => {
      throw Object.assign(new Error('Cannot find channel "latest.yml"'), { code: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' });
    };
    expect(await t.updater.checkForUpdates()).toMatchObject({ ok: false, message: MESSAGES.notPublished });
  });

  it('an error event while idle does not change the state (failures come through the actions)', () => {
    const t = setUp();
    t.autoUpdater.emit('error', new Error('boom'));
    expect(t.updater.state().status).toBe('idle');
  });

  it('in development (updater inactive) a check says so and stays idle', async () => {
    const t = setUp();
    t.autoUpdater.nextCheck = async () => null;
    expect(await t.updater.checkForUpdates()).toMatchObject({ ok: false, message: MESSAGES.notPackaged });
    expect(t.updater.state().status).toBe('idle');
  });

  it('ignores an offer that is not newer than the installed version', async () => {
    const t = setUp();
    t.autoUpdater.offer('0.1.0');
    await t.updater.checkForUpdates();
    expect(t.updater.state()).toMatchObject({ status: 'idle', upToDate: true });
  });

  it('two checks at once make one request', async () => {
    const t = setUp();
    t.autoUpdater.offer('0.2.0');
    const [a, b] = await Promise.all([t.updater.checkForUpdates(), t.updater.checkForUpdates()]);
    expect(a).toBe(b);
    expect(t.autoUpdater.calls.filter((call) => call === 'checkForUpdates')).toHaveLength(1);
  });
});

describe('consent', () => {
  it('an available update is never downloaded nor installed by itself', async () => {
    const t = setUp();
    await offerSigned(t);
    await t.updater.checkForUpdates();
    await t.updater.checkIfDue();
    t.advance(3 * CHECK_INTERVAL_MS);
    await t.updater.checkIfDue();
    expect(t.autoUpdater.calls).not.toContain('downloadUpdate');
    expect(t.autoUpdater.calls).not.toContain('quitAndInstall');
    expect(t.updater.state().status).toBe('available');
  });

  it('a downloaded update is not installed until installUpdate() is called', async () => {
    const t = setUp();
    await offerSigned(t);
    await t.updater.checkForUpdates();
    await t.updater.downloadUpdate();
    t.autoUpdater.emit('update-downloaded', { version: '0.2.0', downloadedFile: 'x' });
    expect(t.autoUpdater.installs).toEqual([]);
    expect(t.log).toEqual([]);
  });

  it('download and install are refused when there is nothing to download or install', async () => {
    const t = setUp();
    expect(await t.updater.downloadUpdate()).toMatchObject({ ok: false, message: MESSAGES.nothingToDownload });
    expect(await t.updater.installUpdate()).toMatchObject({ ok: false, message: MESSAGES.nothingToInstall });
    expect(t.autoUpdater.calls).toEqual([]);
  });
});

describe('no installation during a write', () => {
  async function ready(t: ReturnType<typeof setUp>) {
    await offerSigned(t);
    await t.updater.checkForUpdates();
    await t.updater.downloadUpdate();
    expect(t.updater.state().status).toBe('ready');
  }

  it('refuses while the backend writes, stays ready, and installs once it is done', async () => {
    const t = setUp();
    await ready(t);
    t.setBusy(true);
    expect(await t.updater.installUpdate()).toMatchObject({ ok: false, message: MESSAGES.busy, state: { status: 'ready' } });
    expect(t.log).toEqual([]);
    expect(t.autoUpdater.installs).toEqual([]);
    t.setBusy(false);
    expect((await t.updater.installUpdate()).ok).toBe(true);
    expect(t.autoUpdater.installs).toHaveLength(1);
  });

  it('takes the backup before the installer runs, and refuses if a write started during the backup', async () => {
    let busyChecks = 0;
    const order: string[] = [];
    const t = setUp({
      // Not busy when asked, busy again once the backup is done.
      isBusy: () => busyChecks++ > 0,
      beforeInstall: async () => {
        order.push('backup');
      },
    });
    await ready(t);
    expect(await t.updater.installUpdate()).toMatchObject({ ok: false, message: MESSAGES.busy });
    expect(order).toEqual(['backup']);
    expect(t.autoUpdater.installs).toEqual([]);
    expect(t.updater.state().status).toBe('ready');
  });

  it('counts a failing busy check as busy', async () => {
    const t = setUp({
      isBusy: () => {
        throw new Error('backend closed');
      },
    });
    await ready(t);
    expect(await t.updater.installUpdate()).toMatchObject({ ok: false, message: MESSAGES.busy });
    expect(t.autoUpdater.installs).toEqual([]);
  });

  it('does not install when the backup fails', async () => {
    const t = setUp({
      beforeInstall: async () => {
        throw new Error('disk full');
      },
    });
    await ready(t);
    expect(await t.updater.installUpdate()).toMatchObject({ ok: false, message: MESSAGES.backupFailed, state: { status: 'ready' } });
    expect(t.autoUpdater.installs).toEqual([]);
  });
});

describe('signature of downloaded updates', () => {
  it('refuses a download whose signature is missing on the server', async () => {
    const t = setUp();
    await offerSigned(t);
    t.signatures.clear();
    await t.updater.checkForUpdates();
    expect(await t.updater.downloadUpdate()).toMatchObject({ ok: false, message: MESSAGES.signatureMissing });
    expect(t.updater.state().status).toBe('error');
    expect(await t.updater.installUpdate()).toMatchObject({ ok: false, message: MESSAGES.nothingToInstall });
  });

  it('refuses a downloaded installer signed with another key', async () => {
    const t = setUp();
    const other = generateKeyPairSync('ed25519').privateKey;
    const installer = await writeSignedInstaller('Voisinage-Setup-0.2.0.exe', '0.2.0', other);
    t.autoUpdater.offer('0.2.0');
    t.signatures.set(`${FEED}Voisinage-Setup-0.2.0.exe.sig`, installer.signatureText);
    t.autoUpdater.nextDownload = async () => [installer.path];
    await t.updater.checkForUpdates();
    const result = await t.updater.downloadUpdate();
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("signature de la mise à jour n'est pas valide") });
    expect(t.autoUpdater.installs).toEqual([]);
  });

  it('refuses to install if the downloaded file changed after verification', async () => {
    const t = setUp();
    const installer = await offerSigned(t);
    await t.updater.checkForUpdates();
    await t.updater.downloadUpdate();
    writeFileSync(installer.path, 'tampered');
    expect(await t.updater.installUpdate()).toMatchObject({ ok: false, message: expect.stringContaining('ne correspond pas') });
    expect(t.log).toEqual([]);
    expect(t.autoUpdater.installs).toEqual([]);
  });

  it('a failure to start the installer becomes an error state', async () => {
    const t = setUp();
    await offerSigned(t);
    await t.updater.checkForUpdates();
    await t.updater.downloadUpdate();
    await t.updater.installUpdate();
    t.autoUpdater.emit('error', new Error('spawn EACCES'));
    expect(t.updater.state()).toEqual({ status: 'error', message: MESSAGES.installerFailed });
  });

  it('without a public key nothing can be installed', async () => {
    const t = setUp({ publicKey: null });
    await offerSigned(t);
    await t.updater.checkForUpdates();
    expect(await t.updater.downloadUpdate()).toMatchObject({ ok: false, message: MESSAGES.noPublicKey });
    expect(t.autoUpdater.calls).not.toContain('downloadUpdate');
  });
});

describe('install from a file', () => {
  it('verifies the file, waits for consent, then runs the staged copy after the backup', async () => {
    const t = setUp({ feedUrl: null });
    const { path } = await writeSignedInstaller('Voisinage-Setup-0.3.0.exe', '0.3.0');
    expect((await t.updater.prepareUpdateFromFile(path)).ok).toBe(true);
    expect(t.updater.state()).toEqual({ status: 'ready', version: '0.3.0', source: 'file' });
    expect(t.log).toEqual([]);
    expect(await t.updater.installUpdate()).toMatchObject({ ok: true, state: { status: 'installing', source: 'file' } });
    const staged = readdirSync(join(dir.path, 'staging'));
    expect(staged).toHaveLength(1);
    expect(t.log).toEqual(['backup', `run:${join(dir.path, 'staging', staged[0]!)}`]);
    expect(t.autoUpdater.calls).toEqual([]);
  });

  it.each([
    ['unsigned', async () => {
      const path = join(dir.path, 'Voisinage-Setup.exe');
      writeFileSync(path, 'MZ');
      return path;
    }, "n'est pas signé"],
    ['tampered', async () => {
      const { path } = await writeSignedInstaller('Voisinage-Setup-0.3.0.exe', '0.3.0');
      const bytes = readFileSync(path);
      bytes[5] = bytes[5]! ^ 1;
      writeFileSync(path, bytes);
      return path;
    }, 'ne correspond pas'],
    ['signed with another key', async () => {
      const { path } = await writeSignedInstaller('Voisinage-Setup-0.3.0.exe', '0.3.0', generateKeyPairSync('ed25519').privateKey);
      return path;
    }, "n'est pas valide"],
    ['an older version', async () => {
      const { path } = await writeSignedInstaller('Voisinage-Setup-0.0.9.exe', '0.0.9');
      return path;
    }, "n'est pas plus récente"],
  ])('refuses a file that is %s, with a French message, and installs nothing', async (_label, make, text) => {
    const t = setUp({ feedUrl: null });
    const result = await t.updater.prepareUpdateFromFile(await make());
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining(text), state: { status: 'error' } });
    expect(await t.updater.installUpdate()).toMatchObject({ ok: false, message: MESSAGES.nothingToInstall });
    expect(t.log).toEqual([]);
  });

  it('refuses to run the installer while a write is in progress', async () => {
    const t = setUp({ feedUrl: null });
    const { path } = await writeSignedInstaller('Voisinage-Setup-0.3.0.exe', '0.3.0');
    await t.updater.prepareUpdateFromFile(path);
    t.setBusy(true);
    expect(await t.updater.installUpdate()).toMatchObject({ ok: false, message: MESSAGES.busy });
    expect(t.log).toEqual([]);
  });

  it('a failing installer launch becomes a French error, not a crash', async () => {
    const t = setUp({
      feedUrl: null,
      runInstaller: async () => {
        throw new Error('spawn UNKNOWN');
      },
    });
    const { path } = await writeSignedInstaller('Voisinage-Setup-0.3.0.exe', '0.3.0');
    await t.updater.prepareUpdateFromFile(path);
    expect(await t.updater.installUpdate()).toMatchObject({ ok: false, message: MESSAGES.installerFailed });
    expect(t.updater.state().status).toBe('error');
  });
});

describe('automatic checks, at most once a day', () => {
  function fakeTimers() {
    const callbacks: Array<() => void> = [];
    return {
      callbacks,
      cleared: [] as unknown[],
      setInterval(callback: () => void) {
        callbacks.push(callback);
        return callbacks.length;
      },
      clearInterval(handle: unknown) {
        this.cleared.push(handle);
      },
      tick: () => callbacks.forEach((callback) => callback()),
    };
  }

  it('checks at start, then only once each 24 hours however often it is polled', async () => {
    const t = setUp();
    t.autoUpdater.nextCheck = async () => ({ isUpdateAvailable: false, updateInfo: { version: '0.1.0', files: [] } });
    const timers = fakeTimers();
    const stop = scheduleUpdateChecks(t.updater, { timers });
    const checks = () => t.autoUpdater.calls.filter((call) => call === 'checkForUpdates').length;
    await Promise.resolve();
    expect(checks()).toBe(1);
    for (let hour = 1; hour <= 72; hour += 1) {
      t.advance(60 * 60 * 1000);
      timers.tick();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(checks()).toBe(4); // at start, then after 24 h, 48 h and 72 h
    stop();
    expect(timers.cleared).toEqual([1]);
  });

  it('counts a check asked by the user, and a time remembered from an earlier run', async () => {
    let saved: string | null = '2025-03-01T08:00:00.000Z';
    const t = setUp({ lastCheck: { load: () => saved, save: (iso) => (saved = iso) } });
    t.autoUpdater.nextCheck = async () => ({ isUpdateAvailable: false, updateInfo: { version: '0.1.0', files: [] } });
    expect(await t.updater.checkIfDue()).toBe(false);
    t.advance(23 * 60 * 60 * 1000);
    expect(await t.updater.checkIfDue()).toBe(true);
    expect(saved).toBe('2025-03-02T08:00:00.000Z');
    t.advance(2 * 60 * 60 * 1000);
    await t.updater.checkForUpdates(); // on demand: always allowed
    t.advance(23 * 60 * 60 * 1000);
    expect(await t.updater.checkIfDue()).toBe(false);
    t.advance(60 * 60 * 1000);
    expect(await t.updater.checkIfDue()).toBe(true);
  });

  it('a clock set back does not block checks for ever', async () => {
    let saved: string | null = '2030-01-01T00:00:00.000Z';
    const t = setUp({ lastCheck: { load: () => saved, save: (iso) => (saved = iso) } });
    t.autoUpdater.nextCheck = async () => ({ isUpdateAvailable: false, updateInfo: { version: '0.1.0', files: [] } });
    expect(await t.updater.checkIfDue()).toBe(true);
  });

  it('does not check automatically while an update waits for the user', async () => {
    const t = setUp();
    await offerSigned(t);
    await t.updater.checkForUpdates();
    t.advance(2 * CHECK_INTERVAL_MS);
    expect(await t.updater.checkIfDue()).toBe(false);
  });
});

describe('production helpers', () => {
  it('runs the installer detached with --updated, then quits', async () => {
    const spawned: unknown[] = [];
    let quits = 0;
    const child = Object.assign(new Emitter(), { unrefs: 0, unref() { this.unrefs += 1; } });
    const run = installerRunner({
      platform: 'win32',
      quit: () => (quits += 1),
      spawn: (command, args, options) => {
        spawned.push([command, args, options]);
        queueMicrotask(() => child.emit('spawn'));
        return child;
      },
    });
    await run('C:\\Users\\agent\\AppData\\Roaming\\Voisinage\\mises-a-jour\\x-Voisinage-Setup.exe');
    expect(spawned).toEqual([
      ['C:\\Users\\agent\\AppData\\Roaming\\Voisinage\\mises-a-jour\\x-Voisinage-Setup.exe', ['--updated'], { detached: true, stdio: 'ignore', windowsHide: false }],
    ]);
    expect(child.unrefs).toBe(1);
    expect(quits).toBe(1);
  });

  it('does not quit when the installer cannot start', async () => {
    let quits = 0;
    const child = Object.assign(new Emitter(), { unref() {} });
    const run = installerRunner({
      platform: 'win32',
      quit: () => (quits += 1),
      spawn: () => {
        queueMicrotask(() => child.emit('error', new Error('ENOENT')));
        return child;
      },
    });
    await expect(run('x.exe')).rejects.toThrow('ENOENT');
    expect(quits).toBe(0);
  });

  it('fetches signatures over https only', async () => {
    const requested: string[] = [];
    const fetchSignature = signatureFetcher(async (url) => {
      requested.push(url);
      return { ok: true, status: 200, url, text: async () => '{"format":"x"}' };
    });
    expect(await fetchSignature('https://maj.example/a.exe.sig')).toBe('{"format":"x"}');
    await expect(fetchSignature('http://maj.example/a.exe.sig')).rejects.toThrow();
    expect(requested).toEqual(['https://maj.example/a.exe.sig']);
  });

  it('asks for the installer file with an .exe filter, null when cancelled', async () => {
    const asked: unknown[] = [];
    const dialog = (answer: { canceled: boolean; filePaths: string[] }) => ({
      showOpenDialog: async (options: unknown) => {
        asked.push(options);
        return answer;
      },
    });
    expect(await pickInstallerFile(dialog({ canceled: false, filePaths: ['E:\\Voisinage-Setup-0.3.0.exe'] }))).toBe('E:\\Voisinage-Setup-0.3.0.exe');
    expect(await pickInstallerFile(dialog({ canceled: true, filePaths: [] }))).toBeNull();
    expect(asked[0]).toMatchObject({ properties: ['openFile'], filters: [{ extensions: ['exe'] }] });
  });
});

describe('startUpdater (what app.ts calls)', () => {
  const ROOT = resolve(import.meta.dirname, '..', '..');

  function start(packaged: boolean, mainDir = join(ROOT, 'out', 'main')) {
    const autoUpdater = new FakeAutoUpdater();
    autoUpdater.nextCheck = async () => ({ isUpdateAvailable: false, updateInfo: { version: '0.1.0', files: [] } });
    const intervals: number[] = [];
    const started = startUpdater({
      wiring: {
        autoUpdater: () => autoUpdater,
        spawn: () => {
          throw new Error('not in this test');
        },
        fetch: async () => {
          throw new Error('not in this test');
        },
      },
      mainDir,
      userDataPath: join(dir.path, 'userData'),
      packaged,
      platform: 'win32',
      quit: () => undefined,
      currentVersion: '0.1.0',
      feedUrl: FEED,
      isBusy: () => false,
      beforeInstall: async () => undefined,
      timers: { setInterval: (_callback, ms) => intervals.push(ms), clearInterval: () => undefined },
    });
    return { ...started, autoUpdater, intervals };
  }

  it('in the installed app, schedules the daily check and checks once at start', async () => {
    const { autoUpdater, intervals, stop } = start(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(autoUpdater.calls).toEqual(['setFeedURL', 'checkForUpdates']);
    expect(intervals).toEqual([60 * 60 * 1000]);
    expect(autoUpdater.autoDownload).toBe(false);
    stop();
  });

  it('in development, checks nothing by itself', async () => {
    const { autoUpdater, intervals } = start(false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(autoUpdater.calls).toEqual([]);
    expect(intervals).toEqual([]);
  });

  it('verifies files with the shipped public key and stages them in userData', async () => {
    const { updater } = start(false);
    // Signed with a test key, not the shipped one: refused, nothing staged elsewhere than userData/mises-a-jour.
    const { path } = await writeSignedInstaller('Voisinage-Setup-0.3.0.exe', '0.3.0');
    expect(await updater.prepareUpdateFromFile(path)).toMatchObject({ ok: false, message: expect.stringContaining("n'est pas valide") });
    expect(readdirSync(join(dir.path, 'userData', STAGING_FOLDER_NAME))).toEqual([]);
  });

  it('without a readable public key, refuses every installation', async () => {
    const { updater } = start(false, join(dir.path, 'nowhere', 'out', 'main'));
    const { path } = await writeSignedInstaller('Voisinage-Setup-0.3.0.exe', '0.3.0');
    expect(await updater.prepareUpdateFromFile(path)).toMatchObject({ ok: false, message: MESSAGES.noPublicKey });
  });
});

describe('packaging configuration (package.json "build")', () => {
  const ROOT = resolve(import.meta.dirname, '..', '..');
  const build = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).build as Record<string, any>;

  it('passes electron-builder\'s own schema', async () => {
    // electron-builder's internal validator (app-builder-lib 26), the one `electron-builder` runs before packaging.
    const { validateConfiguration } = createRequire(import.meta.url)('app-builder-lib/out/util/config/config.js');
    await expect(validateConfiguration(build, { isEnabled: false, add() {} })).resolves.toBeUndefined();
  });

  it('turns off RunAsNode, NODE_OPTIONS and --inspect; installs per user; feeds over https', () => {
    expect(build!.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(build!.nsis).toMatchObject({ perMachine: false, allowElevation: false, deleteAppDataOnUninstall: false });
    const publish = [build!.publish].flat();
    expect(publish).toEqual([expect.objectContaining({ provider: 'generic', url: expect.stringMatching(/^https:\/\//) })]);
    expect(build!.files).toEqual(expect.arrayContaining(['out/**', 'package.json', 'resources/**']));
    expect(build!.asarUnpack).toEqual(expect.arrayContaining([expect.stringContaining('better-sqlite3')]));
    expect(build!.npmRebuild).toBe(false);
  });
});
