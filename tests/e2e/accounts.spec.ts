import { expectNoSeriousViolations } from './axe.ts';
import { ADMIN, expect, ok, signIn, test } from './fixtures.ts';

const COUNTER = { login: 'guichet', password: 'comptoir-2026' };

test.describe('first run', () => {
  test.use({ setupAdmin: false });

  test('the first person creates the administrator account and lands in the app', async ({ app, page }) => {
    await app.visit(page);
    await expect(page.getByRole('heading', { name: 'Première mise en route' })).toBeVisible();
    await page.getByLabel('Nom affiché').fill('Dominique Martin');
    await page.getByLabel('Identifiant').fill('dmartin');
    await page.getByLabel(/^Mot de passe/).fill('court');
    await page.getByLabel('Confirmer le mot de passe').fill('court');
    await page.getByRole('button', { name: 'Créer le compte administrateur' }).click();
    await expect(page.getByText('Le mot de passe doit comporter au moins 8 caractères.')).toBeVisible();

    await page.getByLabel(/^Mot de passe/).fill('un-vrai-mot-de-passe');
    await page.getByLabel('Confirmer le mot de passe').fill('un-vrai-mot-de-passe');
    await page.getByRole('button', { name: 'Créer le compte administrateur' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Résidences' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Compte de Dominique Martin' })).toBeVisible();
  });
});

test('a wrong password is refused with a French message', async ({ app, page }) => {
  await app.visit(page);
  await signIn(page, { login: ADMIN.login, password: 'pas-le-bon' });
  await expect(page.getByRole('alert').filter({ hasText: 'Identifiant ou mot de passe incorrect.' })).toBeVisible();
});

test('an administrator creates a counter account; the counter sees less and the backend refuses the rest', async ({ app, page }) => {
  await app.open(page, '/parametres');
  await page.getByRole('button', { name: 'Nouveau compte' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nom affiché').fill('Sami Guichet');
  await dialog.getByLabel('Identifiant').fill(COUNTER.login);
  await dialog.getByLabel(/^Rôle/).click();
  await page.getByRole('option', { name: 'Opérateur de comptoir' }).click();
  await dialog.getByLabel('Mot de passe').fill(COUNTER.password);
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('cell', { name: 'Sami Guichet', exact: true })).toBeVisible();

  await page.getByRole('button', { name: `Compte de ${ADMIN.displayName}`, exact: true }).click();
  await page.getByRole('menuitem', { name: 'Changer d’utilisateur' }).click();
  await signIn(page, COUNTER);
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link', { name: 'Conciergerie' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Paramètres' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Export fédération' })).toHaveCount(0);

  // Whatever the screen hides, the backend decides: a call crafted by hand is refused.
  const refused = await page.evaluate(async () => {
    const response = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-voisinage-token': sessionStorage.getItem('voisinage.token') ?? '' },
      body: JSON.stringify({ method: 'staff.create', input: { login: 'pirate', displayName: 'Pirate', role: 'administrator', password: 'pirate-pirate' } }),
    });
    return response.json();
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('Opérateur de comptoir') } });
  const staff = await ok(app.api, 'staff.list', {});
  expect(staff.map((member) => member.login)).toEqual(['admin', 'guichet']);
});

test('a module the role may not read shows a locked screen, even reached by its address', async ({ app, page }) => {
  expect((await app.api.invoke('staff.create', { login: COUNTER.login, displayName: 'Sami Guichet', role: 'counter', password: COUNTER.password })).ok).toBe(true);
  await app.open(page, '/federation', COUNTER);
  await expect(page.getByRole('heading', { level: 1, name: 'Export fédération' })).toBeVisible();
  await expect(page.getByText('Votre rôle ne donne pas accès à l’export fédération.')).toBeVisible();

  // The administrator takes the conciergerie away from the counter role: after a reload its screens are locked.
  expect((await app.api.invoke('staff.setRight', { role: 'counter', module: 'conciergerie', level: 'none' })).ok).toBe(true);
  await page.evaluate(() => (window.location.hash = '/conciergerie'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Conciergerie' })).toBeVisible();
  await expect(page.getByText('Votre rôle ne donne pas accès à la conciergerie.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Conciergerie' })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'conciergerie verrouillée');
});

test('the screen locks, refuses a wrong password and unlocks for the same person', async ({ app, page }) => {
  await app.open(page);
  await page.getByRole('button', { name: `Compte de ${ADMIN.displayName}`, exact: true }).click();
  await page.getByRole('menuitem', { name: 'Verrouiller' }).click();
  await expect(page.getByRole('heading', { name: 'Session verrouillée' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toHaveCount(0);
  await page.getByLabel('Mot de passe').fill('pas-le-bon');
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(page.getByText('Mot de passe incorrect.')).toBeVisible();
  await page.getByLabel('Mot de passe').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Résidences' })).toBeVisible();
});

test('the activity log shows who changed what, without the content, and exports it', async ({ app, page }) => {
  await app.open(page, '/residences/nouvelle');
  await page.getByLabel('Nom de la résidence').fill('Les Glycines');
  await page.getByLabel('Adresse (numéro et voie)').fill('2 rue des Glycines');
  await page.getByLabel('Code postal').fill('80000');
  await page.getByLabel(/^Commune/).fill('Amiens');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Les Glycines' })).toBeVisible();

  await page.evaluate(() => (window.location.hash = '/parametres'));
  await page.getByRole('tab', { name: 'Journal d’activité' }).click();
  const row = page.getByRole('row').filter({ hasText: 'residences.create' });
  await expect(row).toContainText('admin');
  await expect(row).toContainText('écriture');
  await expect(page.getByRole('table')).not.toContainText('Glycines');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en CSV' }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const csv = readFileSync(file, 'utf8');
  expect(csv).toContain('residences.create');
  expect(csv).not.toContain('Glycines');
});
