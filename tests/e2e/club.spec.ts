import type { Page } from '@playwright/test';
import type { Connection } from '../../src-main/core/backend.ts';
import type { InputOf } from '../../src-main/core/contract.ts';
import type { AppContract } from '../../src-main/contract.ts';
import { withLuhnKey } from '../../src-main/shared/siret.ts';
import { expectAccessibleNotification, expectNoSeriousViolations } from './axe.ts';
import { expect, ok, test } from './fixtures.ts';

/** A valid SIRET (Luhn) made from a number. */
function siret(seed: number): string {
  return withLuhnKey(`4${String(seed).padStart(12, '0')}`);
}

/** Local calendar day, `days` from today, as ISO. */
function day(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return date.toLocaleDateString('sv-SE');
}

type NewPartner = InputOf<AppContract, 'club.partners.create'>;

const partner = (name: string, seed: number, fields: Partial<NewPartner> = {}): NewPartner => ({
  name,
  siret: siret(seed),
  category: 'building',
  trade: 'plumbing',
  status: 'active',
  ...fields,
});

/** An office with a residence in a QPV, three tenant households, an insurer and its group offer, a plumber. */
async function prepare(api: Connection) {
  const residence = await ok(api, 'residences.create', {
    name: 'Les Tilleuls',
    address: '3 allée des Tilleuls',
    postcode: '80000',
    city: 'Amiens',
    qpvCode: 'QN08003M',
    dwellings: ['T-1', 'T-2', 'T-3'].map((internalId, floor) => ({ internalId, typology: 'T3', floor, surfaceM2: null })),
  });
  const families = [
    ['Lefèvre', 'Hélène', 'madame'],
    ['Petit', 'Marcel', 'monsieur'],
    ['Benali', 'Karim', 'monsieur'],
  ] as const;
  const households: number[] = [];
  for (const [index, [familyName, firstName, civility]] of families.entries()) {
    const household = await ok(api, 'households.create', {
      name: familyName,
      isTenant: true,
      dwelling: { dwellingId: residence.dwellings[index]!.id, enteredOn: '2015-09-01' },
      people: [{ civility, familyName, firstName, role: 'holder' }],
    });
    households.push(household.id);
  }
  const insurer = await ok(api, 'club.partners.create', partner('Mutuelle Picarde', 1, { category: 'insurer', trade: null }));
  await ok(api, 'club.offers.create', {
    partnerId: insurer.id,
    title: 'Assurance habitation au tarif de groupe',
    kind: 'special_price',
    value: 900,
    usualPriceCents: 2150,
    benefit: 'contract',
    defaultSavingCents: 15_000,
    validFrom: '2024-01-01',
    target: 'all',
  });
  await ok(api, 'club.partners.create', partner('Plomberie Martin', 2));
  return { households };
}

async function addPlumber(page: Page) {
  await page.getByRole('button', { name: 'Ajouter un partenaire' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ajouter un partenaire' });
  await dialog.getByLabel('Raison sociale').fill('Sanitaires Dubois');
  await dialog.getByLabel('SIRET').fill(siret(3).replace(/(\d{3})(\d{3})(\d{3})(\d{5})/, '$1 $2 $3 $4'));
  await dialog.getByRole('combobox', { name: 'Catégorie' }).click();
  await page.getByRole('option', { name: 'Entreprise du bâtiment' }).click();
  await dialog.getByRole('combobox', { name: 'Corps de métier' }).fill('plomb');
  await page.getByRole('option', { name: 'Plomberie' }).click();
  await dialog.getByLabel('Code NAF').fill('4322a');
  await dialog.getByRole('button', { name: 'Ajouter un partenaire' }).click();
  return dialog;
}

test('one plumber at a time, three households insured, an unpaid partner lapses, and the dashboard adds up to the ledger', async ({ app, page }) => {
  test.setTimeout(120_000);
  const { households } = await prepare(app.api);
  const year = new Date().getFullYear();

  // ——— One building firm per trade ———
  await app.open(page, '/club/partenaires');
  await expect(page.getByRole('heading', { level: 1, name: 'Partenaires' })).toBeVisible();
  await expectNoSeriousViolations(page, 'club : partenaires');
  let dialog = await addPlumber(page);
  const refusal = 'La plomberie est déjà confiée à Plomberie Martin (partenaire actif) : un seul partenaire par corps de métier.';
  await expect(dialog.getByText(refusal)).toBeVisible();
  await expectAccessibleNotification(page, refusal);
  await expectNoSeriousViolations(page, 'club : partenaire refusé');
  await dialog.getByRole('button', { name: 'Annuler' }).click();

  await page.getByRole('link', { name: 'Plomberie Martin' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plomberie Martin' })).toBeVisible();
  await expectNoSeriousViolations(page, 'club : fiche partenaire');
  await page.getByRole('button', { name: 'Mettre fin au partenariat' }).click();
  const ending = page.getByRole('dialog', { name: /Mettre fin au partenariat — Plomberie Martin/ });
  await ending.getByLabel('Motif').fill('Convention non renouvelée');
  await ending.getByRole('button', { name: 'Mettre fin au partenariat' }).click();
  await expect(page.getByText('Ancien partenaire depuis le')).toBeVisible();
  await expect(page.getByText('Convention non renouvelée').first()).toBeVisible();

  await page.getByRole('navigation', { name: 'Club des locataires' }).getByRole('link', { name: 'Partenaires' }).click();
  dialog = await addPlumber(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Sanitaires Dubois' })).toBeVisible();
  await expect(page.getByText('43.22A')).toBeVisible();

  // ——— Three households sign the insurance offer ———
  await page.getByRole('navigation', { name: 'Club des locataires' }).getByRole('link', { name: 'Tableau de bord' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Club des locataires' })).toBeVisible();
  await expect(page.getByTestId('dashboard-savings')).toHaveText(/^0,00\s€$/);
  await page.getByRole('navigation', { name: 'Club des locataires' }).getByRole('link', { name: 'Contrats' }).click();
  for (const name of ['Lefèvre', 'Petit', 'Benali']) {
    await page.getByRole('button', { name: 'Enregistrer un contrat ou une offre utilisée' }).click();
    const record = page.getByRole('dialog', { name: 'Enregistrer un contrat ou une offre utilisée' });
    await record.getByRole('combobox', { name: 'Foyer' }).fill(name);
    await page.getByRole('option', { name: `${name} — Les Tilleuls` }).click();
    await record.getByRole('combobox', { name: 'Offre' }).click();
    await page.getByRole('option', { name: 'Assurance habitation au tarif de groupe — Mutuelle Picarde' }).click();
    await expect(record.getByText(/Par défaut, l’estimation de l’offre : 150,00\s€/)).toBeVisible();
    if (name === 'Lefèvre') await expectNoSeriousViolations(page, 'club : enregistrer un contrat');
    await record.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(record).toBeHidden();
    // Its notification can sit over the top-right button of the next round, and a pointer on it keeps it open: a
    // person would close it, so does the test.
    await page.locator('.mantine-Notification-root').filter({ hasText: new RegExp(`${name}.*Assurance habitation`) }).getByRole('button', { name: 'Fermer' }).click();
  }
  await expect(page.getByRole('row', { name: /Lefèvre/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'club : contrats');

  await page.getByRole('navigation', { name: 'Club des locataires' }).getByRole('link', { name: 'Tableau de bord' }).click();
  await expect(page.getByTestId('dashboard-savings')).toHaveText(/^450,00\s€$/);
  await expect(page.getByTestId('dashboard-households')).toHaveText('3');
  await expectNoSeriousViolations(page, 'club : tableau de bord');

  await page.evaluate((hash) => (window.location.hash = hash), `/foyers/${households[1]}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Petit' })).toBeVisible();
  await expect(page.getByTestId('household-club-savings')).toHaveText(new RegExp(`Économies en ${year} : 150,00\\s€`));
  await expectNoSeriousViolations(page, 'foyer : club');

  // ——— A partner unpaid past the grace period lapses when the partners screen opens ———
  const hairdresser = await ok(app.api, 'club.partners.create', partner('Coiffure Étouvie', 4, { category: 'merchant', trade: null }));
  const calledOn = day(-45);
  await ok(app.api, 'club.fees.issueCalls', { year, calledOn, partnerIds: [hairdresser.id] });
  await page.evaluate((hash) => (window.location.hash = hash), '/club/partenaires');
  await expectAccessibleNotification(page, /partenaire suspendu pour cotisation impayée : Coiffure Étouvie/);
  await page.getByRole('link', { name: 'Coiffure Étouvie' }).click();
  const status = page.getByRole('alert').filter({ hasText: /^Suspendu depuis le/ });
  await expect(status).toContainText(/Cotisation \d{4} impayée \(reste 100,00\s€\).*délai de grâce de 30 jours dépassé.*\(appliqué automatiquement\)/);
  await expectNoSeriousViolations(page, 'club : partenaire suspendu');

  // ——— The dashboard's figures are the ledger's sums ———
  await page.getByRole('navigation', { name: 'Club des locataires' }).getByRole('link', { name: 'Tableau de bord' }).click();
  const dashboardTotal = await page.getByTestId('dashboard-savings').textContent();
  await page.getByRole('link', { name: 'Voir le détail dans le registre des économies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registre des économies' })).toBeVisible();
  await expect(page.getByTestId('ledger-total')).toHaveText(dashboardTotal!);
  await expect(page.getByTestId('ledger-households')).toHaveText(/^3 foyers aidés/);
  // The details: the three signatures of the year, whose sum is the total shown on the dashboard.
  await page.getByRole('tab', { name: 'Détail' }).click();
  const signatures = page.getByRole('tabpanel').getByRole('row').filter({ hasText: 'Signature' });
  await expect(signatures).toHaveCount(3);
  for (const row of await signatures.all()) await expect(row).toContainText(/150,00\s€/);
  expect(dashboardTotal).toMatch(/^450,00\s€$/);
  await expectNoSeriousViolations(page, 'club : registre des économies');
});

test('every club screen passes the accessibility scan, with data in it', async ({ app, page }) => {
  const { households } = await prepare(app.api);
  const year = new Date().getFullYear();
  const offers = await ok(app.api, 'club.offers.list', {});
  await ok(app.api, 'club.contracts.record', { householdId: households[0]!, offerId: offers.rows[0]!.id, signedOn: day(0), reference: 'POL-1' });
  const { calls } = await ok(app.api, 'club.fees.issueCalls', { year, calledOn: day(0) });
  await ok(app.api, 'club.fees.recordPayment', { feeCallId: calls[0]!.id, paidOn: day(0), amountCents: 5_000, method: 'cheque', reference: 'Chèque 1234567' });
  await ok(app.api, 'club.budget.create', { entryOn: day(0), direction: 'expense', category: 'communication', label: 'Impression des livrets', amountCents: 4_200 });
  await app.open(page, '/club');
  const nav = page.getByRole('navigation', { name: 'Club des locataires' });
  await expect(page.getByRole('heading', { level: 1, name: 'Club des locataires' })).toBeVisible();
  await expectNoSeriousViolations(page, 'club : tableau de bord');
  for (const [link, heading] of [
    ['Partenaires', 'Partenaires'],
    ['Contrats', 'Contrats et offres utilisées'],
    ['Offres', 'Offres'],
    ['Cotisations', 'Cotisations des partenaires'],
    ['Budget', 'Budget du club'],
    ['Courriers', 'Listes de diffusion'],
    ['Économies', 'Registre des économies'],
    ['Règles du club', 'Règles du club'],
  ] as const) {
    await nav.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoSeriousViolations(page, `club : ${heading}`);
  }
  await expect(page.getByRole('switch', { name: 'Un seul partenaire par corps de métier' })).toBeEnabled();

  // A fee payment: the method chosen as at the till, then shown under the call.
  await nav.getByRole('link', { name: 'Cotisations' }).click();
  await page.getByRole('button', { name: `Paiement de Plomberie Martin pour ${year}` }).click();
  const payment = page.getByRole('dialog', { name: `Paiement de Plomberie Martin pour ${year}` });
  await expect(payment.getByRole('radio', { name: 'Virement' })).toBeChecked();
  await payment.getByRole('radio', { name: 'Chèque' }).check();
  await expectNoSeriousViolations(page, 'club : paiement d’une cotisation');
  await payment.getByRole('button', { name: 'Enregistrer un paiement' }).click();
  await expect(payment).toBeHidden();
  await expect(page.getByText(/1\s?000,00\s€ \(Chèque\)/)).toBeVisible();
});

test('staff who may write in the club but are not its administrators see its rules without changing them', async ({ app, page }) => {
  const OFFICE = { login: 'bureau', password: 'mot-de-passe-agent' };
  await ok(app.api, 'staff.create', { ...OFFICE, displayName: 'Inès Bureau', role: 'office' });
  await ok(app.api, 'staff.setRight', { role: 'office', module: 'club', level: 'write' });
  await app.open(page, '/club/regles', OFFICE);
  await expect(page.getByRole('heading', { level: 1, name: 'Règles du club' })).toBeVisible();
  await expect(page.getByText('Seuls les administrateurs du club peuvent modifier ces règles.')).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Un seul partenaire par corps de métier' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Enregistrer' })).toHaveCount(0);
});
