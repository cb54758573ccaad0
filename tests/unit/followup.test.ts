import { describe, expect, it, onTestFinished } from 'vitest';
import { createBackend, type Backend, type Connection } from '../../src-main/core/backend.ts';
import type { InputOf } from '../../src-main/core/contract.ts';
import { type AppContract, contract, METHOD_NAMES } from '../../src-main/contract.ts';
import { contactDue } from '../../src-main/followup/schedule.ts';
import { ADMIN, call, expectError, tempDir, withFile } from './helpers.ts';
import { countRows, seedHousehold, seedResidence } from './people-fixtures.ts';

const PASSWORD = 'mot-de-passe-du-role';
const FOLLOWUP_METHODS = METHOD_NAMES.filter((method) => contract[method].module === 'followup');

/** The real backend on a temp folder, with a clock the test sets day by day, and an administrator. */
async function office(startDay = '2026-03-02') {
  let now = new Date(`${startDay}T10:00:00Z`);
  const backend = createBackend({ dataDir: tempDir(), clock: { now: () => now }, checkOutputs: true, automaticBackups: false });
  onTestFinished(() => backend.close());
  const admin = backend.connect();
  await call(admin, 'auth.setup', ADMIN);
  for (const role of ['office', 'counter', 'readonly'] as const) {
    await call(admin, 'staff.create', { login: role, displayName: `Agent ${role}`, role, password: PASSWORD });
  }
  const { dwellingIds } = await seedResidence(admin, { name: 'Les Tilleuls' }, [
    { internalId: 'TIL-003', typology: 'T2', floor: 3, building: 'A', door: '301' },
    { internalId: 'TIL-000', typology: 'T3', floor: 0, building: 'B', door: '002' },
  ]);
  const helene = seedHousehold(backend.databaseFile, {
    name: 'Lefèvre',
    dwellingId: dwellingIds['TIL-003']!,
    people: [{ familyName: 'Lefèvre', usageName: 'Dubois', firstName: 'Hélène', civility: 'madame', birthDate: '1938-05-14', phone: '+33322334455' }],
  });
  const marcel = seedHousehold(backend.databaseFile, {
    name: 'Petit',
    dwellingId: dwellingIds['TIL-000']!,
    people: [{ familyName: 'Petit', firstName: 'Marcel', civility: 'monsieur', phone: '+33611223344' }],
  });
  return {
    backend,
    admin,
    helene: helene.personIds[0]!,
    heleneHousehold: helene.householdId,
    marcel: marcel.personIds[0]!,
    /** Moves the clock to that day (10:00 UTC); sessions idle longer than the lock delay must sign in again. */
    setDay: (day: string) => (now = new Date(`${day}T10:00:00Z`)),
    signIn: (login: string) => signIn(backend, login),
  };
}

async function signIn(backend: Backend, login: string): Promise<Connection> {
  const connection = backend.connect();
  await call(connection, 'auth.login', login === ADMIN.login ? { login, password: ADMIN.password } : { login, password: PASSWORD });
  return connection;
}

type OpenInput = InputOf<AppContract, 'followup.open'>;

function openInput(personId: number, overrides: Partial<OpenInput> = {}): OpenInput {
  return {
    personId,
    reason: 'Isolement depuis le décès du conjoint',
    consent: { on: '2026-03-01', scope: 'Appels et visites ; inscription au registre canicule du CCAS', proof: 'Formulaire signé le 01/03/2026' },
    keepAfterEnd: false,
    contactEveryDays: 7,
    heatwaveRegister: true,
    ...overrides,
  };
}

const restrictedReads = async (connection: Pick<Connection, 'invoke'>) =>
  (await call(connection, 'audit.list', { limit: 500 })).rows.filter((row) => row.action === 'lecture restreinte');

describe('rights on the follow-up, enforced by the backend', () => {
  it('refuses every followup.* method to a counter operator and a read-only user, and writes nothing', async () => {
    const { backend, admin, helene, signIn } = await office();
    const { id } = await call(await signIn('office'), 'followup.open', openInput(helene));
    expect(FOLLOWUP_METHODS.length).toBeGreaterThanOrEqual(10);
    const valid: Partial<Record<string, unknown>> = {
      'followup.get': { id },
      'followup.ofHousehold': { householdId: 1 },
      'followup.open': openInput(helene),
      'followup.update': { ...openInput(helene), id },
      'followup.logContact': { followupId: id, contactedOn: '2026-03-02', kind: 'call', reached: true },
      'followup.end': { id, endedOn: '2026-03-02' },
    };
    for (const login of ['counter', 'readonly']) {
      const connection = await signIn(login);
      for (const method of FOLLOWUP_METHODS) {
        for (const input of [{}, valid[method] ?? {}]) {
          const before = [countRows(backend.databaseFile, 'followup'), countRows(backend.databaseFile, 'followup_contact')];
          const refused = expectError(await connection.invoke(method, input), 'FORBIDDEN');
          expect(refused.message, `${login} → ${method}`).toContain('Suivi des personnes isolées');
          expect([countRows(backend.databaseFile, 'followup'), countRows(backend.databaseFile, 'followup_contact')]).toEqual(before);
        }
      }
    }
    // Refusals leave no 'lecture restreinte' entry: nothing was read.
    expect((await restrictedReads(admin)).filter((row) => ['counter', 'readonly'].includes(row.userLogin))).toEqual([]);
  });

  it('lets office staff open, read, log and end a follow-up', async () => {
    const { helene, signIn } = await office();
    const staff = await signIn('office');
    const opened = await call(staff, 'followup.open', openInput(helene));
    expect(opened).toMatchObject({ personId: helene, personName: 'Hélène Dubois', residenceName: 'Les Tilleuls', phone: '03 22 33 44 55', startedOn: '2026-03-02' });
    expect((await call(staff, 'followup.list', {})).rows.map((row) => row.id)).toEqual([opened.id]);
    const logged = await call(staff, 'followup.logContact', { followupId: opened.id, contactedOn: '2026-03-02', kind: 'visit', reached: true, notes: 'Bon moral.' });
    expect(logged.contacts).toEqual([{ id: expect.any(Number), contactedOn: '2026-03-02', kind: 'visit', reached: true, notes: 'Bon moral.', byUser: 'Agent office' }]);
    expect(await call(staff, 'followup.end', { id: opened.id, endedOn: '2026-03-02' })).toEqual({ id: opened.id, deleted: true });
  });
});

describe('the audit trail of follow-up records', () => {
  it('writes a "lecture restreinte" entry with the id and no content for every followup.get, and traces every change', async () => {
    const { admin, helene, signIn } = await office();
    const staff = await signIn('office');
    const { id } = await call(staff, 'followup.open', openInput(helene, { notes: 'Malentendante : sonner longtemps.' }));
    for (let n = 0; n < 3; n++) await call(staff, 'followup.get', { id });
    await call(staff, 'followup.logContact', { followupId: id, contactedOn: '2026-03-02', kind: 'call', reached: false, notes: 'Pas de réponse.' });

    const { rows } = await call(admin, 'audit.list', { limit: 500 });
    const gets = rows.filter((row) => row.method === 'followup.get');
    expect(gets).toHaveLength(3);
    for (const row of gets) expect(row).toMatchObject({ action: 'lecture restreinte', userLogin: 'office', module: 'followup', target: String(id) });
    expect(rows.filter((row) => row.method === 'followup.open' || row.method === 'followup.logContact')).toEqual([
      expect.objectContaining({ method: 'followup.logContact', action: 'écriture', target: String(id) }),
      expect.objectContaining({ method: 'followup.open', action: 'écriture', target: String(id) }),
    ]);
    const { csv } = await call(admin, 'audit.export', {});
    for (const secret of ['Hélène', 'Dubois', 'Lefèvre', 'Isolement', 'Malentendante', 'Pas de réponse', 'Formulaire signé', 'canicule']) {
      expect(JSON.stringify(rows) + csv, secret).not.toContain(secret);
    }
  });

  it('audits list reads once per call, and the household view once per follow-up it reveals', async () => {
    const { backend, admin, helene, heleneHousehold, marcel, signIn } = await office();
    const staff = await signIn('office');
    const first = await call(staff, 'followup.open', openInput(helene));
    await call(staff, 'followup.open', openInput(marcel));
    const before = (await restrictedReads(admin)).length;
    for (const method of ['followup.list', 'followup.overdue', 'followup.heatwaveList'] as const) await call(staff, method, {});
    const listed = (await restrictedReads(admin)).slice(0, 3);
    expect(listed.map((row) => [row.method, row.target])).toEqual([
      ['followup.heatwaveList', null],
      ['followup.overdue', null],
      ['followup.list', null],
    ]);
    const { rows } = await call(staff, 'followup.ofHousehold', { householdId: heleneHousehold });
    expect(rows.map((row) => row.id)).toEqual([first.id]);
    const after = await restrictedReads(admin);
    expect(after).toHaveLength(before + 4);
    expect(after[0]).toMatchObject({ method: 'followup.ofHousehold', target: String(first.id), userLogin: 'office' });
    // A household with nobody followed: nothing revealed, nothing logged.
    const empty = seedHousehold(backend.databaseFile, { name: 'Sans suivi', dwellingId: null, people: [{ familyName: 'Sans' }] });
    expect((await call(staff, 'followup.ofHousehold', { householdId: empty.householdId })).rows).toEqual([]);
    expect(await restrictedReads(admin)).toHaveLength(before + 4);
  });
});

describe('consent and schedule', () => {
  it('refuses a follow-up without the consent, or with a consent dated in the future or after the start', async () => {
    const { backend, helene, signIn } = await office();
    const staff = await signIn('office');
    const { consent: _omitted, ...withoutConsent } = openInput(helene);
    const missing = expectError(await staff.invoke('followup.open', withoutConsent), 'VALIDATION');
    expect(missing.issues).toEqual([{ path: 'consent', message: 'Le consentement de la personne est obligatoire : date, portée et preuve.' }]);
    const blank = expectError(await staff.invoke('followup.open', openInput(helene, { consent: { on: '2026-03-01', scope: ' ', proof: '' } })), 'VALIDATION');
    expect(blank.issues.map((issue) => issue.path)).toEqual(['consent.scope', 'consent.proof']);
    const future = expectError(await staff.invoke('followup.open', openInput(helene, { consent: { ...openInput(helene).consent, on: '2026-03-03' } })), 'VALIDATION');
    expect(future.issues).toEqual([{ path: 'consent.on', message: 'La date du consentement ne peut pas être dans le futur.' }]);
    const late = expectError(await staff.invoke('followup.open', openInput(helene, { startedOn: '2026-02-20' })), 'VALIDATION');
    expect(late.issues).toEqual([{ path: 'consent.on', message: 'Le consentement doit précéder le début du suivi.' }]);
    for (const contactEveryDays of [0, 91, 2.5]) {
      expect(expectError(await staff.invoke('followup.open', openInput(helene, { contactEveryDays })), 'VALIDATION').issues[0]?.path).toBe('contactEveryDays');
    }
    expect(countRows(backend.databaseFile, 'followup')).toBe(0);
    await call(staff, 'followup.open', openInput(helene));
    expectError(await staff.invoke('followup.open', openInput(helene)), 'CONFLICT');
    expect(expectError(await staff.invoke('followup.open', openInput(99_999)), 'VALIDATION').issues[0]?.path).toBe('personId');
  });

  it('computes the next contact due and the overdue list against the injected clock, most overdue first', async () => {
    const { helene, marcel, setDay, signIn } = await office('2026-03-02');
    let staff = await signIn('office');
    const weekly = await call(staff, 'followup.open', openInput(helene, { startedOn: '2026-03-02', contactEveryDays: 7 }));
    const every3 = await call(staff, 'followup.open', openInput(marcel, { startedOn: '2026-03-02', contactEveryDays: 3 }));
    expect(weekly).toMatchObject({ nextContactDue: '2026-03-09', overdue: false, overdueDays: 0 });

    setDay('2026-03-09');
    staff = await signIn('office'); // the earlier session locked itself after 10 idle minutes
    let overdue = await call(staff, 'followup.overdue', {});
    expect(overdue.today).toBe('2026-03-09');
    expect(overdue.rows.map((row) => [row.id, row.overdueDays])).toEqual([[every3.id, 4]]);

    setDay('2026-03-12');
    staff = await signIn('office');
    overdue = await call(staff, 'followup.overdue', {});
    expect(overdue.rows.map((row) => [row.personName, row.overdueDays, row.nextContactDue])).toEqual([
      ['Marcel Petit', 7, '2026-03-05'],
      ['Hélène Dubois', 3, '2026-03-09'],
    ]);
    // An unanswered call does not tell that the person is well: still overdue.
    await call(staff, 'followup.logContact', { followupId: weekly.id, contactedOn: '2026-03-12', kind: 'call', reached: false });
    expect((await call(staff, 'followup.get', { id: weekly.id })).overdueDays).toBe(3);
    const reached = await call(staff, 'followup.logContact', { followupId: weekly.id, contactedOn: '2026-03-11', kind: 'visit', reached: true });
    expect(reached).toMatchObject({ lastContactOn: '2026-03-12', lastReachedOn: '2026-03-11', nextContactDue: '2026-03-18', overdue: false });
    expect((await call(staff, 'followup.overdue', {})).rows.map((row) => row.id)).toEqual([every3.id]);
    expect((await call(staff, 'followup.list', {})).rows.map((row) => row.id)).toEqual([every3.id, weekly.id]);

    expect(expectError(await staff.invoke('followup.logContact', { followupId: weekly.id, contactedOn: '2026-03-13', kind: 'call', reached: true }), 'VALIDATION').issues[0]?.path).toBe('contactedOn');
    expect(expectError(await staff.invoke('followup.logContact', { followupId: weekly.id, contactedOn: '2026-03-01', kind: 'call', reached: true }), 'VALIDATION').issues[0]?.path).toBe('contactedOn');
  });

  it('counts due dates in calendar days across month ends and daylight-saving changes', () => {
    expect(contactDue({ lastReachedOn: null, startedOn: '2026-02-26', everyDays: 3 }, '2026-03-01')).toEqual({ nextContactDue: '2026-03-01', overdue: false, overdueDays: 0 });
    expect(contactDue({ lastReachedOn: '2026-03-27', startedOn: '2026-01-01', everyDays: 2 }, '2026-04-01')).toEqual({ nextContactDue: '2026-03-29', overdue: true, overdueDays: 3 });
    expect(contactDue({ lastReachedOn: '2028-02-27', startedOn: '2028-01-01', everyDays: 2 }, '2028-02-29').nextContactDue).toBe('2028-02-29');
  });
});

describe('ending a follow-up', () => {
  it('deletes the record and its contacts when the person did not agree to keep it, leaving only audit entries', async () => {
    const { backend, admin, helene, signIn } = await office();
    const staff = await signIn('office');
    const { id } = await call(staff, 'followup.open', openInput(helene, { keepAfterEnd: false }));
    await call(staff, 'followup.logContact', { followupId: id, contactedOn: '2026-03-02', kind: 'call', reached: true, notes: 'RAS' });
    await call(staff, 'followup.logContact', { followupId: id, contactedOn: '2026-03-02', kind: 'visit', reached: true });
    expect(countRows(backend.databaseFile, 'followup_contact')).toBe(2);
    expectError(await staff.invoke('followup.end', { id, endedOn: '2026-03-03' }), 'VALIDATION');
    expectError(await staff.invoke('followup.end', { id, endedOn: '2026-02-28' }), 'VALIDATION');

    expect(await call(staff, 'followup.end', { id, endedOn: '2026-03-02' })).toEqual({ id, deleted: true });
    expect(countRows(backend.databaseFile, 'followup')).toBe(0);
    expect(countRows(backend.databaseFile, 'followup_contact')).toBe(0);
    expectError(await staff.invoke('followup.get', { id }), 'NOT_FOUND');
    // The last contact outlives the record, on the household: the retention period counts from it.
    expect(withFile(backend.databaseFile, (db) => db.prepare('SELECT last_contact_on FROM household WHERE id = (SELECT household_id FROM person WHERE id = ?)').pluck().get(helene), true)).toBe('2026-03-02');
    const trail = (await call(admin, 'audit.list', { limit: 500 })).rows.filter((row) => row.module === 'followup' && row.action === 'écriture');
    expect(trail.map((row) => [row.method, row.target])).toEqual([
      ['followup.end', String(id)],
      ['followup.logContact', String(id)],
      ['followup.logContact', String(id)],
      ['followup.open', String(id)],
    ]);
    // The person may be followed again later, under a new record whose id the old trail does not name.
    expect((await call(staff, 'followup.open', openInput(helene))).id).toBe(id + 1);
  });

  it('keeps an ended follow-up the person agreed to keep (or when the office does not delete them), closed to changes', async () => {
    const { backend, admin, helene, marcel, signIn } = await office();
    const staff = await signIn('office');
    const kept = await call(staff, 'followup.open', openInput(helene, { keepAfterEnd: true }));
    await call(staff, 'followup.logContact', { followupId: kept.id, contactedOn: '2026-03-02', kind: 'call', reached: true });
    expect(await call(staff, 'followup.end', { id: kept.id, endedOn: '2026-03-02' })).toEqual({ id: kept.id, deleted: false });
    expect(await call(staff, 'followup.get', { id: kept.id })).toMatchObject({ endedOn: '2026-03-02', nextContactDue: null, overdue: false, contacts: [expect.anything()] });
    expect((await call(staff, 'followup.list', {})).rows).toEqual([]);
    expect((await call(staff, 'followup.list', { includeEnded: true })).rows.map((row) => row.id)).toEqual([kept.id]);
    expectError(await staff.invoke('followup.logContact', { followupId: kept.id, contactedOn: '2026-03-02', kind: 'call', reached: true }), 'CONFLICT');
    expectError(await staff.invoke('followup.update', { ...openInput(helene), id: kept.id }), 'CONFLICT');
    expectError(await staff.invoke('followup.end', { id: kept.id, endedOn: '2026-03-02' }), 'CONFLICT');

    await call(admin, 'settings.saveRetention', { personMonths: 24, auditYears: 5, deleteFollowUpWhenEnded: false });
    const other = await call(staff, 'followup.open', openInput(marcel, { keepAfterEnd: false }));
    expect(await call(staff, 'followup.end', { id: other.id, endedOn: '2026-03-02' })).toEqual({ id: other.id, deleted: false });
    expect(countRows(backend.databaseFile, 'followup')).toBe(2);
  });
});

describe('the heatwave list for the CCAS', () => {
  it('lists only active follow-ups on the register, with address, dwelling, floor, phone and last contact, and prints a PDF', async () => {
    const { admin, helene, marcel, signIn } = await office();
    const staff = await signIn('office');
    const onRegister = await call(staff, 'followup.open', openInput(helene, { heatwaveRegister: true, startedOn: '2026-03-01' }));
    await call(staff, 'followup.open', openInput(marcel, { heatwaveRegister: false }));
    await call(staff, 'followup.logContact', { followupId: onRegister.id, contactedOn: '2026-03-01', kind: 'visit', reached: true });
    await call(staff, 'followup.logContact', { followupId: onRegister.id, contactedOn: '2026-03-02', kind: 'call', reached: false });

    const list = await call(staff, 'followup.heatwaveList', {});
    expect(list).toEqual({
      generatedOn: '2026-03-02',
      rows: [
        {
          followupId: onRegister.id,
          personName: 'Mme DUBOIS (LEFÈVRE) Hélène',
          birthDate: '1938-05-14',
          address: '3 allée des Tilleuls',
          postcode: '80000',
          city: 'Amiens',
          residenceName: 'Les Tilleuls',
          dwelling: 'TIL-003 — bât. A, 3e étage, porte 301',
          floor: 3,
          hasLift: null,
          phone: '03 22 33 44 55',
          lastContactOn: '2026-03-02',
          lastContactReached: false,
        },
      ],
    });

    const pdf = await call(staff, 'followup.heatwavePdf', {});
    expect(pdf.fileName).toBe('registre-canicule-2026-03-02.pdf');
    expect(pdf.count).toBe(1);
    const bytes = Buffer.from(pdf.base64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.subarray(-6).toString('latin1')).toContain('%%EOF');
    expect(bytes.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+Roboto/); // an embedded subset: every Latin accent prints
    const reads = (await restrictedReads(admin)).map((row) => row.method);
    expect(reads).toContain('followup.heatwavePdf');

    // Ending the follow-up takes the person off the list.
    await call(staff, 'followup.end', { id: onRegister.id, endedOn: '2026-03-02' });
    expect((await call(staff, 'followup.heatwaveList', {})).rows).toEqual([]);
    expect((await call(staff, 'followup.heatwavePdf', {})).count).toBe(0);
  });
});
