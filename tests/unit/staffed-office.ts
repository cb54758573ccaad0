import { onTestFinished } from 'vitest';
import { type Connection, createBackend } from '../../src-main/core/backend.ts';
import { ADMIN, call, tempDir } from './helpers.ts';

export interface StaffAccount {
  login: string;
  password: string;
  displayName: string;
}

/**
 * An office on the real backend in a temp folder, with a clock the test moves, its administrator and one counter
 * operator signed in. Sessions lock after 10 minutes idle: moving the clock signs both in again, behind connections
 * that stay put.
 */
export async function staffedOffice(day: string, operator: StaffAccount) {
  let now = new Date(`${day}T10:00:00`);
  const backend = createBackend({ dataDir: tempDir(), clock: { now: () => now }, checkOutputs: true, automaticBackups: false });
  onTestFinished(() => backend.close());
  const setup = backend.connect();
  await call(setup, 'auth.setup', ADMIN);
  await call(setup, 'staff.create', { ...operator, role: 'counter' });
  const signIn = async (account: { login: string; password: string }) => {
    const connection = backend.connect();
    await call(connection, 'auth.login', account);
    return connection;
  };
  let adminConnection = setup;
  let counterConnection = await signIn(operator);
  const admin: Pick<Connection, 'invoke'> = { invoke: (method, input) => adminConnection.invoke(method, input) };
  const counter: Pick<Connection, 'invoke'> = { invoke: (method, input) => counterConnection.invoke(method, input) };
  return {
    backend,
    admin,
    counter,
    file: backend.databaseFile,
    /** Moves the clock to that local time ('AAAA-MM-JJTHH:MM') and signs both accounts in again. */
    setNow: async (local: string) => {
      now = new Date(`${local}:00`);
      adminConnection = await signIn({ login: ADMIN.login, password: ADMIN.password });
      counterConnection = await signIn(operator);
    },
  };
}
