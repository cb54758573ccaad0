import Database from 'better-sqlite3';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RIGHTS, levelAtLeast, ROLES } from '../../src-main/auth/rights.ts';
import { type Backend, createBackend } from '../../src-main/core/backend.ts';
import { contract, METHOD_NAMES } from '../../src-main/contract.ts';
import { ADMIN, call, expectError, newBackend, residenceInput, rowCounts, tempDir } from './helpers.ts';

const PASSWORD = 'mot-de-passe-du-role';

/** A backend whose clock the test moves by hand. */
function backendWithClock(dataDir = tempDir()) {
  let now = new Date('2026-03-02T09:00:00Z');
  const backend = createBackend({ dataDir, clock: { now: () => now }, checkOutputs: true });
  return { backend, advance: (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000)) };
}

async function signedIn(backend: Backend, login: string, password = PASSWORD) {
  const connection = backend.connect();
  await call(connection, 'auth.login', { login, password });
  return connection;
}

function neededLevel(method: keyof typeof contract) {
  const spec = contract[method];
  return spec.right ?? (spec.kind === 'read' ? 'read' : 'write');
}

describe('rights, enforced by the backend for every method and every role', () => {
  it('refuses exactly the methods a role has no right to, whatever the input', async () => {
    const admin = await newBackend();
    for (const role of ROLES) await call(admin, 'staff.create', { login: `r-${role}`, displayName: `Rôle ${role}`, role, password: PASSWORD });

    const SESSION_ENDING = new Set(['auth.lock', 'auth.logout']);
    for (const role of ROLES) {
      let connection = await signedIn(admin, `r-${role}`);
      for (const method of METHOD_NAMES) {
        const spec = contract[method];
        const before = rowCounts(admin);
        const result = await connection.invoke(method, {});
        // After a lock or a sign-out, sign in again so that the next method is judged on its rights alone.
        if (SESSION_ENDING.has(method)) connection = await signedIn(admin, `r-${role}`);
        const allowed =
          spec.access === 'public' || spec.access === 'user' || levelAtLeast(DEFAULT_RIGHTS[role][spec.module], neededLevel(method));
        const label = `${role} → ${method}`;
        if (allowed) expect(result.ok || result.error.code !== 'FORBIDDEN', label).toBe(true);
        else {
          expect(result.ok ? 'ok' : result.error.code, label).toBe('FORBIDDEN');
          expect(rowCounts(admin), label).toEqual(before);
        }
      }
    }
  }, 120_000);

  it('keeps the counter away from accounts and the follow-up, and the read-only role away from every write', async () => {
    expect(DEFAULT_RIGHTS.counter.followup).toBe('none');
    expect(DEFAULT_RIGHTS.counter.administration).toBe('none');
    for (const module of Object.keys(DEFAULT_RIGHTS.readonly) as (keyof typeof DEFAULT_RIGHTS.readonly)[]) {
      expect(levelAtLeast(DEFAULT_RIGHTS.readonly[module], 'write'), module).toBe(false);
    }
    const admin = await newBackend();
    await call(admin, 'staff.create', { login: 'guichet', displayName: 'Guichet', role: 'counter', password: PASSWORD });
    const counter = await signedIn(admin, 'guichet');
    const refused = expectError(await counter.invoke('staff.create', { login: 'x', displayName: 'Pirate', role: 'administrator', password: PASSWORD }), 'FORBIDDEN');
    expect(refused.message).toContain('Opérateur de comptoir');
    expectError(await counter.invoke('residences.create', residenceInput()), 'FORBIDDEN');
    expect((await call(counter, 'residences.list', {})).total).toBe(0);
  });

  it('answers every non-public method with UNAUTHENTICATED before sign-in, and an unknown session likewise', async () => {
    const backend = await newBackend();
    const anonymous = backend.connect();
    for (const method of METHOD_NAMES) {
      const result = await anonymous.invoke(method, {});
      if (contract[method].access === 'public') expect(result.ok || result.error.code !== 'UNAUTHENTICATED', method).toBe(true);
      else expect(result.ok ? 'ok' : result.error.code, method).toBe('UNAUTHENTICATED');
    }
  });

  it('applies a right changed by the administrator at once, but never lowers the administrator', async () => {
    const admin = await newBackend();
    await call(admin, 'staff.create', { login: 'lecteur', displayName: 'Lecteur', role: 'readonly', password: PASSWORD });
    const reader = await signedIn(admin, 'lecteur');
    expectError(await reader.invoke('residences.create', residenceInput()), 'FORBIDDEN');
    await call(admin, 'staff.setRight', { role: 'readonly', module: 'residences', level: 'write' });
    expect((await call(reader, 'residences.create', residenceInput())).name).toBe('Les Tilleuls');
    await call(admin, 'staff.setRight', { role: 'readonly', module: 'residences', level: 'none' });
    expectError(await reader.invoke('residences.list', {}), 'FORBIDDEN');
    expectError(await admin.invoke('staff.setRight', { role: 'administrator', module: 'administration', level: 'read' }), 'CONFLICT');
  });
});

describe('sessions', () => {
  it('locks a session left idle longer than the delay, and unlocks it with the same password only', async () => {
    const { backend, advance } = backendWithClock();
    const connection = backend.connect();
    await call(connection, 'auth.setup', ADMIN);
    await call(connection, 'residences.list', {});
    advance(9);
    await call(connection, 'residences.list', {});
    advance(11);
    expect(expectError(await connection.invoke('residences.list', {}), 'LOCKED').message).toMatch(/verrouillée/);
    expectError(await connection.invoke('auth.unlock', { password: 'pas-le-bon' }), 'VALIDATION');
    expectError(await connection.invoke('residences.list', {}), 'LOCKED');
    await call(connection, 'auth.unlock', { password: ADMIN.password });
    await call(connection, 'residences.list', {});
    backend.close();
  });

  it('signs out a disabled account at once, and refuses its sign-in', async () => {
    const admin = await newBackend();
    const { id } = await call(admin, 'staff.create', { login: 'partant', displayName: 'Partant', role: 'office', password: PASSWORD });
    const leaver = await signedIn(admin, 'partant');
    await call(admin, 'staff.setDisabled', { id, disabled: true });
    expectError(await leaver.invoke('residences.list', {}), 'UNAUTHENTICATED');
    expectError(await admin.connect().invoke('auth.login', { login: 'partant', password: PASSWORD }), 'UNAUTHENTICATED');
  });

  it('keeps one active administrator: no self-disabling, no demoting the last one', async () => {
    const admin = await newBackend();
    const me = (await call(admin, 'auth.status', {})).user!;
    expectError(await admin.invoke('staff.setDisabled', { id: me.id, disabled: true }), 'CONFLICT');
    expectError(await admin.invoke('staff.update', { id: me.id, displayName: me.displayName, role: 'office' }), 'CONFLICT');
    await call(admin, 'staff.create', { login: 'second', displayName: 'Seconde', role: 'administrator', password: PASSWORD });
    expect((await call(admin, 'staff.update', { id: me.id, displayName: me.displayName, role: 'office' })).role).toBe('office');
  });

  it('refuses a second first-run setup and a wrong password with the same message as an unknown login', async () => {
    const backend = await newBackend();
    expectError(await backend.connect().invoke('auth.setup', { ...ADMIN, login: 'autre' }), 'CONFLICT');
    const wrong = expectError(await backend.connect().invoke('auth.login', { login: ADMIN.login, password: 'faux-faux-faux' }), 'UNAUTHENTICATED');
    const unknown = expectError(await backend.connect().invoke('auth.login', { login: 'inconnu', password: 'faux-faux-faux' }), 'UNAUTHENTICATED');
    expect(wrong.message).toBe(unknown.message);
  });
});

describe('passwords and the audit log', () => {
  it('never stores a password in clear, anywhere on disk', async () => {
    const backend = await newBackend();
    await call(backend, 'staff.create', { login: 'sans-clair', displayName: 'Sans Clair', role: 'office', password: 'Secret-Tres-Particulier-42' });
    await call(backend, 'auth.changePassword', { current: ADMIN.password, next: 'Autre-Secret-Tres-Particulier' });
    backend.close();
    for (const name of readdirSync(backend.dataDir, { recursive: true, encoding: 'utf8' })) {
      const path = join(backend.dataDir, name);
      if (!statSync(path).isFile()) continue;
      const bytes = readFileSync(path).toString('latin1');
      for (const secret of [ADMIN.password, 'Secret-Tres-Particulier-42', 'Autre-Secret-Tres-Particulier']) {
        expect(bytes.includes(secret), `${secret} in ${name}`).toBe(false);
      }
    }
    const db = new Database(backend.databaseFile, { readonly: true });
    const hashes = db.prepare('SELECT password_hash FROM staff_user').pluck().all() as string[];
    db.close();
    expect(hashes.every((hash) => hash.startsWith('scrypt$'))).toBe(true);
  });

  it('records who wrote what, sign-ins and refused sign-ins, without any content', async () => {
    const backend = await newBackend();
    const { id } = await call(backend, 'residences.create', residenceInput({ name: 'Résidence Secrète' }));
    await backend.connect().invoke('auth.login', { login: ADMIN.login, password: 'faux-faux-faux' });
    const { rows } = await call(backend, 'audit.list', {});
    const byMethod = Object.fromEntries(rows.map((row) => [`${row.method}/${row.action}`, row]));
    expect(byMethod['residences.create/écriture']).toMatchObject({ userLogin: ADMIN.login, module: 'residences', target: String(id) });
    expect(byMethod['auth.setup/écriture']).toMatchObject({ userLogin: ADMIN.login });
    expect(byMethod['auth.login/connexion refusée']).toMatchObject({ userLogin: ADMIN.login });
    const { csv } = await call(backend, 'audit.export', {});
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('residences.create');
    expect(JSON.stringify(rows) + csv).not.toContain('Secrète');
  });

  it('writes no audit entry for a refused write, and keeps the write and its entry together', async () => {
    const backend = await newBackend();
    const before = (await call(backend, 'audit.list', {})).total;
    expectError(await backend.invoke('residences.create', residenceInput({ postcode: 'x' })), 'VALIDATION');
    expect((await call(backend, 'audit.list', {})).total).toBe(before);
  });
});
