import { describe, expect, it, onTestFinished } from 'vitest';
import { createBackend } from '../../src-main/core/backend.ts';
import { addDays, addMonths } from '../../src-main/shared/days.ts';
import { ADMIN, call, expectError, tempDir, withFile } from './helpers.ts';
import { nadia, office, plain, PRICES, TYPES } from './members-office.ts';
import { countRows, runSql } from './people-fixtures.ts';

/** Rows that a refused call must leave as they were. */
const snapshot = (file: string) =>
  Object.fromEntries(['member', 'membership', 'payment', 'household', 'person', 'member_flag', 'member_account_entry', 'membership_type'].map((t) => [t, countRows(file, t)]));

/** A fee the loans module would have charged: written straight in the account, as check-in does. */
const chargeFee = (file: string, memberId: number, cents: number) =>
  runSql(file, `INSERT INTO member_account_entry (member_id, kind, amount_cents, label, created_at) VALUES (?, 'late_fee', ?, 'Retard : Perceuse', '2026-03-01T10:00:00Z')`, memberId, cents);

describe('membership types', () => {
  it('starts with the default types, creates and edits one, and refuses what is wrong in French without writing', async () => {
    const { admin, backend } = await office();
    const names = (await call(admin, 'membershipTypes.list', {})).map((t) => t.name);
    expect(names).toEqual(['Gratuite', 'Mensuelle', 'Annuelle foyer']);

    const created = await call(admin, 'membershipTypes.create', {
      name: 'Trimestrielle',
      priceCents: 250,
      periodUnit: 'month',
      periodCount: 3,
      scope: 'person',
      maxLoans: 4,
      description: 'Trois mois',
    });
    expect(created).toMatchObject({ name: 'Trimestrielle', priceCents: 250, periodCount: 3, archived: false, memberships: 0 });
    const edited = await call(admin, 'membershipTypes.update', { ...created, id: created.id, priceCents: 300, scope: 'household' });
    expect(edited).toMatchObject({ priceCents: 300, scope: 'household' });

    const before = snapshot(backend.databaseFile);
    const duplicate = expectError(await admin.invoke('membershipTypes.create', { ...created, name: 'MENSUELLE' }), 'VALIDATION');
    expect(duplicate.issues).toEqual([{ path: 'name', message: 'Un type d’adhésion s’appelle déjà « Mensuelle » : choisissez un autre nom.' }]);
    const tooLong = expectError(await admin.invoke('membershipTypes.create', { ...created, name: 'Longue', periodUnit: 'year', periodCount: 6 }), 'VALIDATION');
    expect(tooLong.issues).toEqual([{ path: 'periodCount', message: 'La durée ne doit pas dépasser 5 ans.' }]);
    const bad = expectError(await admin.invoke('membershipTypes.create', { name: '', priceCents: -1, periodUnit: 'week', periodCount: 1, scope: 'person', maxLoans: 0 }), 'VALIDATION');
    expect(bad.issues.map((i) => i.path).sort()).toEqual(['maxLoans', 'name', 'periodUnit', 'priceCents']);
    expect(plain(bad.issues.find((i) => i.path === 'priceCents')?.message)).toBe('Le prix doit être un montant entre 0,00 € et 1 000,00 €.');
    expect(snapshot(backend.databaseFile)).toEqual(before);
  });

  it('archives a type: no longer offered at enrolment, kept on the memberships taken with it; never the last one', async () => {
    const { admin, marcel } = await office();
    await call(admin, 'till.open', { openingCashCents: 0 });
    const { id: memberId } = await call(admin, 'members.enrol', { personId: marcel.personId, membership: { typeId: TYPES.free } });
    const archived = await call(admin, 'membershipTypes.archive', { id: TYPES.free, archived: true });
    expect(archived).toMatchObject({ archived: true, memberships: 1 });
    expect((await call(admin, 'membershipTypes.list', {})).map((t) => t.name)).toEqual(['Mensuelle', 'Annuelle foyer']);
    expect((await call(admin, 'membershipTypes.list', { includeArchived: true })).map((t) => t.name)).toContain('Gratuite');
    expect((await call(admin, 'members.get', { id: memberId })).memberships[0]?.typeName).toBe('Gratuite');

    const refused = expectError(await admin.invoke('members.renew', { memberId, typeId: TYPES.free }), 'VALIDATION');
    expect(refused.message).toBe('Le type d’adhésion « Gratuite » est archivé : choisissez-en un autre.');

    await call(admin, 'membershipTypes.archive', { id: TYPES.householdYear, archived: true });
    const last = expectError(await admin.invoke('membershipTypes.archive', { id: TYPES.monthly, archived: true }), 'CONFLICT');
    expect(last.message).toBe('C’est le dernier type d’adhésion proposé : créez-en un autre avant d’archiver celui-ci.');
    expect((await call(admin, 'membershipTypes.archive', { id: TYPES.free, archived: false })).archived).toBe(false);
  });
});

describe('members.enrol', () => {
  it('enrols a new non-tenant person with a 1 €/month membership paid in cash, all in one write', async () => {
    const { admin, today } = await office();
    await call(admin, 'till.open', { openingCashCents: 2000 });
    const enrolled = await call(admin, 'members.enrol', { newPerson: nadia, membership: { typeId: TYPES.monthly, method: 'cash' } });
    expect(enrolled.number).toBe('A00001');
    expect(enrolled.payment).toEqual({ id: expect.any(Number), receiptNumber: '2026-000001', amountCents: 100 });

    const member = await call(admin, 'members.get', { id: enrolled.id });
    expect(member.person).toMatchObject({ name: 'Nadia Benali', phone: '+33612345678', email: 'nadia.benali@exemple.fr' });
    expect(member.household).toMatchObject({ isTenant: false, address: '14 rue des Jacobins, 80000 Amiens' });
    const end = addDays(addMonths(today(), 1), -1);
    expect(member.standing).toMatchObject({ membership: { typeName: 'Mensuelle', startsOn: today(), endsOn: end, shared: false }, blocks: [], balanceCents: 0, loansLeft: 3 });
    expect(member.renewalStartsOn).toBe(addDays(end, 1));
    expect(member.payments).toEqual([expect.objectContaining({ receiptNumber: '2026-000001', method: 'cash', purpose: 'membership', amountCents: 100 })]);
    expect(member.payments[0]?.label).toContain('Adhésion Mensuelle (1 mois)');

    // The new household is a real one of the households module: found by its search, with its address.
    const found = await call(admin, 'households.search', { query: 'benali' });
    expect(found.rows.map((row) => row.household)).toEqual([expect.objectContaining({ id: member.household.id, isTenant: false })]);
    expect((await call(admin, 'till.current', {})).session?.expectedCashCents).toBe(2100);
  });

  it('refuses to take a payment while the till is closed, and writes nothing (not even the new person)', async () => {
    const { admin, backend } = await office();
    const before = snapshot(backend.databaseFile);
    const refused = expectError(await admin.invoke('members.enrol', { newPerson: nadia, membership: { typeId: TYPES.monthly, method: 'cash' } }), 'CONFLICT');
    expect(refused.message).toBe('La caisse est fermée : ouvrez la caisse avant d’encaisser.');
    expect(snapshot(backend.databaseFile)).toEqual(before);
  });

  it('asks for the payment method unless the type is free, and checks the new person field by field', async () => {
    const { admin, backend, marcel } = await office();
    await call(admin, 'till.open', { openingCashCents: 0 });
    const before = snapshot(backend.databaseFile);
    const noMethod = expectError(await admin.invoke('members.enrol', { personId: marcel.personId, membership: { typeId: TYPES.monthly, periods: 3 } }), 'VALIDATION');
    expect(plain(noMethod.issues)).toEqual([{ path: 'membership.method', message: 'Choisissez le moyen de paiement : 3,00 € à encaisser.' }]);
    const neither = expectError(await admin.invoke('members.enrol', { membership: { typeId: TYPES.free } }), 'VALIDATION');
    expect(neither.issues[0]?.path).toBe('personId');
    const badPerson = expectError(
      await admin.invoke('members.enrol', { newPerson: { familyName: '', phone: '12', address: { line: '', postcode: '8000', city: '' } }, membership: { typeId: TYPES.free } }),
      'VALIDATION',
    );
    expect(badPerson.issues.map((i) => i.path).sort()).toEqual(['newPerson.address.city', 'newPerson.address.line', 'newPerson.address.postcode', 'newPerson.familyName', 'newPerson.phone']);
    expect(snapshot(backend.databaseFile)).toEqual(before);

    const free = await call(admin, 'members.enrol', { personId: marcel.personId, membership: { typeId: TYPES.free } });
    expect(free.payment).toBeNull();
    expect((await call(admin, 'members.get', { id: free.id })).standing.membership?.typeName).toBe('Gratuite');
  });

  it('refuses a second member for the same person, saying the number they have, and a person typed twice', async () => {
    const { admin, backend, marcel } = await office();
    await call(admin, 'till.open', { openingCashCents: 0 });
    await call(admin, 'members.enrol', { personId: marcel.personId, membership: { typeId: TYPES.free } });
    const twice = expectError(await admin.invoke('members.enrol', { personId: marcel.personId, membership: { typeId: TYPES.free } }), 'CONFLICT');
    expect(twice.message).toBe('Marcel Petit est déjà adhérent·e, sous le numéro A00001 : renouvelez son adhésion depuis sa fiche.');

    await call(admin, 'members.enrol', { newPerson: nadia, membership: { typeId: TYPES.free } });
    const before = snapshot(backend.databaseFile);
    const again = expectError(await admin.invoke('members.enrol', { newPerson: { ...nadia, email: null, firstName: 'NADIA' }, membership: { typeId: TYPES.free } }), 'CONFLICT');
    expect(again.message).toBe('Nadia Benali (même téléphone ou e-mail) est déjà adhérent·e sous le numéro A00002 : choisissez cette personne dans la recherche au lieu d’en créer une nouvelle.');
    expect(snapshot(backend.databaseFile)).toEqual(before);
  });

  it('shares a household membership: the other people of the household are enrolled without paying again', async () => {
    const { admin, dupre, backend } = await office();
    await call(admin, 'till.open', { openingCashCents: 0 });
    const helene = await call(admin, 'members.enrol', { personId: dupre.helene, membership: { typeId: TYPES.householdYear, method: 'card' } });
    expect(helene.payment?.amountCents).toBe(1000);

    const candidates = await call(admin, 'members.findPeople', { query: 'dupre' });
    expect(candidates.map((c) => [c.name, c.member?.number ?? null])).toEqual(
      expect.arrayContaining([['Hélène Dupré', 'A00001'], ['Loïc Dupré', null], ['Zoé Dupré', null]]),
    );
    expect(candidates.find((c) => c.personId === dupre.loic)?.householdCoveredUntil).toMatch(/^2027-03-01$/);

    const loic = await call(admin, 'members.enrol', { personId: dupre.loic, membership: null });
    expect(loic.payment).toBeNull();
    const detail = await call(admin, 'members.get', { id: loic.id });
    expect(detail.standing.membership).toMatchObject({ typeName: 'Annuelle foyer', shared: true, maxLoans: 5 });
    expect(detail.memberships).toEqual([expect.objectContaining({ shared: true, takenBy: { memberId: helene.id, number: 'A00001', name: 'Hélène Dupré' }, status: 'current' })]);

    const household = await call(admin, 'members.ofHousehold', { householdId: dupre.householdId });
    expect(household.map((p) => [p.name, p.member?.number ?? null, p.member?.shared ?? null])).toEqual([
      ['Hélène Dupré', 'A00001', true],
      ['Loïc Dupré', 'A00002', true],
      ['Zoé Dupré', null, null],
    ]);

    // The household page's line of each member: their own balance and flags, blocked by either.
    chargeFee(backend.databaseFile, loic.id, 90);
    await call(admin, 'members.flag', { memberId: helene.id, reason: 'Perceuse rendue sans sa mallette' });
    const lines = (await call(admin, 'members.ofHousehold', { householdId: dupre.householdId })).map((p) => p.member);
    const shared = { membershipEndsOn: '2027-03-01', inForce: true, typeName: 'Annuelle foyer', shared: true, blocked: true };
    expect(lines).toEqual([
      { id: helene.id, number: 'A00001', balanceCents: 0, activeFlags: 1, ...shared },
      { id: loic.id, number: 'A00002', balanceCents: 90, activeFlags: 0, ...shared },
      null,
    ]);
  });

  it('refuses an enrolment without a membership when no household membership covers the person', async () => {
    const { admin, marcel, backend } = await office();
    const before = snapshot(backend.databaseFile);
    const refused = expectError(await admin.invoke('members.enrol', { personId: marcel.personId, membership: null }), 'VALIDATION');
    expect(refused.issues).toEqual([{ path: 'membership.typeId', message: 'Choisissez le type d’adhésion : aucune adhésion du foyer en cours ne couvre cette personne.' }]);
    expect(snapshot(backend.databaseFile)).toEqual(before);
  });
});

describe('members.renew', () => {
  it('starts the day after the membership in force, or today once it has lapsed, and charges every period', async () => {
    const { admin, marcel, setNow, signIn } = await office();
    await call(admin, 'till.open', { openingCashCents: 0 });
    const { id } = await call(admin, 'members.enrol', { personId: marcel.personId, membership: { typeId: TYPES.monthly, method: 'cash' } });
    const early = await call(admin, 'members.renew', { memberId: id, typeId: TYPES.monthly, periods: 2, method: 'card' });
    expect(early).toMatchObject({ startsOn: '2026-04-02', endsOn: '2026-06-01', payment: { amountCents: 200 } });
    expect((await call(admin, 'members.get', { id })).memberships.map((m) => m.status)).toEqual(['future', 'current']);

    setNow('2026-07-15T10:00:00Z');
    const again = await signIn('counter');
    const before = await call(again, 'members.get', { id });
    expect(before.standing.blocks).toEqual([{ kind: 'membership', message: 'Adhésion expirée le 01/06/2026 : renouvelez-la pour emprunter.' }]);
    const late = await call(again, 'members.renew', { memberId: id, typeId: TYPES.monthly, method: 'cheque' });
    expect(late).toMatchObject({ startsOn: '2026-07-15', endsOn: '2026-08-14' });
    expect((await call(again, 'members.get', { id })).standing.blocks).toEqual([]);
  });
});

describe('members.search', () => {
  it('finds members by name without accents, by number as scanned or typed, and by phone; filters by standing', async () => {
    const { admin, backend, dupre, marcel } = await office();
    await call(admin, 'till.open', { openingCashCents: 0 });
    const helene = await call(admin, 'members.enrol', { personId: dupre.helene, membership: { typeId: TYPES.monthly, method: 'cash' } });
    const marcelMember = await call(admin, 'members.enrol', { personId: marcel.personId, membership: { typeId: TYPES.monthly, startsOn: '2026-02-01', method: 'cash' } });
    const names = async (query: string, status: 'all' | 'inForce' | 'lapsed' | 'owing' | 'flagged' = 'all') =>
      (await call(admin, 'members.search', { query, status })).rows.map((row) => row.name);

    expect(await names('helene')).toEqual(['Hélène Dupré']);
    expect(await names('LEFEVRE')).toEqual(['Hélène Dupré']);
    expect(await names(' a00002 ')).toEqual(['Marcel Petit']);
    expect(await names('2')).toEqual(['Marcel Petit']);
    expect(await names('03 22 33')).toEqual(['Hélène Dupré']);
    expect(await names('')).toEqual(['Hélène Dupré', 'Marcel Petit']);
    expect(await names('', 'inForce')).toEqual(['Hélène Dupré']);
    expect(await names('', 'lapsed')).toEqual(['Marcel Petit']);

    chargeFee(backend.databaseFile, marcelMember.id, 90);
    await call(admin, 'members.flag', { memberId: helene.id, reason: 'Perceuse rendue cassée, à voir' });
    expect(await names('', 'owing')).toEqual(['Marcel Petit']);
    expect(await names('', 'flagged')).toEqual(['Hélène Dupré']);
    const row = (await call(admin, 'members.search', { query: 'marcel' })).rows[0];
    expect(row).toMatchObject({ number: 'A00002', inForce: false, membershipEndsOn: '2026-02-28', balanceCents: 90, activeFlags: 0, isTenant: true });
  });
});

describe('flags and balance', () => {
  it('blocks a member with the operator’s reason until the flag is cleared', async () => {
    const { admin, marcel } = await office();
    await call(admin, 'till.open', { openingCashCents: 0 });
    const { id } = await call(admin, 'members.enrol', { personId: marcel.personId, membership: { typeId: TYPES.free } });
    const short = expectError(await admin.invoke('members.flag', { memberId: id, reason: ' x ' }), 'VALIDATION');
    expect(short.message).toBe('Indiquez le motif du blocage (3 caractères au moins).');
    await call(admin, 'members.flag', { memberId: id, reason: 'Caution non rendue' });
    const blocked = await call(admin, 'members.get', { id });
    const flagId = blocked.flags[0]!.id;
    expect(blocked.standing.blocks).toEqual([{ kind: 'flag', message: 'Bloqué par l’équipe : Caution non rendue', flagId }]);
    expect(blocked.flags[0]).toMatchObject({ createdBy: 'Camille Admin', clearedAt: null });

    await call(admin, 'members.clearFlag', { flagId });
    const cleared = await call(admin, 'members.get', { id });
    expect(cleared.standing.blocks).toEqual([]);
    expect(cleared.flags[0]).toMatchObject({ clearedBy: 'Camille Admin' });
    expect(expectError(await admin.invoke('members.clearFlag', { flagId }), 'CONFLICT').message).toBe('Ce blocage a déjà été levé.');
  });

  it('takes what is owed at the till or waives it with a reason, never more than the balance', async () => {
    const { admin, backend, marcel } = await office();
    await call(admin, 'till.open', { openingCashCents: 0 });
    const { id } = await call(admin, 'members.enrol', { personId: marcel.personId, membership: { typeId: TYPES.free } });
    chargeFee(backend.databaseFile, id, 150);
    expect(plain((await call(admin, 'members.get', { id })).standing.blocks.map((b) => b.message))).toEqual(['Solde impayé de 1,50 € : à régler avant d’emprunter.']);

    const before = snapshot(backend.databaseFile);
    const tooMuch = expectError(await admin.invoke('members.payBalance', { memberId: id, amountCents: 200, method: 'cash' }), 'VALIDATION');
    expect(plain(tooMuch.issues)).toEqual([{ path: 'amountCents', message: '2,00 € dépasse ce que doit A00001 (1,50 €) : indiquez 1,50 € au plus.' }]);
    expect(snapshot(backend.databaseFile)).toEqual(before);

    const paid = await call(admin, 'members.payBalance', { memberId: id, amountCents: 100, method: 'cash' });
    expect(paid.payment).toMatchObject({ receiptNumber: '2026-000001', amountCents: 100 });
    const noReason = expectError(await admin.invoke('members.waive', { memberId: id, amountCents: 50, reason: '' }), 'VALIDATION');
    expect(noReason.message).toBe('Indiquez le motif de la remise (3 caractères au moins).');
    await call(admin, 'members.waive', { memberId: id, amountCents: 50, reason: 'Premier retard, geste commercial' });

    const member = await call(admin, 'members.get', { id });
    expect(member.standing.balanceCents).toBe(0);
    expect(member.standing.blocks).toEqual([]);
    expect(member.account.map((e) => [e.kind, e.amountCents, e.receiptNumber])).toEqual([
      ['waiver', -50, null],
      ['payment', -100, '2026-000001'],
      ['late_fee', 150, null],
    ]);
    expect(member.account[0]?.label).toBe('Remise : Premier retard, geste commercial');
    expect(member.payments[0]).toMatchObject({ purpose: 'late_fee', amountCents: 100 });
    expect(plain(expectError(await admin.invoke('members.payBalance', { memberId: id, amountCents: 1, method: 'cash' }), 'CONFLICT').message)).toBe(
      'A00001 ne doit rien (solde 0,00 €) : il n’y a rien à régler.',
    );
  });
});

describe('member card', () => {
  it('prints a credit-card sized PDF, or an A4 sheet to cut out', async () => {
    const { admin, marcel } = await office();
    await call(admin, 'till.open', { openingCashCents: 0 });
    const { id } = await call(admin, 'members.enrol', { personId: marcel.personId, membership: { typeId: TYPES.free } });
    const card = await call(admin, 'members.cardPdf', { id });
    expect(card.fileName).toBe('carte-adherent-A00001.pdf');
    const bytes = Buffer.from(card.base64, 'base64').toString('latin1');
    expect(bytes.startsWith('%PDF-')).toBe(true);
    // 85.6 × 54 mm in points.
    expect(bytes).toMatch(/\/MediaBox \[0 0 242\.64\d* 153\.07\d*\]/);
    const sheet = Buffer.from((await call(admin, 'members.cardPdf', { id, format: 'sheet' })).base64, 'base64').toString('latin1');
    expect(sheet).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expectError(await admin.invoke('members.cardPdf', { id: 999 }), 'NOT_FOUND');
  });
});

describe('rights', () => {
  it('lets a counter operator enrol and a read-only user only read', async () => {
    const { admin, marcel, signIn } = await office();
    await call(admin, 'till.open', { openingCashCents: 0 });
    const counter = await signIn('counter');
    const { id } = await call(counter, 'members.enrol', { personId: marcel.personId, membership: { typeId: TYPES.monthly, method: 'cash' } });
    const readonly = await signIn('readonly');
    expect((await call(readonly, 'members.get', { id })).number).toBe('A00001');
    expectError(await readonly.invoke('members.flag', { memberId: id, reason: 'Pour voir' }), 'FORBIDDEN');
    expectError(await readonly.invoke('membershipTypes.create', { name: 'X', priceCents: 0, periodUnit: 'day', periodCount: 1, scope: 'person', maxLoans: 1 }), 'FORBIDDEN');
  });

  it('leaves prices, membership types and write-offs to the office: the counter applies them', async () => {
    const { backend, admin, marcel, signIn } = await office();
    await call(admin, 'till.open', { openingCashCents: 0 });
    const { id } = await call(admin, 'members.enrol', { personId: marcel.personId, membership: { typeId: TYPES.monthly, method: 'cash' } });
    chargeFee(backend.databaseFile, id, 90);
    const newType = { name: 'Étudiant', priceCents: 500, periodUnit: 'year', periodCount: 1, scope: 'person', maxLoans: 2 } as const;
    const counter = await signIn('counter');
    const before = snapshot(backend.databaseFile);
    expect(expectError(await counter.invoke('membershipTypes.create', newType), 'FORBIDDEN').message).toContain('Opérateur de comptoir');
    expectError(await counter.invoke('services.updatePrice', { id: PRICES.shirt, label: 'Chemise', unit: 'pièce', priceCents: 1 }), 'FORBIDDEN');
    expectError(await counter.invoke('members.waive', { memberId: id, amountCents: 90, reason: 'Geste commercial' }), 'FORBIDDEN');
    expect(snapshot(backend.databaseFile)).toEqual(before);
    const office_ = await signIn('office');
    await call(office_, 'membershipTypes.create', newType);
    await call(office_, 'members.waive', { memberId: id, amountCents: 90, reason: 'Geste commercial' });
    expect((await call(counter, 'members.get', { id })).standing.balanceCents).toBe(0);
  });
});

describe('privacy participant conciergerie.members', () => {
  it('exports the member’s data, blanks the reasons written about them on erasure, and keeps a member in force', async () => {
    const { admin, backend, setNow, signIn } = await office();
    await call(admin, 'till.open', { openingCashCents: 0 });
    const { id, personId } = await call(admin, 'members.enrol', { newPerson: nadia, membership: { typeId: TYPES.monthly, method: 'cash' } });
    await call(admin, 'members.flag', { memberId: id, reason: 'Insultes au comptoir le 01/03' });
    chargeFee(backend.databaseFile, id, 60);
    await call(admin, 'members.waive', { memberId: id, amountCents: 60, reason: 'Situation familiale difficile' });
    const order = await call(admin, 'services.createOrder', { kind: 'pressing', memberId: id, dueOn: '2026-03-05', lines: [{ serviceId: 1, quantity: 2 }], notes: 'Tache de vin' });

    const exported = JSON.parse((await call(admin, 'privacy.exportPerson', { personId })).json);
    expect(exported.sections.adherentConciergerie).toMatchObject({ numeroAdherent: 'A00001' });
    expect(exported.sections.adhesions).toEqual([expect.objectContaining({ type: 'Mensuelle', recu: '2026-000001' })]);
    expect(exported.sections.blocages).toEqual([expect.objectContaining({ motif: 'Insultes au comptoir le 01/03' })]);
    expect(exported.sections.paiements).toHaveLength(1);
    expect(exported.sections.services).toEqual([expect.objectContaining({ numero: 'P-000001', notes: 'Tache de vin' })]);
    await call(admin, 'members.renew', { memberId: id, typeId: TYPES.free });
    const journal = JSON.parse((await call(admin, 'privacy.exportPerson', { personId })).json).sections.journal;
    const ours = journal.map((e: { operation: string }) => e.operation).filter((operation: string) => !operation.startsWith('privacy.'));
    expect(ours).toEqual(['members.enrol', 'members.flag', 'members.waive', 'services.createOrder', 'members.renew']);
    expect(journal.filter((e: { operation: string }) => e.operation.startsWith('members.')).every((e: { enregistrement: string }) => e.enregistrement === String(id))).toBe(true);

    // In force today: kept out of any purge; two years after its end, due, with it as the last activity.
    expect((await call(admin, 'privacy.due', {})).rows.map((r) => r.personId)).not.toContain(personId);
    setNow('2029-05-02T10:00:00Z');
    const later = await signIn('admin');
    const due = (await call(later, 'privacy.due', {})).rows.find((r) => r.personId === personId);
    // The free year taken after the month: from 02/04/2026 to 01/04/2027.
    expect(due).toMatchObject({ reason: { code: 'conciergerie' }, referenceOn: '2027-04-01' });

    await call(later, 'privacy.erasePerson', { personId, reason: 'request' });
    const member = await call(later, 'members.get', { id });
    expect(member.number).toBe('A00001');
    expect(member.person.erased).toBe(true);
    expect(member.flags[0]?.reason).not.toContain('Insultes');
    expect(member.account.find((e) => e.kind === 'waiver')?.label).not.toContain('familiale');
    expect((await call(later, 'services.order', { id: order.id })).notes).toBe('');
    expect(countRows(backend.databaseFile, 'payment')).toBe(1);
  });
});

describe('demo members', () => {
  it('fills members, memberships, closed till sessions with numbered payments, tickets and basket orders that hold together', async () => {
    const backend = createBackend({ dataDir: tempDir(), clock: { now: () => new Date('2026-11-23T10:00:00Z') }, checkOutputs: true, automaticBackups: false });
    onTestFinished(() => backend.close());
    const admin = backend.connect();
    await call(admin, 'auth.setup', ADMIN);
    await call(admin, 'demo.fill', {});
    const rows = <T>(sql: string) => withFile(backend.databaseFile, (db) => db.prepare(sql).all() as T[], true);
    const one = (sql: string) => withFile(backend.databaseFile, (db) => db.prepare(sql).pluck().get(), true);

    const members = one('SELECT count(*) FROM member') as number;
    expect(members).toBeGreaterThanOrEqual(110);
    expect(one('SELECT count(*) FROM member JOIN person ON person.id = member.person_id JOIN household ON household.id = person.household_id WHERE household.is_tenant = 0')).toBe(10);
    expect(one('SELECT count(*) FROM membership WHERE household_id IS NOT NULL')).toBeGreaterThan(0);
    const lapsed = (await call(admin, 'members.search', { status: 'lapsed', limit: 1 })).total;
    const inForce = (await call(admin, 'members.search', { status: 'inForce', limit: 1 })).total;
    expect(lapsed).toBeGreaterThan(0);
    expect(inForce + lapsed).toBe(members);

    // Every session closed, its expected cash the float plus its cash payments; receipts numbered without gaps.
    expect(one('SELECT count(*) FROM till_session WHERE closed_at IS NULL')).toBe(0);
    expect(one(`SELECT count(*) FROM till_session s WHERE expected_cash_cents != opening_cash_cents
      + (SELECT coalesce(sum(amount_cents), 0) FROM payment WHERE session_id = s.id AND method = 'cash')`)).toBe(0);
    expect(rows<{ d: number }>('SELECT counted_cash_cents - expected_cash_cents AS d FROM till_session WHERE counted_cash_cents != expected_cash_cents').map((r) => r.d).sort()).toEqual([-200, 50]);
    const receipts = rows<{ receipt_number: string }>('SELECT receipt_number FROM payment ORDER BY paid_at, id').map((r) => r.receipt_number);
    expect(receipts).toEqual(receipts.map((_, i) => `2026-${String(i + 1).padStart(6, '0')}`));
    expect(one('SELECT count(*) FROM payment WHERE refund_of IS NOT NULL')).toBeGreaterThan(0);
    expect(one('SELECT count(*) FROM payment p JOIN payment o ON o.id = p.refund_of WHERE -p.amount_cents > o.amount_cents')).toBe(0);

    // Pressing tickets in every state; basket orders for the next two Fridays, some paid.
    expect(rows<{ status: string }>("SELECT DISTINCT status FROM service_order WHERE kind = 'pressing' ORDER BY status").map((r) => r.status)).toEqual([
      'cancelled',
      'collected',
      'dropped',
      'ready',
    ]);
    expect((await call(admin, 'services.deliveryDates', {})).map((d) => d.dueOn)).toEqual(['2026-11-27', '2026-12-04']);
    const day = await call(admin, 'till.daySummary', { day: '2026-11-21' });
    expect(day.sessions).toHaveLength(1);
    expect(day.totals.count).toBe(day.sessions[0]!.totals.count);
  });
});
