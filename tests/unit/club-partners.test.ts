import { describe, expect, it } from 'vitest';
import { call, expectError } from './helpers.ts';
import { countRows } from './people-fixtures.ts';
import { clubOffice, partnerInput, siret } from './club-fixtures.ts';

describe('partners: identity checks', () => {
  it('validates the SIRET (Luhn, La Poste’s exception) and the NAF code, with French messages, and writes nothing when it refuses', async () => {
    const { backend, admin } = await clubOffice();
    const badKey = await admin.invoke('club.partners.create', partnerInput({ siret: '73282932000075' }));
    expect(expectError(badKey, 'VALIDATION').issues).toEqual([{ path: 'siret', message: 'Ce SIRET n’existe pas : sa clé de contrôle est fausse. Vérifiez les 14 chiffres.' }]);
    const short = expectError(await admin.invoke('club.partners.create', partnerInput({ siret: '732 829 320' })), 'VALIDATION');
    expect(short.issues[0]).toMatchObject({ path: 'siret', message: 'Le SIRET doit comporter 14 chiffres (SIREN puis 5 chiffres).' });
    const naf = expectError(await admin.invoke('club.partners.create', partnerInput({ nafCode: '4322' })), 'VALIDATION');
    expect(naf.issues[0]).toMatchObject({ path: 'nafCode', message: expect.stringContaining('43.22A') });
    expect(countRows(backend.databaseFile, 'club_partner')).toBe(0);

    // Typed with spaces, lower case: stored clean. La Poste's establishments follow the digit-sum rule.
    const created = await call(admin, 'club.partners.create', partnerInput({ siret: '732 829 320 00074', nafCode: '4322a', phone: '03 22 11 22 33' }));
    expect(created).toMatchObject({ siret: '73282932000074', nafCode: '43.22A', phone: '+33322112233', status: 'active' });
    const laPoste = await call(admin, 'club.partners.create', partnerInput({ name: 'La Poste Amiens', category: 'public_body', trade: null, siret: '35600000049837', nafCode: '53.10Z' }));
    expect(laPoste.siret).toBe('35600000049837');

    const twice = expectError(await admin.invoke('club.partners.create', partnerInput({ name: 'Autre', trade: 'painting', siret: '73282932000074' })), 'CONFLICT');
    expect(twice.message).toBe('Ce SIRET est déjà celui du partenaire Plomberie Martin.');
    expect(countRows(backend.databaseFile, 'club_partner')).toBe(2);
  });

  it('asks for the trade of a building firm, not of a merchant', async () => {
    const { admin } = await clubOffice();
    const missing = expectError(await admin.invoke('club.partners.create', partnerInput({ trade: null })), 'VALIDATION');
    expect(missing.issues[0]).toMatchObject({ path: 'trade', message: expect.stringContaining('Indiquez le corps de métier') });
    const merchant = await call(admin, 'club.partners.create', partnerInput({ name: 'Boulangerie du Beffroi', category: 'merchant', trade: null, nafCode: '10.71C' }));
    expect(merchant.trade).toBeNull();
  });
});

describe('partners: one building firm per trade', () => {
  it('refuses a second plumber while one holds the trade, naming the holder, and accepts it once the first is ended', async () => {
    const { backend, admin } = await clubOffice();
    const martin = await call(admin, 'club.partners.create', partnerInput({ name: 'Plomberie Martin' }));
    const message = 'La plomberie est déjà confiée à Plomberie Martin (partenaire actif) : un seul partenaire par corps de métier. Mettez fin à son partenariat avant d’en accepter un autre.';

    for (const status of ['active', 'candidate'] as const) {
      const refused = expectError(await admin.invoke('club.partners.create', partnerInput({ name: 'Sanitaires Dubois', status })), 'CONFLICT');
      expect(refused.message).toBe(message);
      expect(refused.issues).toEqual([{ path: 'trade', message }]);
    }
    // Another trade, or the same trade in a category the rule does not cover, is fine.
    const painter = await call(admin, 'club.partners.create', partnerInput({ name: 'Peintures Leclerc', trade: 'painting' }));
    await call(admin, 'club.partners.create', partnerInput({ name: 'Dépannage Express', category: 'service', trade: 'plumbing' }));
    // Moving the painter to plumbing is refused too; so is the holder suspended (it keeps its trade).
    const moved = expectError(await admin.invoke('club.partners.update', { ...partnerInput({ name: 'Peintures Leclerc', trade: 'plumbing', siret: painter.siret }), id: painter.id }), 'CONFLICT');
    expect(moved.message).toBe(message);
    await call(admin, 'club.partners.setStatus', { id: martin.id, status: 'suspended', reason: 'Travaux mal finis, enquête en cours' });
    expect(expectError(await admin.invoke('club.partners.create', partnerInput({ name: 'Sanitaires Dubois' })), 'CONFLICT').message).toContain('(partenaire suspendu)');
    expect(countRows(backend.databaseFile, 'club_partner')).toBe(3);

    const ended = await call(admin, 'club.partners.setStatus', { id: martin.id, status: 'ended', reason: 'Convention non renouvelée' });
    expect(ended).toMatchObject({ status: 'ended', statusReason: 'Convention non renouvelée', statusAutomatic: false, agreementEndOn: '2026-03-02' });
    const dubois = await call(admin, 'club.partners.create', partnerInput({ name: 'Sanitaires Dubois' }));
    expect(dubois.status).toBe('active');

    // Reactivating the former plumber now names the new holder.
    const back = expectError(await admin.invoke('club.partners.setStatus', { id: martin.id, status: 'active' }), 'CONFLICT');
    expect(back.message).toContain('La plomberie est déjà confiée à Sanitaires Dubois (partenaire actif)');
    expect((await call(admin, 'club.partners.get', { id: martin.id })).status).toBe('ended');
  });

  it('lets several candidates apply for a free trade, then accepts only the first one activated', async () => {
    const { admin } = await clubOffice();
    const first = await call(admin, 'club.partners.create', partnerInput({ name: 'Électricité Roux', trade: 'electricity', status: 'candidate' }));
    const second = await call(admin, 'club.partners.create', partnerInput({ name: 'Élec Services', trade: 'electricity', status: 'candidate' }));
    await call(admin, 'club.partners.setStatus', { id: first.id, status: 'active' });
    const refused = expectError(await admin.invoke('club.partners.setStatus', { id: second.id, status: 'active' }), 'CONFLICT');
    expect(refused.message).toMatch(/^L’électricité est déjà confiée à Électricité Roux \(partenaire actif\)/);
    // The remaining candidate can still be edited, or turned down.
    await call(admin, 'club.partners.update', { ...partnerInput({ name: 'Élec Services SARL', trade: 'electricity', siret: second.siret }), id: second.id });
    expect((await call(admin, 'club.partners.setStatus', { id: second.id, status: 'ended', reason: 'Corps de métier déjà pourvu' })).status).toBe('ended');
  });

  it('follows the club’s settings: the rule can be turned off, or extended to other categories', async () => {
    const { admin, signIn } = await clubOffice();
    await call(admin, 'club.partners.create', partnerInput({ name: 'Serrurerie Petit', trade: 'locksmith' }));
    const settings = await call(admin, 'club.settings.get', {});
    expect(settings).toEqual({
      exclusivityEnabled: true,
      exclusiveCategories: ['building'],
      feeTiers: { merchant: 10_000, insurer: 10_000, building: 100_000, service: 10_000, public_body: 0 },
      graceDays: 30,
    });

    // Only the club's administrators change the rules: a role that may write in the club, not more, is refused.
    await call(admin, 'staff.setRight', { role: 'office', module: 'club', level: 'write' });
    const office = await signIn('office');
    await call(office, 'club.partners.create', partnerInput({ name: 'Vitrerie Lenoir', trade: 'glazing' }));
    expectError(await office.invoke('club.settings.save', { ...settings, exclusivityEnabled: false }), 'FORBIDDEN');
    const empty = expectError(await admin.invoke('club.settings.save', { ...settings, exclusiveCategories: [] }), 'VALIDATION');
    expect(empty.issues[0]).toMatchObject({ path: 'exclusiveCategories', message: expect.stringContaining('au moins une catégorie') });

    await call(admin, 'club.settings.save', { ...settings, exclusiveCategories: ['building', 'service'] });
    const service = expectError(await admin.invoke('club.partners.create', partnerInput({ name: 'Clés Minute', category: 'service', trade: 'locksmith' })), 'CONFLICT');
    expect(service.message).toContain('La serrurerie est déjà confiée à Serrurerie Petit');

    await call(admin, 'club.settings.save', { ...settings, exclusivityEnabled: false });
    expect((await call(admin, 'club.partners.create', partnerInput({ name: 'Serrures et Blindages', trade: 'locksmith' }))).status).toBe('active');
    // Turning the rule back on is refused while two firms hold the same trade.
    const twice = expectError(await admin.invoke('club.settings.save', settings), 'CONFLICT');
    expect(twice.message).toMatch(/^La serrurerie est confiée à plusieurs partenaires \(Serrurerie Petit, Serrures et Blindages\) : mettez fin/);
    expect((await call(admin, 'club.settings.get', {})).exclusivityEnabled).toBe(false);
  });
});

describe('partners: statuses', () => {
  it('keeps the history of statuses with who and why, and refuses changes that make no sense', async () => {
    const { admin, at } = await clubOffice('2026-03-02');
    const partner = await call(admin, 'club.partners.create', partnerInput({ name: 'Auto-école du Centre', category: 'merchant', trade: null, status: 'candidate' }));
    expect(partner).toMatchObject({ status: 'candidate', statusReason: 'Candidature enregistrée.', agreementStartOn: null });
    expect(expectError(await admin.invoke('club.partners.setStatus', { id: partner.id, status: 'suspended' }), 'CONFLICT').message).toContain('Un candidat ne peut pas être suspendu');
    expect(expectError(await admin.invoke('club.partners.setStatus', { id: partner.id, status: 'candidate' }), 'CONFLICT').message).toBe('Ce partenaire est déjà candidat.');
    const future = expectError(await admin.invoke('club.partners.setStatus', { id: partner.id, status: 'active', on: '2026-04-01' }), 'VALIDATION');
    expect(future.issues[0]?.path).toBe('on');

    const later = await at('2026-03-10');
    const active = await call(later, 'club.partners.setStatus', { id: partner.id, status: 'active', on: '2026-03-09', reason: 'Convention signée' });
    expect(active).toMatchObject({ status: 'active', statusSince: '2026-03-09', statusReason: 'Convention signée' });
    const before = expectError(await later.invoke('club.partners.setStatus', { id: partner.id, status: 'suspended', on: '2026-03-01' }), 'VALIDATION');
    expect(before.message).toBe('La date précède le dernier changement de statut (09/03/2026).');
    expect(active.history.map((change) => [change.status, change.changedOn, change.byUser])).toEqual([
      ['active', '2026-03-09', 'Camille Admin'],
      ['candidate', '2026-03-02', 'Camille Admin'],
    ]);
  });

  it('finds partners by words of their name, trade or town, accents ignored, and by status', async () => {
    const { admin } = await clubOffice();
    await call(admin, 'club.partners.create', partnerInput({ name: 'Électricité Roux', trade: 'electricity' }));
    await call(admin, 'club.partners.create', partnerInput({ name: 'Plomberie Martin', address: { line: '1 rue Haute', postcode: '80100', city: 'Abbeville' } }));
    const names = async (input: object) => (await call(admin, 'club.partners.list', input)).rows.map((row) => row.name);
    expect(await names({ search: 'electricite' })).toEqual(['Électricité Roux']);
    expect(await names({ search: 'plomb abbev' })).toEqual(['Plomberie Martin']);
    expect(await names({ trade: 'electricity' })).toEqual(['Électricité Roux']);
    expect(await names({ status: 'candidate' })).toEqual([]);
  });

  it('lets the read-only and counter roles read the club but not change it', async () => {
    const { admin, signIn } = await clubOffice();
    await call(admin, 'club.partners.create', partnerInput({ siret: siret(900) }));
    for (const login of ['counter', 'readonly']) {
      const connection = await signIn(login);
      expect((await call(connection, 'club.partners.list', {})).rows).toHaveLength(1);
      expectError(await connection.invoke('club.partners.create', partnerInput()), 'FORBIDDEN');
    }
  });
});
