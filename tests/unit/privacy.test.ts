import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../src-main/core/backend.ts';
import { contract } from '../../src-main/contract.ts';
import { addMonths } from '../../src-main/shared/days.ts';
import { searchPersonIds } from '../../src-main/households/search-index.ts';
import { SyncDb } from '../../db/query.ts';
import { ADMIN, call, dwellingInput, expectError, newBackend, residenceInput, tempDir, type TestBackend, withFile } from './helpers.ts';

/*
 * Personal-data rights: export, erasure by anonymisation, retention and purge, on a real database.
 * Everything is planted through the contract; only dates the contract cannot set (a household's last contact)
 * are written with SQL, through a second connection.
 */

const PASSWORD = 'mot-de-passe-du-role';
type Invoker = Pick<TestBackend, 'invoke'>;

interface Planted {
  residenceId: number;
  durand: number;
  helene: number;
  paul: number;
  martin: number;
  lucie: number;
  followupId: number;
}

/** Two tenant households of « Les Tilleuls »; Hélène has a skill, a follow-up with a contact, her household a wish. */
async function plant(backend: TestBackend): Promise<Planted> {
  const residence = await call(backend, 'residences.create', residenceInput({ dwellings: [dwellingInput('A1'), dwellingInput('A2'), dwellingInput('B1')] }));
  const [a1, a2] = residence.dwellings;
  const durand = await call(backend, 'households.create', {
    isTenant: true,
    dwelling: { dwellingId: a1!.id, enteredOn: '2015-09-01' },
    notes: 'Préfère être appelée le matin',
    people: [
      {
        civility: 'madame',
        familyName: 'Durand',
        firstName: 'Hélène',
        birthDate: '1948-05-12',
        phone: '06 12 34 56 78',
        email: 'helene.durand@exemple.fr',
        role: 'holder',
        languages: ['français', 'créole'],
        notes: 'Aime le jardinage',
        externalId: 'LOC-4471',
      },
      { civility: 'monsieur', familyName: 'Durand', firstName: 'Paul', birthDate: '1946-02-03', role: 'spouse' },
    ],
  });
  const martin = await call(backend, 'households.create', {
    isTenant: true,
    dwelling: { dwellingId: a2!.id, enteredOn: '2019-01-15' },
    people: [{ civility: 'madame', familyName: 'Martin', firstName: 'Lucie', role: 'holder' }],
  });
  const helene = durand.people.find((p) => p.firstName === 'Hélène')!.id;
  const paul = durand.people.find((p) => p.firstName === 'Paul')!.id;
  await call(backend, 'skills.add', { personId: helene, direction: 'offer', category: 'couture', label: 'Retouches et ourlets', availability: 'le mardi' });
  await call(backend, 'exchange.set', { householdId: durand.id, reason: 'too_big', wantedTypology: 'T2', needs: ['ground_floor'], notes: 'Escaliers difficiles' });
  // Kept after its end with her agreement, so that the retention tests can end it and still read it.
  const followup = await call(backend, 'followup.open', {
    personId: helene,
    reason: 'Isolement depuis le veuvage',
    consent: { on: '2023-02-01', scope: 'Appels hebdomadaires', proof: 'Formulaire signé' },
    keepAfterEnd: true,
    contactEveryDays: 7,
    startedOn: '2023-02-01',
    notes: 'Appeler avant midi',
  });
  await call(backend, 'followup.logContact', { followupId: followup.id, contactedOn: '2023-02-08', kind: 'call', reached: true, notes: 'Bonne forme, moral en hausse' });
  const followupId = followup.id;
  return { residenceId: residence.id, durand: durand.id, helene, paul, martin: martin.id, lucie: martin.people[0]!.id, followupId };
}

async function signedInAs(admin: TestBackend, role: 'office' | 'counter' | 'readonly'): Promise<Invoker> {
  const login = `role-${role}`;
  await call(admin, 'staff.create', { login, displayName: `Rôle ${role}`, role, password: PASSWORD });
  const connection = admin.connect();
  await call(connection, 'auth.login', { login, password: PASSWORD });
  return connection;
}

const auditRows = (backend: TestBackend) =>
  withFile(backend.databaseFile, (db) => db.prepare('SELECT action, method, module, target FROM audit_log ORDER BY id').all() as { action: string; method: string; module: string; target: string | null }[], true);

const FOLLOWUP_TEXTS = ['Isolement depuis le veuvage', 'Appeler avant midi', 'Bonne forme, moral en hausse', 'Formulaire signé'];

describe('privacy.exportPerson', () => {
  it('gives everything held on the person, as JSON with French keys and as a readable HTML page', async () => {
    const admin = await newBackend();
    const ids = await plant(admin);
    const result = await call(admin, 'privacy.exportPerson', { personId: ids.helene });
    const json = JSON.parse(result.json);
    expect(json.format).toBe('voisinage.donnees-personnelles');
    expect(json.personne).toBe(ids.helene);
    const s = json.sections;
    expect(s.identite).toMatchObject({
      prenom: 'Hélène',
      nomDeFamille: 'Durand',
      dateDeNaissance: '1948-05-12',
      telephone: '+33612345678',
      courriel: 'helene.durand@exemple.fr',
      langues: ['français', 'créole'],
      notes: 'Aime le jardinage',
      identifiantBailleur: 'LOC-4471',
    });
    expect(s.foyer).toMatchObject({ identifiant: ids.durand, notes: 'Préfère être appelée le matin', autresMembres: 1 });
    expect(JSON.stringify(s.foyer)).not.toContain('Paul');
    expect(s.logements).toEqual([expect.objectContaining({ entreeLe: '2015-09-01', sortieLe: null, residence: 'Les Tilleuls', logement: 'A1' })]);
    expect(s.competences).toEqual([expect.objectContaining({ sens: 'offer', categorie: 'couture', libelle: 'Retouches et ourlets' })]);
    expect(s.souhaitsEchange).toEqual([expect.objectContaining({ motif: 'too_big', typologieSouhaitee: 'T2', besoins: ['ground_floor'], notes: 'Escaliers difficiles' })]);
    expect(s.suivi).toEqual([
      expect.objectContaining({ motif: 'Isolement depuis le veuvage', notes: 'Appeler avant midi', contacts: [expect.objectContaining({ le: '2023-02-08', type: 'call', joint: true, notes: 'Bonne forme, moral en hausse' })] }),
    ]);
    // The audit entries about her household's and her own records, by id only.
    expect(s.journal.map((entry: Record<string, unknown>) => entry.operation)).toEqual([
      'households.create',
      'skills.add',
      'exchange.set',
      'followup.open',
      'followup.logContact',
    ]);
    expect(s.journal[0]).toMatchObject({ operation: 'households.create', enregistrement: String(ids.durand), action: 'écriture' });
    expect(s.journal.every((entry: Record<string, unknown>) => !('compte' in entry))).toBe(true);
    expect(result.withheld).toEqual([]);

    const html = result.html;
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    for (const text of ['Hélène', 'Retouches et ourlets', 'Couture', '12/05/1948', '06 12 34 56 78', 'Les Tilleuls', 'Logement trop grand', 'Rez-de-chaussée', 'Titulaire du bail', 'Isolement depuis le veuvage', 'Bonne forme', 'Appel', 'CNIL']) {
      expect(html, text).toContain(text);
    }
    expect(html).not.toMatch(/<script|src=|href="http/);

    // Logged: the export, and the read of the restricted follow-up it included; ids only.
    const audit = auditRows(admin).filter((row) => row.method === 'privacy.exportPerson');
    expect(audit).toEqual([
      { action: 'export de données personnelles', method: 'privacy.exportPerson', module: 'households', target: String(ids.helene) },
      { action: 'lecture restreinte', method: 'privacy.exportPerson', module: 'followup', target: String(ids.helene) },
    ]);
  });

  it('escapes what people typed in the readable page', async () => {
    const admin = await newBackend();
    const ids = await plant(admin);
    await call(admin, 'people.update', { id: ids.paul, familyName: 'Durand', firstName: 'Paul', role: 'spouse', notes: '<img src=x onerror=alert(1)> & co' });
    const { html } = await call(admin, 'privacy.exportPerson', { personId: ids.paul });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; co');
    expect(html).not.toContain('<img');
  });

  it('leaves the follow-up out, and says so, for a role that may not read it', async () => {
    const admin = await newBackend();
    const ids = await plant(admin);
    for (const role of ['counter', 'readonly'] as const) {
      const caller = await signedInAs(admin, role);
      const result = await call(caller, 'privacy.exportPerson', { personId: ids.helene });
      expect(Object.keys(JSON.parse(result.json).sections), role).not.toContain('suivi');
      expect(result.sections, role).not.toContain('suivi');
      expect(result.withheld, role).toEqual([expect.stringContaining('suivi')]);
      for (const text of FOLLOWUP_TEXTS) {
        expect(result.json, `${role}: ${text}`).not.toContain(text);
        expect(result.html, `${role}: ${text}`).not.toContain(text);
      }
      expect(result.json, role).toContain('Retouches et ourlets');
    }
    expect(auditRows(admin).filter((row) => row.action === 'lecture restreinte')).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown person and FORBIDDEN without read on households', async () => {
    const admin = await newBackend();
    await plant(admin);
    expectError(await admin.invoke('privacy.exportPerson', { personId: 9999 }), 'NOT_FOUND');
    await call(admin, 'staff.setRight', { role: 'readonly', module: 'households', level: 'none' });
    const reader = await signedInAs(admin, 'readonly');
    expectError(await reader.invoke('privacy.exportPerson', { personId: 1 }), 'FORBIDDEN');
  });
});

/** Every byte of the data folder's files (database, WAL), to look for what should be gone. */
function dataFilesText(dataDir: string): string {
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(dataDir, entry.name)).toString('latin1') + readFileSync(join(dataDir, entry.name)).toString('utf8'))
    .join('\n');
}

describe('privacy.erasePerson', () => {
  it('anonymises the person: gone from every search and list, counts kept, audit without content', async () => {
    const dataDir = tempDir();
    const admin = await newBackend(dataDir);
    const ids = await plant(admin);
    const before = withFile(admin.databaseFile, (db) => ({
      occupancies: db.prepare('SELECT COUNT(*) FROM occupancy').pluck().get(),
      households: db.prepare('SELECT COUNT(DISTINCT o.household_id) FROM occupancy o JOIN dwelling d ON d.id = o.dwelling_id WHERE d.residence_id = ?').pluck().get(ids.residenceId),
    }), true);

    const preview = await call(admin, 'privacy.erasurePreview', { personId: ids.helene });
    expect(preview).toMatchObject({ name: 'Hélène Durand', skills: 1, followups: 1, lastMember: false, alreadyErased: false });

    const erased = await call(admin, 'privacy.erasePerson', { personId: ids.helene, reason: 'request' });
    expect(erased).toMatchObject({ id: ids.helene, householdId: ids.durand, householdErased: false });

    // Search: by name, accents or not, by phone, e-mail and landlord's id.
    for (const query of ['helene', 'Hélène', 'Durand Hélène', '06 12 34 56 78', '+33612345678', 'helene.durand', 'LOC-4471']) {
      const found = await call(admin, 'households.search', { query });
      expect(found.rows.map((row) => row.person?.id), query).not.toContain(ids.helene);
    }
    expect((await call(admin, 'households.search', { query: 'durand' })).rows.map((row) => row.person?.id)).toEqual([ids.paul]);
    const listed = await call(admin, 'households.search', { query: '', limit: 200 });
    expect(listed.rows.map((row) => row.person?.id)).not.toContain(ids.helene);
    withFile(admin.databaseFile, (sqlite) => {
      const db = new SyncDb(sqlite);
      expect(searchPersonIds(db, 'helene', 50)).toEqual([]);
      expect(sqlite.prepare('SELECT COUNT(*) FROM person_search WHERE person_id = ?').pluck().get(ids.helene)).toBe(0);
    }, true);
    expectError(await admin.invoke('people.update', { id: ids.helene, familyName: 'Durand' }), 'NOT_FOUND');

    // The household page lists Paul only; the rows that counts rely on are all there.
    const household = await call(admin, 'households.get', { id: ids.durand });
    expect(household.people.map((p) => p.id)).toEqual([ids.paul]);
    expect(household.name).toBe('Durand');
    withFile(admin.databaseFile, (db) => {
      expect(db.prepare('SELECT COUNT(*) FROM person WHERE household_id = ?').pluck().get(ids.durand)).toBe(2);
      expect(db.prepare('SELECT COUNT(*) FROM occupancy').pluck().get()).toBe(before.occupancies);
      expect(db.prepare('SELECT COUNT(DISTINCT o.household_id) FROM occupancy o JOIN dwelling d ON d.id = o.dwelling_id WHERE d.residence_id = ?').pluck().get(ids.residenceId)).toBe(before.households);
      expect(db.prepare('SELECT * FROM person WHERE id = ?').get(ids.helene)).toMatchObject({
        civility: 'unspecified',
        family_name: 'Personne anonymisée',
        usage_name: '',
        first_name: '',
        birth_date: '1948-01-01',
        phone: null,
        email: null,
        languages: '[]',
        notes: '',
        // The landlord's id is kept only as a keyed hash, so that a later import does not bring the person back.
        external_id: expect.stringMatching(/^anonymise:[\w-]+$/),
        role: 'holder',
        erased_at: erased.erasedAt,
      });
      expect(db.prepare('SELECT COUNT(*) FROM skill WHERE person_id = ?').pluck().get(ids.helene)).toBe(0);
      expect(db.prepare('SELECT COUNT(*) FROM followup').pluck().get()).toBe(0);
      expect(db.prepare('SELECT COUNT(*) FROM followup_contact').pluck().get()).toBe(0);
      // Paul is still here; his household's wish too (he still lives there).
      expect(db.prepare('SELECT notes FROM exchange_wish WHERE household_id = ?').pluck().get(ids.durand)).toBe('Escaliers difficiles');
    }, true);

    // Her export now holds nothing that identifies her.
    const after = await call(admin, 'privacy.exportPerson', { personId: ids.helene });
    for (const text of ['Hélène', '+33612345678', 'helene.durand', 'LOC-4471', 'Retouches', 'Isolement', 'jardinage', '1948-05-12']) {
      expect(after.json, text).not.toContain(text);
      expect(after.html, text).not.toContain(text);
    }

    // Audit: the erasure, by id and reason, and no name anywhere in the log.
    const audit = auditRows(admin);
    expect(audit).toEqual(
      expect.arrayContaining([{ action: 'anonymisation : demande de la personne', method: 'privacy.erasePerson', module: 'households', target: String(ids.helene) }]),
    );
    expect(JSON.stringify(audit)).not.toMatch(/Hélène|Durand|veuvage/);

    // Nothing of hers left in the files of the data folder (database, WAL), not even in the search index's pages.
    admin.close();
    const files = dataFilesText(dataDir);
    for (const text of ['Hélène', 'helene', 'helene.durand@exemple.fr', '+33612345678', 'LOC-4471', 'Aime le jardinage', 'Isolement depuis le veuvage']) {
      expect(files.includes(text), text).toBe(false);
    }
  });

  it('anonymises the household too once its last member is erased, keeping its occupancy history', async () => {
    const admin = await newBackend();
    const ids = await plant(admin);
    expect((await call(admin, 'privacy.erasurePreview', { personId: ids.lucie })).lastMember).toBe(true);
    const erased = await call(admin, 'privacy.erasePerson', { personId: ids.lucie, reason: 'other' });
    expect(erased.householdErased).toBe(true);
    expect((await call(admin, 'households.search', { query: 'martin' })).total).toBe(0);
    expectError(await admin.invoke('households.get', { id: ids.martin }), 'NOT_FOUND');
    withFile(admin.databaseFile, (db) => {
      expect(db.prepare('SELECT name, external_id, address_line, notes, erased_at IS NOT NULL AS erased FROM household WHERE id = ?').get(ids.martin)).toEqual({
        name: 'Foyer anonymisé',
        external_id: null,
        address_line: '',
        notes: '',
        erased: 1,
      });
      expect(db.prepare('SELECT COUNT(*) FROM occupancy WHERE household_id = ?').pluck().get(ids.martin)).toBe(1);
      expect(db.prepare('SELECT COUNT(*) FROM person WHERE household_id = ?').pluck().get(ids.martin)).toBe(1);
    }, true);
    expectError(await admin.invoke('privacy.erasePerson', { personId: ids.lucie, reason: 'request' }), 'CONFLICT');
  });

  it('closes the exchange wish of a household whose members are all erased, keeping its codes for the counts', async () => {
    const admin = await newBackend();
    const ids = await plant(admin);
    expect((await call(admin, 'privacy.erasePerson', { personId: ids.paul, reason: 'request' })).householdErased).toBe(false);
    expect((await call(admin, 'privacy.erasePerson', { personId: ids.helene, reason: 'request' })).householdErased).toBe(true);
    withFile(admin.databaseFile, (db) => {
      expect(db.prepare('SELECT reason, wanted_typology, needs, notes, active FROM exchange_wish WHERE household_id = ?').get(ids.durand)).toEqual({
        reason: 'too_big',
        wanted_typology: 'T2',
        needs: '["ground_floor"]',
        notes: '',
        active: 0,
      });
      expect(db.prepare('SELECT name FROM household WHERE id = ?').pluck().get(ids.durand)).toBe('Foyer anonymisé');
      expect(db.prepare('SELECT COUNT(*) FROM person WHERE household_id = ?').pluck().get(ids.durand)).toBe(2);
    }, true);
    expect((await call(admin, 'exchange.list', { includeInactive: false })).rows).toEqual([]);
    expect((await call(admin, 'households.search', { query: 'durand' })).total).toBe(0);
  });

  it('refuses an erasure to every role but the households administrator, and writes nothing then', async () => {
    const admin = await newBackend();
    const ids = await plant(admin);
    for (const role of ['office', 'counter', 'readonly'] as const) {
      const caller = await signedInAs(admin, role);
      expectError(await caller.invoke('privacy.erasePerson', { personId: ids.helene, reason: 'request' }), 'FORBIDDEN');
      expectError(await caller.invoke('privacy.purge', { personIds: [ids.helene] }), 'FORBIDDEN');
      expectError(await caller.invoke('privacy.erasurePreview', { personId: ids.helene }), 'FORBIDDEN');
    }
    expect((await call(admin, 'households.get', { id: ids.durand })).people).toHaveLength(2);
    expectError(await admin.invoke('privacy.erasePerson', { personId: ids.helene, reason: 'parce que' }), 'VALIDATION');
  });
});

describe('retention: privacy.due and privacy.purge', () => {
  /** The real backend with a clock the test sets, and the administrator signed in. */
  async function backendAt(start: string) {
    let now = new Date(start);
    const backend = createBackend({ dataDir: tempDir(), clock: { now: () => now }, checkOutputs: true });
    const connection = backend.connect();
    await call(connection, 'auth.setup', ADMIN);
    const admin: TestBackend = { ...backend, ...connection };
    return {
      admin,
      /** Moves the clock; unlocks the session, which a jump of months has locked. */
      async at(iso: string) {
        now = new Date(iso);
        await call(connection, 'auth.unlock', { password: ADMIN.password });
      },
      close: () => backend.close(),
    };
  }

  it('lists who is due from the last contact, the end of tenancy or the creation date, with the reason and the date', async () => {
    const clock = await backendAt('2023-03-01T09:00:00Z');
    const { admin } = clock;
    try {
      const ids = await plant(admin);
      // A non-tenant member, created on 1 March 2023 and never contacted since.
      const member = await call(admin, 'households.create', {
        isTenant: false,
        address: { line: '8 rue des Lilas', postcode: '80000', city: 'Amiens' },
        people: [{ familyName: 'Nguyen', firstName: 'Minh' }],
      });
      // The Martins left on 30 June 2023; the Durands stay (and Hélène has an ongoing follow-up).
      await call(admin, 'households.moveOut', { householdId: ids.martin, leftOn: '2023-06-30' });
      // A household contacted on 15 January 2024, created the same day as the others.
      const leroy = await call(admin, 'households.create', {
        isTenant: false,
        address: { line: '2 rue Haute', postcode: '80000', city: 'Amiens' },
        people: [{ familyName: 'Leroy', firstName: 'Anne' }],
      });
      withFile(admin.databaseFile, (db) => db.prepare('UPDATE household SET last_contact_on = ? WHERE id = ?').run('2024-01-15', leroy.id));
      // A former tenant entered today (as an import would) whose tenancy ended in 2020: due at once, from that end.
      const residence = await call(admin, 'residences.get', { id: ids.residenceId });
      const petit = await call(admin, 'households.create', {
        isTenant: true,
        dwelling: { dwellingId: residence.dwellings.find((d) => d.internalId === 'B1')!.id, enteredOn: '2010-01-01' },
        people: [{ familyName: 'Petit', firstName: 'Jean' }],
      });
      await call(admin, 'households.moveOut', { householdId: petit.id, leftOn: '2020-06-30' });
      const jean = petit.people[0]!.id;
      expect((await call(admin, 'privacy.due', {})).rows).toEqual([
        { personId: jean, householdId: petit.id, name: 'Jean Petit', householdName: 'Petit', reason: { code: 'tenancyEnd', label: 'Fin de la location' }, referenceOn: '2020-06-30', dueOn: '2022-06-30' },
      ]);

      await clock.at('2025-02-28T09:00:00Z');
      expect((await call(admin, 'privacy.due', {})).rows.map((row) => row.personId)).toEqual([jean]);

      await clock.at('2025-03-01T09:00:00Z');
      let due = await call(admin, 'privacy.due', {});
      expect(due).toMatchObject({ personMonths: 24, today: '2025-03-01' });
      expect(due.rows).toEqual([
        expect.objectContaining({ personId: jean }),
        expect.objectContaining({ personId: member.people[0]!.id, name: 'Minh Nguyen', reason: expect.objectContaining({ code: 'created' }), referenceOn: '2023-03-01', dueOn: '2025-03-01' }),
      ]);

      await clock.at('2025-07-01T09:00:00Z');
      due = await call(admin, 'privacy.due', {});
      expect(due.rows.map((row) => [row.personId, row.reason.code, row.referenceOn, row.dueOn])).toEqual([
        [jean, 'tenancyEnd', '2020-06-30', '2022-06-30'],
        [member.people[0]!.id, 'created', '2023-03-01', '2025-03-01'],
        [ids.lucie, 'tenancyEnd', '2023-06-30', '2025-06-30'],
      ]);

      // The office keeps people 72 months instead: nobody is due any more.
      await call(admin, 'settings.saveRetention', { personMonths: 72, auditYears: 5, deleteFollowUpWhenEnded: true });
      expect((await call(admin, 'privacy.due', {})).rows).toEqual([]);
      await call(admin, 'settings.saveRetention', { personMonths: 36, auditYears: 5, deleteFollowUpWhenEnded: true });
      expect((await call(admin, 'privacy.due', {})).rows.map((row) => [row.personId, row.dueOn])).toEqual([[jean, '2023-06-30']]);
      await call(admin, 'settings.saveRetention', { personMonths: 24, auditYears: 5, deleteFollowUpWhenEnded: true });

      // Years later: the Durands still live there, and Hélène's follow-up is ongoing: never due.
      await clock.at('2030-01-01T09:00:00Z');
      due = await call(admin, 'privacy.due', {});
      expect(due.rows.map((row) => row.personId).sort()).toEqual([jean, member.people[0]!.id, ids.lucie, leroy.people[0]!.id].sort());
      expect(due.rows.find((row) => row.personId === leroy.people[0]!.id)).toMatchObject({ reason: { code: 'lastContact' }, referenceOn: '2024-01-15', dueOn: '2026-01-15' });
    } finally {
      clock.close();
    }
  });

  it('counts an ended follow-up as a contact, and an ongoing one keeps the person', async () => {
    const clock = await backendAt('2023-03-01T09:00:00Z');
    const { admin } = clock;
    try {
      const ids = await plant(admin);
      await call(admin, 'households.moveOut', { householdId: ids.durand, leftOn: '2023-04-30' });
      await clock.at('2026-01-01T09:00:00Z');
      // Paul is due (tenancy ended 30 April 2023); Hélène's follow-up is still open.
      expect((await call(admin, 'privacy.due', {})).rows.map((row) => row.personId)).toEqual([ids.paul]);
      await call(admin, 'followup.end', { id: ids.followupId, endedOn: '2025-03-31' });
      // Ended on 31 March 2025 (kept with her agreement): due on 31 March 2027.
      expect((await call(admin, 'privacy.due', {})).rows.map((row) => row.personId)).toEqual([ids.paul]);
      await clock.at('2027-04-01T09:00:00Z');
      expect((await call(admin, 'privacy.due', {})).rows.find((row) => row.personId === ids.helene)).toMatchObject({
        reason: { code: 'followup' },
        referenceOn: '2025-03-31',
        dueOn: '2027-03-31',
      });
    } finally {
      clock.close();
    }
  });

  it('purges all or nothing: one person not due refuses the whole purge', async () => {
    const clock = await backendAt('2023-03-01T09:00:00Z');
    const { admin } = clock;
    try {
      const ids = await plant(admin);
      await call(admin, 'households.moveOut', { householdId: ids.martin, leftOn: '2023-06-30' });
      await clock.at('2025-07-01T09:00:00Z');
      expect((await call(admin, 'privacy.due', {})).rows.map((row) => row.personId)).toEqual([ids.lucie]);

      const refused = expectError(await admin.invoke('privacy.purge', { personIds: [ids.lucie, ids.helene] }), 'VALIDATION');
      expect(refused.issues).toEqual([{ path: 'personIds.1', message: expect.stringContaining('pas (ou plus) à purger') }]);
      expect((await call(admin, 'households.search', { query: 'lucie' })).total).toBe(1);
      expect((await call(admin, 'privacy.due', {})).rows).toHaveLength(1);

      const purged = await call(admin, 'privacy.purge', { personIds: [ids.lucie] });
      expect(purged).toEqual({ purged: 1, householdsErased: 1 });
      expect((await call(admin, 'households.search', { query: 'lucie' })).total).toBe(0);
      expect((await call(admin, 'privacy.due', {})).rows).toEqual([]);
      expect(auditRows(admin)).toEqual(
        expect.arrayContaining([{ action: 'anonymisation : durée de conservation échue', method: 'privacy.purge', module: 'households', target: String(ids.lucie) }]),
      );
      // Purging again, from a stale screen: refused, nothing changes.
      expectError(await admin.invoke('privacy.purge', { personIds: [ids.lucie] }), 'VALIDATION');
    } finally {
      clock.close();
    }
  });

  it('adds whole months, clamped to the end of the month', () => {
    expect(addMonths('2024-02-29', 24)).toBe('2026-02-28');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2023-06-30', 24)).toBe('2025-06-30');
    expect(addMonths('2023-11-15', 3)).toBe('2024-02-15');
  });

  it('has every privacy method in the contract under the households module', () => {
    for (const name of ['privacy.exportPerson', 'privacy.erasurePreview', 'privacy.erasePerson', 'privacy.due', 'privacy.purge'] as const) {
      expect(contract[name].module).toBe('households');
    }
    expect(contract['privacy.erasePerson'].right).toBe('admin');
    expect(contract['privacy.purge'].right).toBe('admin');
  });
});
