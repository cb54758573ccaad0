import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expectAccessibleNotification, expectNoSeriousViolations } from './axe.ts';
import { expect, ok, test } from './fixtures.ts';

/**
 * Waits until earlier notifications are gone: one fading out while the next is checked would fail the contrast check.
 */
const noNotificationLeft = (page: Page) => expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });

/** The row of a copy in the record page's copies table. */
const copyRow = (page: Page, barcode: string) => page.getByRole('table', { name: 'Exemplaires de la fiche' }).getByRole('row').filter({ hasText: barcode });

test('a drill goes into the catalogue with 2 labelled copies, to repair and back on the shelf', async ({ app, page }) => {
  await app.open(page, '/conciergerie/catalogue');
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogue' })).toBeVisible();
  await expect(page.getByLabel('Rechercher dans le catalogue')).toBeFocused();
  await expect(page.getByText('Le catalogue est vide : créez la première fiche.')).toBeVisible();
  await expectNoSeriousViolations(page, 'catalogue vide');

  // The record, with its first two copies.
  await page.getByRole('link', { name: 'Nouvelle fiche' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle fiche' })).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('textbox', { name: 'Titre', exact: true })).toHaveAccessibleDescription('Le titre est obligatoire.');
  await expectNoSeriousViolations(page, 'nouvelle fiche avec erreur');
  await page.getByRole('textbox', { name: 'Titre', exact: true }).fill('Perceuse à percussion');
  await page.getByLabel('Marque').fill('Bosch');
  await page.getByLabel('Valeur de remplacement').fill('89,00');
  await page.getByLabel('Caution').fill('30');
  await page.getByLabel('Conditions de prêt').fill('Rendre propre, dans sa mallette.');
  await page.getByLabel('Nombre d’exemplaires').fill('2');
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Perceuse à percussion' })).toBeVisible();
  await expectAccessibleNotification(page, '« Perceuse à percussion » est au catalogue, avec 2 exemplaires.');
  await expect(copyRow(page, 'E000001')).toContainText('Disponible');
  await expect(copyRow(page, 'E000002')).toContainText('Disponible');
  await expect(page.getByText('89,00 €')).toBeVisible();
  await expectNoSeriousViolations(page, 'fiche du catalogue');

  // Labels for both copies, as a PDF.
  await page.getByRole('button', { name: 'Imprimer les étiquettes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Imprimer des étiquettes' });
  await expect(dialog.getByText('2 étiquettes, sur des planches A4 de 24 (3 × 8).')).toBeVisible();
  await expectNoSeriousViolations(page, 'impression des étiquettes');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Télécharger le PDF' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^etiquettes-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(readFileSync(await download.path()).subarray(0, 5).toString()).toBe('%PDF-');

  // The search finds it by a word without its accent, and the keyboard opens it.
  await page.getByRole('link', { name: '← Catalogue' }).click();
  await page.getByLabel('Rechercher dans le catalogue').fill('percussion');
  await expect(page.getByText('1 fiche', { exact: true })).toBeVisible();
  await page.getByLabel('Rechercher dans le catalogue').press('ArrowDown');
  await expect(page.getByRole('link', { name: 'Perceuse à percussion' })).toBeFocused();
  await expectNoSeriousViolations(page, 'catalogue avec résultats');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Perceuse à percussion' })).toBeVisible();

  // A repair ticket for the first copy, opened by scanning its barcode.
  await page.getByRole('navigation', { name: 'Écrans de la conciergerie' }).getByRole('link', { name: 'Réparations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Réparations' })).toBeVisible();
  await expect(page.getByLabel('Code-barres')).toBeFocused();
  await page.keyboard.type('e000001');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Panne')).toBeFocused();
  await page.keyboard.type('Mandrin bloqué');
  await noNotificationLeft(page);
  await page.getByRole('button', { name: 'Ouvrir le ticket' }).click();
  await expectAccessibleNotification(page, 'E000001 (« Perceuse à percussion ») est en réparation : ticket n° 1.');
  const tickets = page.getByRole('table', { name: 'Tickets de réparation' });
  await expect(tickets.getByRole('row').filter({ hasText: 'E000001' })).toContainText('Ouvert');
  await expectNoSeriousViolations(page, 'réparations');

  await tickets.getByRole('link', { name: 'Perceuse à percussion' }).click();
  await expect(copyRow(page, 'E000001')).toContainText('En réparation');
  await expect(copyRow(page, 'E000002')).toContainText('Disponible');

  // Repaired: back on the shelf, worn.
  await page.getByRole('link', { name: 'Voir les réparations' }).click();
  await page.getByRole('button', { name: 'Mettre à jour le ticket n° 1 (E000001)' }).click();
  const ticket = page.getByRole('dialog', { name: 'Ticket n° 1 — E000001' });
  await ticket.getByRole('combobox', { name: 'Statut' }).click();
  await page.getByRole('option', { name: 'Réparé' }).click();
  await ticket.getByRole('combobox', { name: 'État au retour' }).click();
  await page.getByRole('option', { name: 'Usé' }).click();
  await ticket.getByLabel('Coût').fill('12,50');
  await expectNoSeriousViolations(page, 'clôture de réparation');
  await noNotificationLeft(page);
  await ticket.getByRole('button', { name: 'Enregistrer' }).click();
  await expectAccessibleNotification(page, 'E000001 est réparé et revient en rayon.');
  await expect(tickets.getByRole('row').filter({ hasText: 'E000001' })).toContainText('Réparé');

  await tickets.getByRole('link', { name: 'Perceuse à percussion' }).click();
  await expect(copyRow(page, 'E000001')).toContainText('Disponible');
  await expect(copyRow(page, 'E000001')).toContainText('Usé');
});

/** A small red PNG, as a photo picked on the PC (the renderer redraws it as a JPEG before sending it). */
function redPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([200, 30, 30]))]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

test('categories are managed per kind; a kit gets its parts by barcode; a record gets a photo', async ({ app, page }) => {
  const drill = await ok(app.api, 'catalogue.create', { kind: 'object', title: 'Perceuse à percussion', copies: 1 });
  const kit = await ok(app.api, 'catalogue.create', { kind: 'kit', title: 'Kit bricolage', copies: 1 });

  await app.open(page, '/conciergerie/catalogue/categories');
  await expect(page.getByRole('heading', { level: 1, name: 'Catégories' })).toBeVisible();
  await page.getByLabel('Nom de la catégorie').fill('Bricolage');
  await page.getByRole('button', { name: 'Ajouter' }).click();
  await expectAccessibleNotification(page, 'Catégorie « Bricolage » créée.');
  await page.getByLabel('Nom de la catégorie').fill('bricolage');
  await page.getByRole('button', { name: 'Ajouter' }).click();
  await expect(page.getByLabel('Nom de la catégorie')).toHaveAccessibleDescription('La catégorie « Bricolage » existe déjà pour le type « Objet ».');
  await page.getByRole('button', { name: 'Renommer la catégorie « Bricolage »' }).click();
  const rename = page.getByRole('dialog', { name: 'Renommer la catégorie « Bricolage »' });
  await rename.getByLabel('Nom de la catégorie').fill('Outillage');
  await rename.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('table', { name: 'Objets' })).toContainText('Outillage');
  await expectNoSeriousViolations(page, 'catégories');
  await page.getByRole('button', { name: 'Archiver la catégorie « Outillage »' }).click();
  await expect(page.getByRole('table', { name: 'Objets' })).toHaveCount(0);

  // The kit: its copy gets the drill's copy as a part, scanned.
  await page.evaluate((hash) => (window.location.hash = hash), `/conciergerie/catalogue/${kit.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kit bricolage' })).toBeVisible();
  await noNotificationLeft(page);
  await page.getByLabel('Code-barres d’une pièce à ajouter à E000002').fill('e000001');
  await page.getByLabel('Code-barres d’une pièce à ajouter à E000002').press('Enter');
  await expectAccessibleNotification(page, 'E000001 fait maintenant partie du kit E000002.');
  await expect(page.getByRole('table', { name: 'Pièces du kit E000002' })).toContainText('Perceuse à percussion');
  await noNotificationLeft(page);
  await page.getByLabel('Code-barres d’une pièce à ajouter à E000002').fill('E000404');
  await page.getByLabel('Code-barres d’une pièce à ajouter à E000002').press('Enter');
  await expectAccessibleNotification(page, 'Aucun exemplaire n’a le code-barres E000404 : vérifiez le code ou créez l’exemplaire.');
  await expectNoSeriousViolations(page, 'fiche de kit');

  // The part says which kit it belongs to; a photo is added, shown, removed.
  await page.getByRole('table', { name: 'Pièces du kit E000002' }).getByRole('link', { name: 'Perceuse à percussion' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Perceuse à percussion' })).toBeVisible();
  expect(page.url()).toContain(`/catalogue/${drill.id}`);
  await expect(copyRow(page, 'E000001')).toContainText('Pièce du kit E000002');
  await noNotificationLeft(page);
  await page.locator('input[type=file]').setInputFiles({ name: 'perceuse.png', mimeType: 'image/png', buffer: redPng(40, 30) });
  await expectAccessibleNotification(page, 'Photo enregistrée.');
  await expect(page.getByRole('img', { name: 'Photo de « Perceuse à percussion »' })).toBeVisible();
  await expectNoSeriousViolations(page, 'fiche avec photo');
  await page.getByRole('button', { name: 'Retirer la photo' }).click();
  await expect(page.getByText('Pas encore de photo.')).toBeVisible();
});
