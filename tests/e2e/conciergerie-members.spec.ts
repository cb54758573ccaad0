import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expectAccessibleNotification, expectNoSeriousViolations } from './axe.ts';
import { expect, ok, test } from './fixtures.ts';

const YEAR = new Date().getFullYear();

async function expectPdf(download: Download, name: RegExp) {
  expect(download.suggestedFilename()).toMatch(name);
  expect(readFileSync(await download.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
}

/** The judging path: a new non-tenant member, 1 €/month, paid in cash at the open till; card and receipt printed. */
async function enrolNadia(page: Page) {
  await page.getByRole('link', { name: 'Inscrire un adhérent' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inscrire un adhérent' })).toBeVisible();
  await page.getByRole('radio', { name: 'Une nouvelle personne, non locataire' }).check();
  await page.getByRole('textbox', { name: 'Nom de famille' }).fill('Benali');
  await page.getByRole('textbox', { name: 'Prénom' }).fill('Nadia');
  await page.getByRole('textbox', { name: 'Téléphone' }).fill('06 12 34 56 78');
  await page.getByRole('textbox', { name: 'Adresse (numéro et voie)' }).fill('14 rue des Jacobins');
  await page.getByRole('textbox', { name: 'Code postal' }).fill('80000');
  await page.getByRole('textbox', { name: 'Commune' }).fill('Amiens');
  await page.getByRole('combobox', { name: 'Type d’adhésion' }).click();
  await page.getByRole('option', { name: /^Mensuelle — 1,00\s€ \/ 1 mois$/ }).click();
  await expect(page.getByText(/1,00\s€ à encaisser\./)).toBeVisible();
  await page.getByRole('radio', { name: 'Espèces' }).check();
  await expectNoSeriousViolations(page, 'inscription d’un adhérent');
  await page.getByRole('button', { name: 'Inscrire', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Nadia Benali' })).toBeVisible();
  await expectAccessibleNotification(page, `Inscription enregistrée : numéro A00001, reçu ${YEAR}-000001.`);
  await expect(page.getByText('A00001', { exact: true })).toBeVisible();
  await expect(page.getByText('Peut emprunter.')).toBeVisible();
  await expectNoSeriousViolations(page, 'fiche adhérent');

  const [card] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Carte d’adhérent (PDF)' }).click()]);
  await expectPdf(card, /^carte-adherent-A00001\.pdf$/);
  const [receipt] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Télécharger le reçu ${YEAR}-000001 (PDF)` }).click()]);
  await expectPdf(receipt, new RegExp(`^recu-${YEAR}-000001\\.pdf$`));
}

async function closeTill(page: Page, counted: string) {
  await page.getByRole('link', { name: 'Caisse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Caisse' })).toBeVisible();
  await expect(page.getByTestId('till-expected')).toHaveText(/^51,00\s€$/);
  await expect(page.getByRole('cell', { name: 'Adhésion' })).toBeVisible();
  await expectNoSeriousViolations(page, 'caisse ouverte');
  await page.getByRole('textbox', { name: 'Espèces comptées' }).fill(counted);
  await page.getByRole('button', { name: 'Fermer la caisse' }).click();
  await expect(page.getByText('La caisse est fermée.', { exact: true }).first()).toBeVisible();
}

test('with the till open, a new non-tenant member is enrolled and paid, card and receipt print, the till closes even', async ({ app, page }) => {
  await ok(app.api, 'till.open', { openingCashCents: 5000 });
  await app.open(page, '/conciergerie/adherents');
  await expect(page.getByRole('heading', { level: 1, name: 'Adhérents' })).toBeVisible();
  await expectNoSeriousViolations(page, 'liste des adhérents vide');
  await enrolNadia(page);

  await closeTill(page, '51,00');
  await expect(page.getByTestId('till-difference')).toHaveText(/^0,00\s€$/);
  await expectNoSeriousViolations(page, 'caisse fermée sans écart');
});

test('a till closed 2 € short shows the difference in red, and keeps it in the history', async ({ app, page }) => {
  await ok(app.api, 'till.open', { openingCashCents: 5000 });
  await app.open(page, '/conciergerie/adherents');
  await enrolNadia(page);

  await closeTill(page, '49,00');
  await expect(page.getByTestId('till-difference')).toHaveText(/^−2,00\s€$/);
  await page.getByRole('tab', { name: 'Historique des sessions' }).click();
  await expect(page.getByRole('cell', { name: /^−2,00\s€$/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'historique des sessions');
  await page.getByRole('tab', { name: 'Journée' }).click();
  const [sheet] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Feuille de caisse du jour (PDF)' }).click()]);
  await expectPdf(sheet, /^journee-caisse-\d{4}-\d{2}-\d{2}\.pdf$/);
  await expectNoSeriousViolations(page, 'journée de caisse');
});

test('a pressing ticket is taken for a member and handed over paid; types and price list screens are accessible', async ({ app, page }) => {
  await ok(app.api, 'till.open', { openingCashCents: 0 });
  await ok(app.api, 'members.enrol', {
    newPerson: { familyName: 'Petit', firstName: 'Marcel', address: { line: '3 rue Saint-Leu', postcode: '80000', city: 'Amiens' } },
    membership: { typeId: 3 },
  });
  await app.open(page, '/conciergerie/services');
  await expect(page.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
  await page.getByRole('button', { name: 'Nouveau ticket de pressing' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau ticket de pressing' });
  await dialog.getByRole('combobox', { name: 'Adhérent' }).fill('A1');
  await page.getByRole('option', { name: 'A00001 — Marcel Petit' }).click();
  await dialog.getByRole('combobox', { name: 'Article 1' }).click();
  await page.getByRole('option', { name: /^Chemise/ }).click();
  await dialog.getByRole('textbox', { name: 'Quantité (article 1)' }).fill('2');
  await expect(dialog.getByText(/Total : 5,00\s€/)).toBeVisible();
  await expectNoSeriousViolations(page, 'nouveau ticket de pressing');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('cell', { name: 'P-000001', exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, 'tickets de pressing');

  await page.getByRole('button', { name: 'Prêt P-000001' }).click();
  await expect(page.getByText('Prêt', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Remis au client P-000001' }).click();
  const handOver = page.getByRole('dialog', { name: 'Remis au client — P-000001' });
  await handOver.getByRole('radio', { name: 'Carte bancaire' }).check();
  await handOver.getByRole('button', { name: 'Remis au client' }).click();
  await expect(page.getByText('Aucun ticket ni commande.')).toBeVisible();

  await page.getByRole('tab', { name: 'Tarifs' }).click();
  await expect(page.getByRole('cell', { name: 'Panier de légumes', exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, 'tarifs des services');
  await page.getByRole('tab', { name: 'Paniers' }).click();
  await expectNoSeriousViolations(page, 'commandes de paniers');

  // A member blocked by the team: the reason is shown in red on their page, with their ticket's payment.
  await page.getByRole('link', { name: 'Adhérents', exact: true }).click();
  await page.getByRole('link', { name: 'Marcel Petit' }).click();
  await page.getByRole('button', { name: 'Bloquer' }).click();
  await page.getByRole('dialog', { name: 'Bloquer Marcel Petit' }).getByRole('textbox', { name: 'Motif' }).fill('Perceuse rendue sans sa batterie');
  await page.getByRole('dialog', { name: 'Bloquer Marcel Petit' }).getByRole('button', { name: 'Bloquer' }).click();
  await expect(page.getByText('Bloqué par l’équipe : Perceuse rendue sans sa batterie')).toBeVisible();
  await expect(page.getByRole('cell', { name: /Pressing, ticket P-000001/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'fiche d’un adhérent bloqué');

  await page.evaluate(() => (window.location.hash = '/conciergerie/adherents/types'));
  await expect(page.getByRole('heading', { level: 1, name: 'Types d’adhésion' })).toBeVisible();
  await expectNoSeriousViolations(page, 'types d’adhésion');
});
