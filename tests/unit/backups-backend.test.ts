import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsFolder, createBackend } from '../../src-main/core/backend.ts';
import { ADMIN, call, expectError, newBackend, residenceInput, tempDir } from './helpers.ts';

const reasons = (dataDir: string) =>
  readdirSync(backupsFolder(dataDir))
    .filter((name) => name.endsWith('.sqlite'))
    .map((name) => /-(demarrage|periodique|manuelle|avant-restauration|avant-migration)(-\d+)?\.sqlite$/.exec(name)?.[1])
    .sort();

describe('automatic backups', () => {
  it('backs up an existing database at start-up (not a brand-new one, and not twice within the hour)', async () => {
    const dataDir = tempDir();
    let now = new Date('2026-03-02T09:00:00Z');
    const clock = { now: () => now };
    const first = createBackend({ dataDir, clock });
    const connection = first.connect();
    await call(connection, 'auth.setup', ADMIN);
    first.close();
    expect(readdirSync(dataDir)).not.toContain('sauvegardes');

    createBackend({ dataDir, clock }).close();
    expect(reasons(dataDir)).toEqual(['demarrage']);
    now = new Date('2026-03-02T09:30:00Z');
    createBackend({ dataDir, clock }).close();
    expect(reasons(dataDir)).toEqual(['demarrage']);
    now = new Date('2026-03-02T11:00:00Z');
    createBackend({ dataDir, clock }).close();
    expect(reasons(dataDir)).toEqual(['demarrage', 'demarrage']);
  });

  it('backs up after a write once a few hours of use have passed since the last backup', async () => {
    const dataDir = tempDir();
    let now = new Date('2026-03-02T09:00:00Z');
    const backend = createBackend({ dataDir, clock: { now: () => now } });
    const connection = backend.connect();
    await call(connection, 'auth.setup', ADMIN);
    await call(connection, 'residences.create', residenceInput({ name: 'Une' }));
    expect(readdirSync(dataDir)).not.toContain('sauvegardes');
    now = new Date('2026-03-02T13:30:00Z');
    // Idle that long, the session locked itself: unlocking is a read, so no backup yet.
    await call(connection, 'auth.unlock', { password: ADMIN.password });
    expect(readdirSync(dataDir)).not.toContain('sauvegardes');
    await call(connection, 'residences.create', residenceInput({ name: 'Deux' }));
    expect(reasons(dataDir)).toEqual(['periodique']);
    backend.close();
  });
});

describe('backups through the backend', () => {
  it('restores exactly the earlier state, keeps the replaced one, and signs everybody out', async () => {
    const backend = await newBackend();
    await call(backend, 'residences.create', residenceInput({ name: 'Avant' }));
    const { name } = await call(backend, 'backups.create', {});
    await call(backend, 'residences.create', residenceInput({ name: 'Après' }));
    const before = (await call(backend, 'residences.list', {})).rows.map((row) => row.name);
    expect(before).toEqual(['Après', 'Avant']);

    const restored = await call(backend, 'backups.restore', { name });
    expect(restored.restoredFrom).toBe(name);
    expect(restored.keptCurrentAs).toMatch(/avant-restauration/);
    expectError(await backend.invoke('residences.list', {}), 'UNAUTHENTICATED');

    await call(backend, 'auth.login', { login: ADMIN.login, password: ADMIN.password });
    expect((await call(backend, 'residences.list', {})).rows.map((row) => row.name)).toEqual(['Avant']);
    const audit = await call(backend, 'audit.list', {});
    expect(audit.rows[0]).toMatchObject({ method: 'auth.login' });
    expect(audit.rows.some((row) => row.method === 'backups.restore')).toBe(true);

    // The replaced state was kept and restores in turn.
    await call(backend, 'backups.restore', { name: restored.keptCurrentAs! });
    await call(backend, 'auth.login', { login: ADMIN.login, password: ADMIN.password });
    expect((await call(backend, 'residences.list', {})).rows.map((row) => row.name)).toEqual(['Après', 'Avant']);
  });

  it('refuses an unknown backup name and a path that tries to leave the backups folder', async () => {
    const backend = await newBackend();
    expectError(await backend.invoke('backups.restore', { name: 'inexistante.sqlite' }), 'NOT_FOUND');
    expectError(await backend.invoke('backups.restore', { name: '../voisinage.sqlite' }), 'NOT_FOUND');
    await call(backend, 'residences.list', {});
  });

  it('copies each backup to a second folder when one is set, and refuses a folder that does not exist', async () => {
    const backend = await newBackend();
    const second = join(tempDir(), 'cle-usb');
    expectError(await backend.invoke('backups.setSecondFolder', { folder: second }), 'VALIDATION');
    expectError(await backend.invoke('backups.setSecondFolder', { folder: 'relatif/dossier' }), 'VALIDATION');
    mkdirSync(second);
    await call(backend, 'backups.setSecondFolder', { folder: second });
    const { name, secondCopy } = await call(backend, 'backups.create', {});
    expect(secondCopy).toEqual({ ok: true, message: null });
    expect(readdirSync(second)).toEqual([name]);
    expect((await call(backend, 'backups.list', {})).secondFolder).toBe(second);
  });
});
