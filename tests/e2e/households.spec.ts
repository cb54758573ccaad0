import type { Page } from '@playwright/test';
import type { Connection } from '../../src-main/core/backend.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { expect, ok, test } from './fixtures.ts';

/** A dwelling of Les Tilleuls that nobody lives in, from the demo office. */
async function vacantTilleulsDwelling(api: Connection): Promise<string> {
  const residences = await ok(api, 'residences.list', { search: 'tilleuls' });
  const dwellings = await ok(api, 'households.dwellingOccupants', { residenceId: residences.rows[0]!.id });
  const vacant = dwellings.find((d) => d.occupant === null && !d.archived);
  if (!vacant) throw new Error('the demo office should leave some dwellings of Les Tilleuls vacant');
  return vacant.internalId;
}

async function pick(page: Page, label: RegExp, typed: string, option: RegExp | string) {
  await page.getByRole('combobox', { name: label }).fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

test('a household of two people is created in a demo dwelling, found typing "helene", then moves out', async ({ app, page }) => {
  expect(await app.api.invoke('demo.fill', {})).toMatchObject({ ok: true });
  const dwelling = await vacantTilleulsDwelling(app.api);

  await app.open(page, '/foyers');
  await expect(page.getByRole('heading', { level: 1, name: 'Foyers et personnes' })).toBeVisible();
  await expect(page.getByText(/^\d+ résultats$/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Personnes et foyers trouvés' })).toBeVisible();
  await expectNoSeriousViolations(page, 'foyers : liste');

  await page.getByRole('link', { name: 'Nouveau foyer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau foyer' })).toBeVisible();
  await pick(page, /^Résidence/, 'tilleuls', 'Les Tilleuls (Amiens)');
  await pick(page, /^Logement/, dwelling, new RegExp(`^${dwelling} `));
  await page.getByLabel(/^Date d’entrée/).fill('01/09/2024');
  await page.getByLabel(/^Date d’entrée/).press('Tab');

  const first = page.getByRole('group', { name: 'Personne 1' });
  await first.getByLabel('Civilité').click();
  await page.getByRole('option', { name: 'Madame' }).click();
  await first.getByLabel(/^Nom de famille/).fill('Quéré');
  await first.getByLabel('Prénom').fill('Hélène');
  await first.getByLabel('Date de naissance').fill('12/04/1958');
  await first.getByLabel('Date de naissance').press('Tab');
  await first.getByLabel('Téléphone').fill('06 98 76 54 32');

  await page.getByRole('button', { name: 'Ajouter une personne' }).click();
  const second = page.getByRole('group', { name: 'Personne 2' });
  await expect(second.getByLabel(/^Nom de famille/)).toHaveValue('Quéré');
  await second.getByLabel('Prénom').fill('Loïc');
  await second.getByLabel('Adresse e-mail').fill('loic.quere@exemple.fr');
  await expectNoSeriousViolations(page, 'foyers : nouveau foyer');
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Quéré' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '06 98 76 54 32' })).toBeVisible();
  const people = page.getByRole('table', { name: 'Personnes du foyer' });
  await expect(people.getByRole('cell', { name: 'Mme Hélène Quéré', exact: true })).toBeVisible();
  await expect(people.getByRole('cell', { name: 'Loïc Quéré', exact: true })).toBeVisible();
  await expect(page.getByText('01/09/2024').first()).toBeVisible();

  // Found again without accents, opened from the keyboard.
  await page.getByRole('link', { name: '← Foyers et personnes' }).click();
  await page.getByLabel('Rechercher une personne ou un foyer').fill('helene quere');
  await expect(page.getByText('1 résultat', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Hélène Quéré' })).toBeVisible();
  await page.getByLabel('Rechercher une personne ou un foyer').press('ArrowDown');
  await expect(page.getByRole('link', { name: 'Hélène Quéré' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Quéré' })).toBeVisible();
  await expectNoSeriousViolations(page, 'foyers : page du foyer');

  await page.getByRole('button', { name: 'Enregistrer la sortie' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel(/^Date de sortie/)).toBeFocused();
  // The date field has the focus, so its calendar is open: it is scanned too, once fully shown.
  await expect(page.getByRole('button', { name: 'Mois précédent' })).toBeVisible();
  await expect.poll(() => page.locator('.mantine-Popover-dropdown').evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
  await expectNoSeriousViolations(page, 'foyers : sortie du logement');
  await dialog.getByLabel(/^Date de sortie/).fill('31/12/2025');
  await dialog.getByLabel(/^Date de sortie/).press('Tab');
  await dialog.getByRole('button', { name: 'Enregistrer la sortie' }).click();
  await expect(page.getByText('Ce foyer n’occupe plus de logement du parc.')).toBeVisible();
  await expect(page.getByRole('cell', { name: '31/12/2025' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Emménager dans un logement' })).toBeVisible();
});

test('the virtual list pages through thousands of results from the keyboard', async ({ app, page }) => {
  expect(await app.api.invoke('demo.fill', {})).toMatchObject({ ok: true });
  await app.open(page, '/foyers');
  const search = page.getByLabel('Rechercher une personne ou un foyer');
  await search.fill('amiens');
  const { total } = await ok(app.api, 'households.search', { query: 'amiens', limit: 1 });
  expect(total).toBeGreaterThan(200);
  await expect(page.getByText(`${total} résultats`)).toBeVisible();
  // Only the visible rows are in the page, whatever the number of results.
  expect(await page.locator('tbody tr[data-index]').count()).toBeLessThan(60);
  await search.press('ArrowDown');
  await page.keyboard.press('End');
  await expect(page.locator(`tbody tr[data-index="${total - 1}"] a`)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.locator('tbody tr[data-index="0"] a')).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(page.locator('tbody tr[data-index="10"] a')).toBeFocused();
});

test('bad input in the new household form gets French messages next to the fields', async ({ app, page }) => {
  expect(await app.api.invoke('demo.fill', {})).toMatchObject({ ok: true });
  await app.open(page, '/foyers/nouveau');
  await page.getByLabel('Non locataire (adhérent de la conciergerie ou du club)').check();
  const person = page.getByRole('group', { name: 'Personne 1' });
  await person.getByLabel('Téléphone').fill('12 34');
  await person.getByLabel('Adresse e-mail').fill('pas-un-email');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Le nom de famille est obligatoire.').first()).toBeVisible();
  await expect(page.getByText('Indiquez l’adresse postale du foyer non locataire.').first()).toBeVisible();
  await expect(page.getByText(/Numéro de téléphone invalide/).first()).toBeVisible();
  await expect(person.getByLabel('Téléphone')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousViolations(page, 'foyers : formulaire avec erreurs');
});
