import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createUpdater } from '../../src-main/electron/updater.ts';
import { updatesPort } from '../../src-main/electron/updater-port.ts';
import { call, expectError, newBackend, tempDir } from '../unit/helpers.ts';
import { FakeAutoUpdater } from './fake-auto-updater.ts';

/** The real backend with the real updater, electron-updater's side scripted. */
async function backendWithUpdater() {
  const backend = await newBackend();
  const autoUpdater = new FakeAutoUpdater();
  const updater = createUpdater({
    autoUpdater,
    currentVersion: '0.1.0',
    publicKey: generateKeyPairSync('ed25519').publicKey,
    feedUrl: null,
    isBusy: () => backend.busy(),
    beforeInstall: async () => backend.backup('avant-mise-a-jour'),
    runInstaller: async () => undefined,
    fetchSignature: async () => {
      throw new Error('HTTP 404');
    },
    stagingDir: join(tempDir(), 'staging'),
  });
  backend.attachUpdates(updatesPort(updater, async () => null));
  return { backend, autoUpdater };
}

describe('updates through the contract', () => {
  it('checks when an administrator asks, offers the version, and downloads nothing without a second click', async () => {
    const { backend, autoUpdater } = await backendWithUpdater();
    expect(await call(backend, 'updates.state', {})).toMatchObject({ available: true, state: { status: 'idle' } });
    autoUpdater.offer('0.2.0');
    // No address yet: the check says so. The office's address, once saved, reaches the running updater.
    expect((await call(backend, 'updates.check', {})).message).toMatch(/Aucune adresse/);
    await call(backend, 'settings.saveUpdates', { feedUrl: 'https://maj.bailleur.example/voisinage/' });
    const checked = await call(backend, 'updates.check', {});
    expect(checked).toMatchObject({ ok: true, state: { status: 'available', version: '0.2.0' } });
    expect(autoUpdater.calls).not.toContain('downloadUpdate');
    const install = await call(backend, 'updates.install', {});
    expect(install.ok).toBe(false);
    expect(install.message).toMatch(/prête/);
    expect(autoUpdater.calls).not.toContain('quitAndInstall');
    const audit = await call(backend, 'audit.list', {});
    expect(audit.rows.map((row) => `${row.method}/${row.action}`)).toContain('updates.check/action');
  });

  it('refuses the update methods to a role without the administration right', async () => {
    const { backend } = await backendWithUpdater();
    await call(backend, 'staff.create', { login: 'bureau', displayName: 'Bureau', role: 'office', password: 'mot-de-passe-bureau' });
    const office = backend.connect();
    await call(office, 'auth.login', { login: 'bureau', password: 'mot-de-passe-bureau' });
    for (const method of ['updates.check', 'updates.download', 'updates.install', 'updates.fromFile'] as const) {
      expectError(await office.invoke(method, {}), 'FORBIDDEN');
    }
  });

  it('says plainly in browser mode that updates come through the desktop application', async () => {
    const backend = await newBackend();
    expect(await call(backend, 'updates.state', {})).toEqual({ available: false, state: null });
    expect(expectError(await backend.invoke('updates.check', {}), 'CONFLICT').message).toMatch(/application de bureau/);
  });
});
