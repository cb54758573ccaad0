import { expect, test } from './fixtures.ts';

test('the app opens in French on an empty office and offers the demo data', async ({ app, page }) => {
  await app.open(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Résidences' })).toBeVisible();
  await expect(page.getByText('Bienvenue dans Voisinage')).toBeVisible();
  await page.getByRole('button', { name: 'Charger les données de démonstration' }).click();
  await expect(page.getByText(/12 résidences et \d+ logements de démonstration/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Résidence Saint-Ladre' })).toBeVisible();
  await expect(page.getByText('12 résultats')).toBeVisible();
});

test('a person creates a residence with dwellings and finds it again without typing accents', async ({ app, page }) => {
  await app.open(page);
  await page.getByRole('link', { name: 'Nouvelle résidence' }).first().click();
  await page.getByLabel('Nom de la résidence').fill('Résidence Hélène-Boucher');
  await page.getByLabel('Adresse (numéro et voie)').fill('4 rue de l’Église');
  await page.getByLabel('Code postal').fill('02100');
  await page.getByLabel(/^Commune/).fill('Saint-Quentin');
  await page.getByLabel('Code QPV').fill('qn00201m');
  await page.getByRole('button', { name: 'Ajouter une ligne' }).click();
  await page.getByLabel('Identifiant interne (1)').fill('HB-001');
  await page.getByLabel('Étage (1)').fill('2');
  await page.getByLabel('Surface (m²) (1)').fill('54,5');
  await page.getByRole('button', { name: 'Ajouter une ligne' }).click();
  await page.getByLabel('Identifiant interne (2)').fill('HB-002');
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Résidence Hélène-Boucher' })).toBeVisible();
  await expect(page.getByText('QN00201M')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'HB-001', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '54,5 m²' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Logements (2)' })).toBeVisible();

  await page.getByRole('link', { name: '← Résidences' }).click();
  await page.getByLabel('Rechercher une résidence').fill('helene eglise');
  await expect(page.getByRole('link', { name: 'Résidence Hélène-Boucher' })).toBeVisible();
  await expect(page.getByText('1 résultat', { exact: true })).toBeVisible();
  await page.getByLabel('Rechercher une résidence').fill('tilleuls');
  await expect(page.getByText('Aucune résidence ne correspond à cette recherche.')).toBeVisible();
});

test('bad input gets clear French errors next to the fields and saves nothing', async ({ app, page }) => {
  await app.open(page, '/residences/nouvelle');
  await page.getByLabel('Nom de la résidence').fill('Les Lilas');
  await page.getByLabel('Adresse (numéro et voie)').fill('1 rue des Lilas');
  await page.getByLabel('Code postal').fill('2100');
  await page.getByLabel(/^Commune/).fill('Laon');
  await page.getByLabel('Code QPV').fill('QN123');
  await page.getByRole('button', { name: 'Ajouter une ligne' }).click();
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(page.getByText('Le code postal doit comporter 5 chiffres (ex. 02100).').first()).toBeVisible();
  await expect(page.getByText(/Code QPV invalide/).first()).toBeVisible();
  await expect(page.getByText("L'identifiant interne du logement est obligatoire.").first()).toBeVisible();
  await expect(page.getByLabel('Code postal')).toHaveAttribute('aria-invalid', 'true');
  const listed = await app.api.invoke('residences.list', { includeArchived: true });
  expect(listed).toMatchObject({ ok: true, data: { total: 0 } });
});

test('a residence is edited, gets a dwelling, is archived and restored', async ({ app, page }) => {
  await app.api.invoke('residences.create', {
    name: 'Les Tilleuls', address: '3 allée des Tilleuls', postcode: '80000', city: 'Amiens', dwellings: [],
  });
  await app.open(page);
  await page.getByRole('link', { name: 'Les Tilleuls' }).click();
  await page.getByRole('link', { name: 'Modifier' }).click();
  await page.getByLabel('Année de construction').fill('1972');
  await page.getByLabel('Code QPV').fill('QN08003M');
  await page.getByLabel('QPV vérifié le').fill('15/01/2024');
  await page.getByLabel('QPV vérifié le').press('Tab');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('1972')).toBeVisible();
  await expect(page.getByText('15/01/2024')).toBeVisible();
  const stored = await app.api.invoke('residences.list', { search: 'tilleuls' });
  expect(stored).toMatchObject({ ok: true, data: { rows: [{ qpvCode: 'QN08003M' }] } });

  await page.getByRole('button', { name: 'Ajouter un logement' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Identifiant interne').fill('TIL-1');
  await dialog.getByLabel('Identifiant RPLS').fill('8000012345');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('cell', { name: 'TIL-1', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Archiver', exact: true }).click();
  await expect(page.getByText('Cette résidence est archivée')).toBeVisible();
  await page.getByRole('link', { name: '← Résidences' }).click();
  await expect(page.getByText('Aucune résidence ne correspond à cette recherche.')).toBeVisible();
  await page.getByLabel('Afficher les résidences archivées').check();
  await page.getByRole('link', { name: 'Les Tilleuls' }).click();
  await page.getByRole('button', { name: 'Restaurer' }).click();
  await expect(page.getByRole('link', { name: 'Modifier' })).toBeVisible();
});

test('the list sorts by a column from the keyboard', async ({ app, page }) => {
  await app.api.invoke('demo.fill', {});
  await app.open(page);
  const sortButton = page.getByRole('button', { name: 'Trier par Logements' });
  await sortButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: /Logements/ })).toHaveAttribute('aria-sort', 'ascending');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: /Logements/ })).toHaveAttribute('aria-sort', 'descending');
  const counts = async () => (await page.locator('tbody tr td:nth-child(4)').allInnerTexts()).map(Number);
  await expect.poll(async () => {
    const shown = await counts();
    return shown.length === 12 && shown.every((count, i) => i === 0 || count <= shown[i - 1]!);
  }).toBe(true);
});
