import { describe, expect, it } from 'vitest';
import { call, expectError } from './helpers.ts';
import { countRows, runSql, seedHousehold } from './people-fixtures.ts';
import { clubOffice, offerInput, partnerInput } from './club-fixtures.ts';

/** Durand and Petit (Les Tilleuls) hold the insurance contract; Leroy (Les Hortillonnages) too; Moreau has nothing. */
async function members() {
  const office = await clubOffice('2026-03-02');
  const { admin, households } = office;
  const insurer = await call(admin, 'club.partners.create', partnerInput({ name: 'Mutuelle Picarde', category: 'insurer', trade: null }));
  const offer = await call(admin, 'club.offers.create', offerInput(insurer.id));
  const contracts: Record<string, number> = {};
  for (const [key, household] of [['durand', households.durand], ['petit', households.petit], ['leroy', households.leroy]] as const) {
    contracts[key] = (await call(admin, 'club.contracts.record', { householdId: household.householdId, offerId: offer.id, signedOn: '2026-03-01', signedByPersonId: household.personIds[0]!, reference: `POL-${key}`, notes: 'Payé par prélèvement' })).id;
  }
  return { ...office, offer, contracts };
}

describe('mailing lists', () => {
  it('lists the club’s members of a residence with a postal address block, leaving out those who refused mail', async () => {
    const { admin, backend, households, residences } = await members();
    runSql(backend.databaseFile, 'UPDATE household SET accepts_mail = 0 WHERE id = ?', households.petit.householdId);
    const list = await call(admin, 'club.mailing.list', { residenceId: residences.qpv });
    expect(list.refusedMail).toBe(1);
    expect(list.rows.map((row) => row.lines)).toEqual([['Mme Hélène DURAND', 'Porte 001 — RDC', 'Bât. A — Les Tilleuls', '3 allée des Tilleuls', '80000 AMIENS']]);

    // All the households of the residence: Moreau too, Petit still left out.
    const all = await call(admin, 'club.mailing.list', { residenceId: residences.qpv, scope: 'all' });
    expect(all.rows.map((row) => row.householdName)).toEqual(['Durand', 'Moreau']);
    expect(all.refusedMail).toBe(1);
    // Every residence: the members living elsewhere too.
    expect((await call(admin, 'club.mailing.list', {})).rows.map((row) => row.householdName)).toEqual(['Leroy', 'Durand']);
    expectError(await admin.invoke('club.mailing.list', { residenceId: 999 }), 'NOT_FOUND');
  });

  it('exports the list as a French CSV and as A4 sheets of 3 × 8 labels', async () => {
    const { admin, residences } = await members();
    const csv = await call(admin, 'club.mailing.csv', { residenceId: residences.qpv, scope: 'all' });
    expect(csv.fileName).toBe('courrier-club-tous-foyers-les-tilleuls-2026-03-02.csv');
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFFoyer;Destinataire;Complément 1;Complément 2;Adresse;Code postal;Commune;Résidence');
    expect(lines[1]).toBe('Durand;Mme Hélène DURAND;Porte 001 — RDC;Bât. A — Les Tilleuls;3 allée des Tilleuls;80000;Amiens;Les Tilleuls');
    expect(csv.count).toBe(3);

    const labels = await call(admin, 'club.mailing.labels', { residenceId: residences.qpv, scope: 'all' });
    expect(labels.count).toBe(3);
    const pdf = Buffer.from(labels.base64, 'base64').toString('latin1');
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it('puts 24 labels on a page', async () => {
    const { admin, backend, dwellings } = await clubOffice('2026-03-02');
    for (let index = 0; index < 25; index++) {
      seedHousehold(backend.databaseFile, { name: `Foyer ${index}`, dwellingId: dwellings.qpv[index % 4]!, people: [{ familyName: `Nom${index}` }] });
    }
    const labels = await call(admin, 'club.mailing.labels', { scope: 'all' });
    expect(labels.count).toBe(30);
    expect(Buffer.from(labels.base64, 'base64').toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(2);
  });
});

describe('personal data', () => {
  it('exports the household’s contracts with the person’s data, and an erasure keeps counts and savings but not the reference', async () => {
    const { admin, backend, households, contracts } = await members();
    const exported = JSON.parse((await call(admin, 'privacy.exportPerson', { personId: households.durand.personIds[0]! })).json);
    expect(exported.sections.clubDesLocataires).toEqual([
      expect.objectContaining({ offre: 'Assurance habitation au tarif de groupe', partenaire: 'Mutuelle Picarde', nature: 'contrat', reference: 'POL-durand', signeParCettePersonne: true, economieEstimeeEnCentimes: 15_000 }),
    ]);
    expect(exported.sections.journal.map((entry: { operation: string }) => entry.operation)).toContain('club.contracts.record');

    const before = await call(admin, 'club.savings.dashboard', { year: 2026 });
    await call(admin, 'privacy.erasePerson', { personId: households.durand.personIds[0]!, reason: 'request' });
    const after = await call(admin, 'club.savings.dashboard', { year: 2026 });
    expect(after.total).toEqual(before.total);
    expect(countRows(backend.databaseFile, 'club_contract', "id = ? AND reference = '' AND notes = ''", contracts.durand)).toBe(1);
    expect(countRows(backend.databaseFile, 'club_contract', "reference <> ''")).toBe(2);
    // Anonymised households receive no more mail.
    expect((await call(admin, 'club.mailing.list', {})).rows.map((row) => row.householdName)).toEqual(['Leroy', 'Petit']);
  });

  it('keeps people whose household holds a contract in force out of the purge', async () => {
    const { backend, contracts, at } = await members();
    // Long gone, no contact for years: due for purge, unless the club's contract runs.
    runSql(backend.databaseFile, "UPDATE occupancy SET left_on = '2020-01-01'");
    runSql(backend.databaseFile, "UPDATE household SET last_contact_on = '2020-01-01'");
    runSql(backend.databaseFile, "UPDATE person SET created_at = '2019-01-01T10:00:00Z'");
    let office = await at('2026-03-02');
    let due = (await call(office, 'privacy.due', {})).rows.map((row) => row.householdName);
    expect(due).not.toContain('Durand');
    expect(due).toContain('Moreau');

    await call(office, 'club.contracts.end', { id: contracts.durand!, endedOn: '2026-03-02' });
    office = await at('2029-01-01');
    due = (await call(office, 'privacy.due', {})).rows.map((row) => row.householdName);
    expect(due).toContain('Durand');
    expect(due).not.toContain('Petit');
  });
});

describe('budget book', () => {
  it('keeps receipts and expenses by category with yearly totals, and checks what is typed', async () => {
    const { admin, backend } = await clubOffice('2026-03-02');
    await call(admin, 'club.budget.create', { entryOn: '2026-01-15', direction: 'receipt', category: 'grants', label: 'Subvention de la ville', amountCents: 800_000, reference: 'Arrêté 2026-14' });
    await call(admin, 'club.budget.create', { entryOn: '2026-02-10', direction: 'expense', category: 'communication', label: 'Impression des livrets', amountCents: 45_000 });
    const fete = await call(admin, 'club.budget.create', { entryOn: '2026-02-20', direction: 'expense', category: 'events', label: 'Fête des voisins', amountCents: 30_000 });
    await call(admin, 'club.budget.create', { entryOn: '2025-12-01', direction: 'receipt', category: 'donations', label: 'Don', amountCents: 5_000 });

    const wrongWay = expectError(await admin.invoke('club.budget.create', { entryOn: '2026-02-10', direction: 'receipt', category: 'supplies', label: 'Fournitures', amountCents: 100 }), 'VALIDATION');
    expect(wrongWay.issues[0]).toEqual({ path: 'category', message: 'La catégorie « Fournitures » ne s’emploie que pour les dépenses.' });
    const future = expectError(await admin.invoke('club.budget.create', { entryOn: '2026-04-01', direction: 'receipt', category: 'donations', label: 'Don', amountCents: 100 }), 'VALIDATION');
    expect(future.issues[0]?.path).toBe('entryOn');
    expect(countRows(backend.databaseFile, 'club_budget_entry')).toBe(4);

    await call(admin, 'club.budget.update', { id: fete.id, entryOn: '2026-02-20', direction: 'expense', category: 'events', label: 'Fête des voisins', amountCents: 32_500 });
    const book = await call(admin, 'club.budget.list', { year: 2026 });
    expect(book.totals).toEqual({ receiptsCents: 800_000, expensesCents: 77_500, balanceCents: 722_500 });
    expect(book.byCategory).toEqual([
      { direction: 'expense', category: 'communication', cents: 45_000 },
      { direction: 'expense', category: 'events', cents: 32_500 },
      { direction: 'receipt', category: 'grants', cents: 800_000 },
    ]);
    expect(book.years.map((y) => [y.year, y.balanceCents])).toEqual([
      [2026, 722_500],
      [2025, 5_000],
    ]);
    await call(admin, 'club.budget.remove', { id: fete.id });
    expect((await call(admin, 'club.budget.list', { year: 2026 })).totals.expensesCents).toBe(45_000);
    expectError(await admin.invoke('club.budget.remove', { id: fete.id }), 'NOT_FOUND');
  });
});
