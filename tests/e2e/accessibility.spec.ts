import { expectAccessibleNotification, expectNoSeriousViolations } from './axe.ts';
import { ADMIN, expect, signIn, test } from './fixtures.ts';

test('axe finds no serious or critical violation on the sign-in and lock screens', async ({ app, page }) => {
  await app.visit(page);
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await expectNoSeriousViolations(page, 'connexion');
  await signIn(page, ADMIN);
  await page.getByRole('button', { name: `Compte de ${ADMIN.displayName}`, exact: true }).click();
  await page.getByRole('menuitem', { name: 'Verrouiller' }).click();
  await expect(page.getByRole('heading', { name: 'Session verrouillée' })).toBeVisible();
  await expectNoSeriousViolations(page, 'verrouillage');
});

test('axe finds no serious or critical violation on any screen', async ({ app, page }) => {
  await app.open(page);
  await expect(page.getByText('Bienvenue dans Voisinage')).toBeVisible();
  await expectNoSeriousViolations(page, 'base vide');

  await page.getByRole('button', { name: 'Charger les données de démonstration' }).click();
  await expect(page.getByRole('link', { name: 'Les Tilleuls' })).toBeVisible();
  await expectAccessibleNotification(page, /logements de démonstration/);
  await expectNoSeriousViolations(page, 'liste des résidences');

  await page.getByRole('link', { name: 'Les Tilleuls' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Les Tilleuls' })).toBeVisible();
  await expectNoSeriousViolations(page, 'fiche résidence');

  await page.getByRole('button', { name: 'Ajouter un logement' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousViolations(page, 'ajout de logement');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Modifier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Modifier la résidence' })).toBeVisible();
  await expectNoSeriousViolations(page, 'modification de résidence');

  await page.evaluate(() => (window.location.hash = '/residences/nouvelle'));
  await page.getByRole('button', { name: 'Ajouter une ligne' }).click();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Le code postal doit comporter 5 chiffres (ex. 02100).').first()).toBeVisible();
  await expectAccessibleNotification(page, /informations sont invalides/);
  await expectNoSeriousViolations(page, 'création avec erreurs');

  await page.evaluate(() => (window.location.hash = '/parametres'));
  await expect(page.getByRole('heading', { name: 'Comptes du personnel' })).toBeVisible();
  await expectNoSeriousViolations(page, 'comptes et droits');
  await page.getByRole('button', { name: 'Nouveau compte' }).click();
  await expectNoSeriousViolations(page, 'nouveau compte');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Journal d’activité' }).click();
  await expect(page.getByRole('cell', { name: 'demo.fill' })).toBeVisible();
  await expectNoSeriousViolations(page, 'journal');
  await page.getByRole('tab', { name: 'Sauvegardes' }).click();
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByRole('cell', { name: 'Manuelle' })).toBeVisible();
  await expectNoSeriousViolations(page, 'sauvegardes');

  for (const path of ['/agenda', '/federation']) {
    await page.evaluate((hash) => (window.location.hash = hash), path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page, path);
  }
});
