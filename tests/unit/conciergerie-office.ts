import { onTestFinished } from 'vitest';
import { type Connection, createBackend } from '../../src-main/core/backend.ts';
import { ADMIN, call, tempDir } from './helpers.ts';
import { openTill, seedItem, seedMember } from './conciergerie-fixtures.ts';

/**
 * A conciergerie office for the loans, holds and counter tests: the real backend on a temp folder, a clock the test
 * moves, a counter operator, two members with a monthly membership (3 loans at most), a drill (deposit 30 €), two
 * books, a game in two copies, and an open till. Counter rules are the defaults: 21 days, 0,30 € a week late, no grace.
 */
export const OPERATOR = { login: 'guichet', password: 'mot-de-passe-guichet' };

export async function loansOffice(day = '2026-03-02') {
  let now = new Date(`${day}T10:00:00`);
  const backend = createBackend({ dataDir: tempDir(), clock: { now: () => now }, checkOutputs: true, automaticBackups: false });
  onTestFinished(() => backend.close());
  const setup = backend.connect();
  await call(setup, 'auth.setup', ADMIN);
  await call(setup, 'staff.create', { login: OPERATOR.login, displayName: 'Paul Guichet', role: 'counter', password: OPERATOR.password });
  // Sessions lock after 10 minutes idle: moving the clock signs both in again, behind connections that stay put.
  const signIn = async (account: { login: string; password: string }) => {
    const connection = backend.connect();
    await call(connection, 'auth.login', account);
    return connection;
  };
  let adminConnection = setup;
  let counterConnection = await signIn(OPERATOR);
  const admin: Pick<Connection, 'invoke'> = { invoke: (method, input) => adminConnection.invoke(method, input) };
  const counter: Pick<Connection, 'invoke'> = { invoke: (method, input) => counterConnection.invoke(method, input) };
  const file = backend.databaseFile;
  const dupont = seedMember(file, { number: 'A00042', familyName: 'Dupont', firstName: 'Hélène', civility: 'madame', phone: '+33322334455' });
  const petit = seedMember(file, { number: 'A00043', familyName: 'Petit', firstName: 'Marcel', civility: 'monsieur' });
  const drill = seedItem(file, {
    title: 'Perceuse à percussion',
    replacementValueCents: 8900,
    depositCents: 3000,
    loanDays: 7,
    conditions: 'Rendre la perceuse nettoyée, avec sa mallette.',
    barcodes: ['E000001'],
  });
  const novel = seedItem(file, { kind: 'book', title: 'Les Misérables', author: 'Victor Hugo', replacementValueCents: 1200, barcodes: ['E000002'] });
  const comic = seedItem(file, { kind: 'book', title: 'Astérix le Gaulois', replacementValueCents: 1050, barcodes: ['E000003'] });
  const game = seedItem(file, { kind: 'game', title: 'Dixit', replacementValueCents: 3500, barcodes: ['E000004', 'E000005'] });
  openTill(file);
  return {
    backend,
    admin,
    counter,
    file,
    members: { dupont, petit },
    items: { drill, novel, comic, game },
    /** Moves the clock to that day, 10:00 local time, and signs the admin and the operator in again. */
    setDay: async (next: string) => {
      now = new Date(`${next}T10:00:00`);
      adminConnection = await signIn({ login: ADMIN.login, password: ADMIN.password });
      counterConnection = await signIn(OPERATOR);
    },
  };
}
