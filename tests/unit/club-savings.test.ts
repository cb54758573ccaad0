import { describe, expect, it } from 'vitest';
import type { Connection } from '../../src-main/core/backend.ts';
import { call, expectError } from './helpers.ts';
import { countRows, runSql } from './people-fixtures.ts';
import { clubOffice, offerInput, partnerInput } from './club-fixtures.ts';

type Api = Pick<Connection, 'invoke'>;

async function insuranceOffer(api: Api) {
  const insurer = await call(api, 'club.partners.create', partnerInput({ name: 'Mutuelle Picarde', category: 'insurer', trade: null, nafCode: '65.12Z' }));
  const offer = await call(api, 'club.offers.create', offerInput(insurer.id));
  return { insurer, offer };
}

async function drivingOffer(api: Api, overrides: object = {}) {
  const school = await call(api, 'club.partners.create', partnerInput({ name: 'Auto-école du Centre', category: 'merchant', trade: null, nafCode: '85.53Z' }));
  const offer = await call(
    api,
    'club.offers.create',
    offerInput(school.id, { title: 'Permis B : 100 € de remise', kind: 'fixed_amount', value: 10_000, usualPriceCents: null, benefit: 'use', defaultSavingCents: 10_000, target: 'qpv', ...overrides }),
  );
  return { school, offer };
}

describe('offers', () => {
  it('checks what an offer gives, to whom and when, with French messages', async () => {
    const { admin, residences, backend } = await clubOffice();
    const { insurer } = await insuranceOffer(admin);
    const refuse = async (overrides: object, path: string, message: string) => {
      const error = expectError(await admin.invoke('club.offers.create', offerInput(insurer.id, overrides)), 'VALIDATION');
      expect(error.issues).toContainEqual({ path, message });
    };
    await refuse({ kind: 'percentage', value: 120, usualPriceCents: null }, 'value', 'Le pourcentage de remise doit être compris entre 1 et 100.');
    await refuse({ usualPriceCents: 500 }, 'usualPriceCents', 'Le prix public doit être supérieur au prix du club.');
    await refuse({ target: 'residences' }, 'residenceIds', 'Choisissez au moins une résidence, ou ouvrez l’offre à tous les foyers.');
    await refuse({ validUntil: '2023-12-31' }, 'validUntil', 'La fin de validité précède son début.');
    expect(countRows(backend.databaseFile, 'club_offer')).toBe(1);

    const targeted = await call(admin, 'club.offers.create', offerInput(insurer.id, { title: 'Garantie bris de glace', target: 'residences', residenceIds: [residences.outside] }));
    expect(targeted.residences).toEqual([{ id: residences.outside, name: 'Les Hortillonnages' }]);
    const forQpv = await call(admin, 'club.offers.list', { residenceId: residences.qpv });
    expect(forQpv.rows.map((o) => o.title)).toEqual(['Assurance habitation au tarif de groupe']);
  });

  it('prints the booklet of a residence with the offers open to it today, from active partners only', async () => {
    const { admin, residences } = await clubOffice('2026-03-02');
    const { insurer } = await insuranceOffer(admin);
    await drivingOffer(admin);
    await call(admin, 'club.offers.create', offerInput(insurer.id, { title: 'Offre expirée', validUntil: '2025-12-31' }));
    const qpv = await call(admin, 'club.offers.booklet', { residenceId: residences.qpv });
    expect(qpv.count).toBe(2);
    expect(qpv.fileName).toBe('offres-club-les-tilleuls-2026-03-02.pdf');
    expect(Buffer.from(qpv.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect((await call(admin, 'club.offers.booklet', { residenceId: residences.outside })).count).toBe(1);
    await call(admin, 'club.partners.setStatus', { id: insurer.id, status: 'suspended', reason: 'Cotisation en litige' });
    expect((await call(admin, 'club.offers.booklet', { residenceId: residences.outside })).count).toBe(0);
    expectError(await admin.invoke('club.offers.booklet', { residenceId: 999 }), 'NOT_FOUND');
  });
});

describe('contracts and the savings ledger', () => {
  it('records three households signing the insurance offer: the club’s yearly savings and each household’s page follow', async () => {
    const { admin, households } = await clubOffice('2026-03-02');
    const { offer } = await insuranceOffer(admin);
    const before = await call(admin, 'club.savings.dashboard', { year: 2026 });
    expect(before.total).toEqual({ cents: 0, households: 0, entries: 0 });

    for (const household of [households.durand, households.petit, households.leroy]) {
      const signed = await call(admin, 'club.contracts.record', { householdId: household.householdId, offerId: offer.id, signedOn: '2026-03-02', signedByPersonId: household.personIds[0]! });
      expect(signed).toMatchObject({ kind: 'contract', savingCents: 15_000, state: 'in_force', savedToDateCents: 15_000, signedByName: expect.any(String) });
    }
    const after = await call(admin, 'club.savings.dashboard', { year: 2026 });
    expect(after.total).toEqual({ cents: 45_000, households: 3, entries: 3 });
    expect(after.contracts).toEqual({ inForce: 3, signedInYear: 3, usesInYear: 0 });
    expect(after.byPartner).toEqual([{ partnerId: offer.partnerId, partnerName: 'Mutuelle Picarde', category: 'insurer', cents: 45_000, households: 3, entries: 3 }]);
    expect(after.byResidence.map((r) => [r.residenceName, r.cents])).toEqual([
      ['Les Tilleuls', 30_000],
      ['Les Hortillonnages', 15_000],
    ]);

    const page = await call(admin, 'club.contracts.ofHousehold', { householdId: households.durand.householdId });
    expect(page.savings).toEqual({ thisYearCents: 15_000, totalCents: 15_000, byYear: [{ year: 2026, cents: 15_000 }] });
    expect(page.rows.map((row) => [row.offerTitle, row.partnerName, row.signedByName])).toEqual([['Assurance habitation au tarif de groupe', 'Mutuelle Picarde', 'Hélène Durand']]);

    const twice = expectError(await admin.invoke('club.contracts.record', { householdId: households.durand.householdId, offerId: offer.id, signedOn: '2026-03-02' }), 'CONFLICT');
    expect(twice.message).toBe('Le foyer Durand a déjà un contrat en cours pour cette offre (signé le 02/03/2026).');
  });

  it('counts a contract at signature and at each anniversary while in force, and a use once; the saving is editable', async () => {
    const { admin, households, at } = await clubOffice('2024-03-01');
    const { offer } = await insuranceOffer(admin);
    const { offer: licence } = await drivingOffer(admin, { validFrom: '2024-01-01' });
    const running = await call(admin, 'club.contracts.record', { householdId: households.durand.householdId, offerId: offer.id, signedOn: '2024-03-01' });
    const ended = await call(admin, 'club.contracts.record', { householdId: households.petit.householdId, offerId: offer.id, signedOn: '2024-03-01', savingCents: 12_000 });
    await call(admin, 'club.contracts.record', { householdId: households.moreau.householdId, offerId: licence.id, signedOn: '2024-03-01', savingCents: 9_000 });

    const office = await at('2026-05-10');
    await call(office, 'club.contracts.end', { id: ended.id, endedOn: '2025-02-28' });
    const ledger = await call(office, 'club.savings.ledger', {});
    expect(ledger.entries.map((e) => [e.householdName, e.kind, e.on, e.amountCents])).toEqual([
      ['Durand', 'signature', '2024-03-01', 15_000],
      ['Petit', 'signature', '2024-03-01', 12_000],
      ['Moreau', 'use', '2024-03-01', 9_000],
      ['Durand', 'renewal', '2025-03-01', 15_000],
      ['Durand', 'renewal', '2026-03-01', 15_000],
    ]);
    // An estimate corrected afterwards applies to every year counted.
    const corrected = await call(office, 'club.contracts.update', { id: running.id, signedOn: '2024-03-01', savingCents: 16_000, reference: 'POL-2024-118' });
    expect(corrected.savedToDateCents).toBe(48_000);
    const years = (await call(office, 'club.savings.dashboard', { year: 2026 })).years;
    expect(years.map((y) => [y.year, y.cents, y.households])).toEqual([
      [2024, 37_000, 3],
      [2025, 16_000, 1],
      [2026, 16_000, 1],
    ]);
    expect(expectError(await office.invoke('club.contracts.renew', { id: running.id }), 'CONFLICT').message).toContain('reconduit chaque année');
  });

  it('renews a fixed-term contract by one year and flags it a month before its end', async () => {
    const { admin, households } = await clubOffice('2026-03-02');
    const { offer } = await insuranceOffer(admin);
    const contract = await call(admin, 'club.contracts.record', { householdId: households.durand.householdId, offerId: offer.id, signedOn: '2025-03-15', endsOn: '2026-03-14' });
    expect(contract).toMatchObject({ state: 'in_force', renewalDue: true, savedToDateCents: 15_000 });
    const renewed = await call(admin, 'club.contracts.renew', { id: contract.id });
    expect(renewed).toMatchObject({ endsOn: '2027-03-14', renewalDue: false });
  });

  it('files each saving under the residence the household lived in that day', async () => {
    const { admin, households, dwellings, backend, at } = await clubOffice('2025-06-01');
    const { offer } = await insuranceOffer(admin);
    await call(admin, 'club.contracts.record', { householdId: households.durand.householdId, offerId: offer.id, signedOn: '2025-06-01' });
    // The household moved to Les Hortillonnages on 1 January 2026.
    runSql(backend.databaseFile, 'UPDATE occupancy SET left_on = ? WHERE household_id = ?', '2026-01-01', households.durand.householdId);
    runSql(
      backend.databaseFile,
      'INSERT INTO occupancy (household_id, dwelling_id, entered_on, created_at) VALUES (?, ?, ?, ?)',
      households.durand.householdId,
      dwellings.outside[0],
      '2026-01-01',
      '2026-01-01T10:00:00Z',
    );
    const office = await at('2026-07-01');
    const ledger = await call(office, 'club.savings.ledger', { householdId: households.durand.householdId });
    expect(ledger.entries.map((e) => [e.year, e.residenceName])).toEqual([
      [2025, 'Les Tilleuls'],
      [2026, 'Les Hortillonnages'],
    ]);
  });

  it('refuses a contract the offer does not allow, and writes nothing', async () => {
    const { admin, households, backend } = await clubOffice('2026-03-02');
    const { offer: licence, school } = await drivingOffer(admin);
    const { offer: insurance } = await insuranceOffer(admin);
    const outside = expectError(await admin.invoke('club.contracts.record', { householdId: households.leroy.householdId, offerId: licence.id, signedOn: '2026-03-01' }), 'VALIDATION');
    expect(outside.message).toBe('Cette offre est réservée aux résidences en quartier prioritaire (QPV) : le foyer Leroy habitait Les Hortillonnages à cette date.');
    const member = expectError(await admin.invoke('club.contracts.record', { householdId: households.member.householdId, offerId: licence.id, signedOn: '2026-03-01' }), 'VALIDATION');
    expect(member.message).toContain('le foyer Garnier n’habitait pas le parc à cette date');
    const early = expectError(await admin.invoke('club.contracts.record', { householdId: households.durand.householdId, offerId: insurance.id, signedOn: '2023-06-01' }), 'VALIDATION');
    expect(early.issues).toEqual([{ path: 'signedOn', message: 'L’offre « Assurance habitation au tarif de groupe » n’était pas valable le 01/06/2023 : elle l’est à partir du 01/01/2024.' }]);
    const endOnUse = expectError(await admin.invoke('club.contracts.record', { householdId: households.durand.householdId, offerId: licence.id, signedOn: '2026-03-01', endsOn: '2026-12-31' }), 'VALIDATION');
    expect(endOnUse.issues[0]?.path).toBe('endsOn');
    const stranger = expectError(
      await admin.invoke('club.contracts.record', { householdId: households.durand.householdId, offerId: insurance.id, signedOn: '2026-03-01', signedByPersonId: households.petit.personIds[0]! }),
      'VALIDATION',
    );
    expect(stranger.issues[0]).toEqual({ path: 'signedByPersonId', message: 'Choisissez le signataire parmi les personnes du foyer.' });
    await call(admin, 'club.partners.setStatus', { id: school.id, status: 'suspended', reason: 'Cotisation impayée' });
    const suspended = expectError(await admin.invoke('club.contracts.record', { householdId: households.durand.householdId, offerId: licence.id, signedOn: '2026-03-01' }), 'VALIDATION');
    expect(suspended.message).toBe('Auto-école du Centre n’est pas un partenaire actif : aucun nouveau contrat tant que le partenariat n’est pas rétabli.');
    expect(countRows(backend.databaseFile, 'club_contract')).toBe(0);
  });
});

describe('the dashboard is the sum of the ledger', () => {
  it('gives, for every year, totals equal to the sums of the ledger’s entries by partner, residence and category', async () => {
    const { admin, households, at } = await clubOffice('2024-02-01');
    const { offer } = await insuranceOffer(admin);
    const { offer: licence } = await drivingOffer(admin, { validFrom: '2024-01-01' });
    const plumber = await call(admin, 'club.partners.create', partnerInput({ name: 'Plomberie Martin' }));
    const repair = await call(admin, 'club.offers.create', offerInput(plumber.id, { title: 'Déplacement offert', kind: 'fixed_amount', value: 4_500, usualPriceCents: null, benefit: 'use', defaultSavingCents: 4_500 }));
    const plan: [number, number, string, number | null][] = [
      [households.durand.householdId, offer.id, '2024-02-01', null],
      [households.petit.householdId, licence.id, '2024-02-01', 10_000],
      [households.leroy.householdId, offer.id, '2024-02-01', 13_000],
      [households.member.householdId, repair.id, '2024-02-01', null],
      [households.moreau.householdId, repair.id, '2024-02-01', 3_000],
    ];
    for (const [householdId, offerId, signedOn, savingCents] of plan) await call(admin, 'club.contracts.record', { householdId, offerId, signedOn, savingCents });
    const office = await at('2026-06-30');
    await call(office, 'club.contracts.record', { householdId: households.moreau.householdId, offerId: repair.id, signedOn: '2026-06-01' });

    const { entries } = await call(office, 'club.savings.ledger', {});
    const sum = (list: { amountCents: number }[]) => list.reduce((total, e) => total + e.amountCents, 0);
    for (const year of [2024, 2025, 2026]) {
      const dashboard = await call(office, 'club.savings.dashboard', { year });
      const ofYear = entries.filter((e) => e.year === year);
      expect(dashboard.total.cents, `${year}`).toBe(sum(ofYear));
      expect(dashboard.total.households, `${year}`).toBe(new Set(ofYear.map((e) => e.householdId)).size);
      expect(dashboard.total.cents).toBe(sum(dashboard.byPartner.map((p) => ({ amountCents: p.cents }))));
      expect(dashboard.total.cents).toBe(sum(dashboard.byResidence.map((r) => ({ amountCents: r.cents }))));
      expect(dashboard.total.cents).toBe(sum(dashboard.byCategory.map((c) => ({ amountCents: c.cents }))));
      for (const partner of dashboard.byPartner) expect(partner.cents).toBe(sum(ofYear.filter((e) => e.partnerId === partner.partnerId)));
      for (const residence of dashboard.byResidence) expect(residence.cents).toBe(sum(ofYear.filter((e) => e.residenceId === residence.residenceId)));
      const ledgerOfYear = await call(office, 'club.savings.ledger', { year });
      expect(ledgerOfYear.total).toEqual(dashboard.total);
      expect(dashboard.years.find((y) => y.year === year)?.cents ?? 0).toBe(dashboard.total.cents);
    }
    const dashboard = await call(office, 'club.savings.dashboard', { year: 2026 });
    expect(dashboard.allTime.cents).toBe(sum(entries));
    expect(dashboard.years.reduce((total, y) => total + y.cents, 0)).toBe(dashboard.allTime.cents);
    // The non-tenant member's saving is filed outside the stock (no residence), not lost.
    expect((await call(office, 'club.savings.dashboard', { year: 2024 })).byResidence.find((r) => r.residenceId === null)?.cents).toBe(4_500);
    expect(sum(entries)).toBe(15_000 * 3 + 10_000 + 13_000 * 3 + 4_500 + 3_000 + 4_500);
  });
});
