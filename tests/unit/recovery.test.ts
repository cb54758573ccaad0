import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsFolder } from '../../src-main/core/backend.ts';
import { openBackend } from '../../src-main/recovery/open-backend.ts';
import { ADMIN, call, expectError, newBackend, residenceInput, sha256OfFile, tempDir } from './helpers.ts';

/** Garbage over the middle of the file, as a failing disk would leave it. */
function damage(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 3);
  } finally {
    closeSync(fd);
  }
}

async function officeWithBackup() {
  const dataDir = tempDir();
  const backend = await newBackend(dataDir);
  for (let i = 0; i < 40; i++) await call(backend, 'residences.create', residenceInput({ name: `Résidence ${i}` }));
  const { name } = await call(backend, 'backups.create', {});
  await call(backend, 'residences.create', residenceInput({ name: 'Après la sauvegarde' }));
  backend.close();
  return { dataDir, backupName: name, file: backend.databaseFile };
}

describe('a damaged database at start-up', () => {
  it('is detected, offers the latest good backup, refuses everything else, and never touches the file', async () => {
    const { dataDir, backupName, file } = await officeWithBackup();
    damage(file);
    const hash = sha256OfFile(file);
    const backend = openBackend({ dataDir });
    const connection = backend.connect();

    const status = await call(connection, 'recovery.status', {});
    expect(status).toMatchObject({ damaged: true, latestGood: { name: backupName } });
    expect(status.problem).toMatch(/endommagée/);
    const refused = expectError(await connection.invoke('auth.status', {}), 'DAMAGED');
    expect(refused.message).toMatch(/endommagée/);
    expectError(await connection.invoke('recovery.restore', { name: 'nulle-part.sqlite' }), 'NOT_FOUND');
    expect(sha256OfFile(file)).toBe(hash);
  });

  it('restores the chosen backup, keeps the damaged file aside byte for byte, and works normally at once', async () => {
    const { dataDir, backupName, file } = await officeWithBackup();
    damage(file);
    const damagedBytes = readFileSync(file);
    const backend = openBackend({ dataDir });
    const connection = backend.connect();
    const events: string[] = [];
    backend.on((event) => events.push(event.method));

    const restored = await call(connection, 'recovery.restore', { name: backupName });
    expect(restored.keptDamagedAs).toMatch(/^endommagee-/);
    expect(readFileSync(join(backupsFolder(dataDir), restored.keptDamagedAs!)).equals(damagedBytes)).toBe(true);
    expect(events).toEqual(['recovery.restore']);

    expect((await call(connection, 'recovery.status', {})).damaged).toBe(false);
    await call(connection, 'auth.login', { login: ADMIN.login, password: ADMIN.password });
    const names = (await call(connection, 'residences.list', { limit: 500 })).rows.map((row) => row.name);
    expect(names).toHaveLength(40);
    expect(names).not.toContain('Après la sauvegarde');
    backend.close();
    expect(existsSync(file)).toBe(true);
  });

  it('says plainly when there is no good backup to offer', async () => {
    const dataDir = tempDir();
    const backend = await newBackend(dataDir);
    for (let i = 0; i < 40; i++) await call(backend, 'residences.create', residenceInput({ name: `R ${i}` }));
    backend.close();
    damage(backend.databaseFile);
    const status = await call(openBackend({ dataDir }).connect(), 'recovery.status', {});
    expect(status).toMatchObject({ damaged: true, latestGood: null, others: [] });
    expect(readdirSync(dataDir)).not.toContain('sauvegardes');
  });
});
