import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { LANDLORD_RESIDENCES, landlordRows, toCsv } from '../unit/fixtures/landlord-export.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

const exportFile = () => ({ name: 'export-locataires.csv', mimeType: 'text/csv', buffer: toCsv(landlordRows()) });

async function chooseAndRead(page: Page) {
  await page.locator('input[type="file"]').setInputFiles(exportFile());
  await page.getByRole('button', { name: 'Lire le fichier' }).click();
  await expect(page.getByRole('heading', { name: 'Étape 2 sur 5 : Colonnes' })).toBeVisible();
}

test('a person imports the Windows-1252 export of the landlord, sees the rejected rows, then re-imports without duplicates', async ({ app, page }) => {
  for (const { dwellings, ...residence } of LANDLORD_RESIDENCES) {
    const created = await app.api.invoke('residences.create', { ...residence, dwellings: dwellings.map((internalId) => ({ internalId, typology: 'T3', floor: 1 })) });
    expect(created.ok).toBe(true);
  }
  await app.open(page, '/foyers');
  await page.getByRole('link', { name: 'Importer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importer des foyers et des personnes' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Étapes de l’import' }).locator('[aria-current="step"]')).toHaveText('1. Fichier');
  await expectNoSeriousViolations(page, 'import: file');

  // Reading without a file says so next to the field.
  await page.getByRole('button', { name: 'Lire le fichier' }).click();
  await expect(page.getByText('Choisissez un fichier.')).toBeVisible();

  await chooseAndRead(page);
  await expect(page.getByText(/Fichier CSV, encodage Windows-1252, séparateur point-virgule ; 14 lignes de données/)).toBeVisible();
  await expect(page.getByText('Les colonnes ont été reconnues d’après leurs titres')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Prénom' })).toHaveValue('Prénom');
  await expect(page.getByRole('combobox', { name: 'Date de naissance' })).toHaveValue('Date de naissance');
  await expect(page.getByText('Exemples : Hélène · Noël · Françoise')).toBeVisible();
  await expectNoSeriousViolations(page, 'import: mapping');

  await page.getByRole('button', { name: 'Vérifier les lignes' }).click();
  await expect(page.getByRole('heading', { name: 'Étape 3 sur 5 : Vérification' })).toBeVisible();
  const counts = page.getByRole('group', { name: 'Bilan des lignes' });
  await expect(counts).toContainText('9 nouveaux');
  await expect(counts).toContainText('5 refusés');
  const rejected = page.getByRole('table', { name: 'Lignes refusées (5)' });
  await expect(rejected).toContainText('Date de naissance « 31/02/1985 » : cette date n\'existe pas.');
  await expect(rejected).toContainText('Logement « ZZZ-999 » inconnu');
  await expect(rejected).toContainText('Le nom de famille est obligatoire.');
  await expect(rejected).toContainText('Téléphone « 12 »');
  await expect(rejected).toContainText('N° de personne « P0003 » déjà présent à la ligne 4');
  const sample = page.getByRole('table', { name: /Premières lignes du fichier/ });
  await expect(sample.locator('tr[data-status="rejected"]')).toHaveCount(5);
  await expectNoSeriousViolations(page, 'import: preview');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le rapport des lignes refusées (CSV)' }).click();
  const report = await download;
  expect(report.suggestedFilename()).toMatch(/^lignes-refusees-export-locataires-\d{4}-\d{2}-\d{2}\.csv$/);
  const reportText = readFileSync(await report.path(), 'utf8');
  expect(reportText.startsWith('\uFEFFLigne;Colonne;Problème;N° locataire')).toBe(true);
  expect(reportText).toContain('ZZZ-999');

  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('heading', { name: 'Étape 4 sur 5 : Confirmation' })).toBeVisible();
  await expect(page.getByText(/9 ligne\(s\) vont être enregistrées/)).toBeVisible();
  await expectNoSeriousViolations(page, 'import: confirm');
  await page.getByRole('button', { name: 'Importer maintenant' }).click();

  await expect(page.getByRole('heading', { name: 'Étape 5 sur 5 : Résultat' })).toBeVisible();
  await expect(page.getByText('Import terminé')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Bilan des lignes' })).toContainText('9 nouveaux');
  await expect(page.getByText(/Sauvegarde faite juste avant l’import : voisinage-.*avant-import\.sqlite/)).toBeVisible();
  await expectNoSeriousViolations(page, 'import: result');

  await page.getByRole('button', { name: 'Voir les foyers' }).click();
  await page.getByLabel('Rechercher une personne ou un foyer').fill('helene');
  await expect(page.getByRole('link', { name: 'Hélène DUPONT' })).toBeVisible();
  await expect(page.getByText('4 résultats', { exact: true })).toBeVisible();

  // The search results exported as shown: the same 4 rows, the same columns.
  await page.getByRole('button', { name: 'Exporter' }).click();
  const exported = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'CSV (Excel, LibreOffice)' }).click();
  const lines = readFileSync(await (await exported).path(), 'utf8').split('\r\n');
  expect(lines[0]).toBe('\uFEFFPersonne;Foyer;Logement;Résidence;Téléphone');
  expect(lines).toHaveLength(5);
  expect(lines.find((line) => line.startsWith('Hélène DUPONT;'))).toMatch(/^Hélène DUPONT;DUPONT;TIL-A01 · .*;Les Tilleuls, Saint-Quentin;06 12 34 56 78$/);

  // The same file again: recognised, remembered mapping, nothing new.
  await page.getByRole('link', { name: 'Importer' }).click();
  await chooseAndRead(page);
  await expect(page.getByText('La correspondance choisie la dernière fois pour ce type de fichier a été reprise.')).toBeVisible();
  await page.getByRole('button', { name: 'Vérifier les lignes' }).click();
  await expect(page.getByRole('group', { name: 'Bilan des lignes' })).toContainText('0 nouveau');
  await expect(page.getByRole('group', { name: 'Bilan des lignes' })).toContainText('9 inchangés');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('button', { name: 'Importer maintenant' }).click();
  await expect(page.getByText('Rien n’a changé : aucune sauvegarde n’était nécessaire.')).toBeVisible();
  // An empty search lists the households: still 6, and still one Hélène Dupont.
  expect(await app.api.invoke('households.search', { query: '' })).toMatchObject({ ok: true, data: { total: 6 } });
  expect(await app.api.invoke('households.search', { query: 'helene dupont' })).toMatchObject({ ok: true, data: { total: 1 } });
});

test('the wizard is usable with the keyboard alone up to the preview', async ({ app, page }) => {
  await app.api.invoke('residences.create', { name: 'Les Tilleuls', address: '3 allée des Tilleuls', postcode: '02100', city: 'Saint-Quentin', dwellings: [{ internalId: 'TIL-A01', typology: 'T3', floor: 1 }] });
  await app.open(page, '/foyers/import');
  await page.locator('input[type="file"]').setInputFiles(exportFile());
  await page.getByRole('button', { name: 'Lire le fichier' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Étape 2 sur 5 : Colonnes' })).toBeFocused();
  // Change a column with the keyboard: no e-mail column.
  await page.getByRole('combobox', { name: 'Courriel' }).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('aucune');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Courriel' })).toHaveValue('— Aucune colonne —');
  await page.getByRole('button', { name: 'Vérifier les lignes' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Étape 3 sur 5 : Vérification' })).toBeFocused();
  await expect(page.getByRole('table', { name: /Premières lignes du fichier/ }).getByRole('columnheader', { name: 'Courriel' })).toHaveCount(0);
});

test('the residences list is exported as it is shown, in CSV and in Excel', async ({ app, page }) => {
  await app.api.invoke('residences.create', { name: 'Les Tilleuls', address: '3 allée des Tilleuls', postcode: '02100', city: 'Saint-Quentin', qpvCode: 'QN00201M', dwellings: [] });
  await app.api.invoke('residences.create', { name: '=Les Lilas', address: '1 rue des Lilas', postcode: '80000', city: 'Amiens', dwellings: [] });
  await app.open(page);
  await page.getByLabel('Rechercher une résidence').fill('tilleuls');
  await expect(page.getByText('1 résultat', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Exporter' }).click();
  let download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'CSV (Excel, LibreOffice)' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toBe('\uFEFFNom;Commune;Code QPV;Logements;Adresse\r\nLes Tilleuls;Saint-Quentin;QN00201M;0;3 allée des Tilleuls, 02100');

  await page.getByLabel('Rechercher une résidence').fill('');
  await expect(page.getByText('2 résultats', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Exporter' }).click();
  download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Classeur Excel (.xlsx)' }).click();
  const xlsx = await download;
  expect(xlsx.suggestedFilename()).toMatch(/^residences-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const { readSheet } = await import('read-excel-file/node');
  const sheet = await readSheet(readFileSync(await xlsx.path()));
  expect(sheet).toEqual([
    ['Nom', 'Commune', 'Code QPV', 'Logements', 'Adresse'],
    ['=Les Lilas', 'Amiens', null, 0, '1 rue des Lilas, 80000'],
    ['Les Tilleuls', 'Saint-Quentin', 'QN00201M', 0, '3 allée des Tilleuls, 02100'],
  ]);
});
