import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../src-main/core/backend.ts';
import { startBrowserServer } from '../../src-main/http/server.ts';
import { openBackend } from '../../src-main/recovery/open-backend.ts';
import { ADMIN, expect, signIn, test } from './fixtures.ts';

test('an administrator backs up, changes data, restores, and finds the earlier state after signing in again', async ({ app, page }) => {
  await app.api.invoke('residences.create', { name: 'Avant', address: '1 rue A', postcode: '80000', city: 'Amiens' });
  await app.open(page, '/parametres');
  await page.getByRole('tab', { name: 'Sauvegardes' }).click();
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByRole('cell', { name: 'Manuelle' })).toBeVisible();

  await app.api.invoke('residences.create', { name: 'Après', address: '2 rue B', postcode: '80000', city: 'Amiens' });
  await page.getByRole('button', { name: /^Restaurer la sauvegarde du/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restaurer' }).click();
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await signIn(page, ADMIN);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Résidences' }).click();
  await expect(page.getByRole('link', { name: 'Avant' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Après' })).toHaveCount(0);
});

test('a damaged database at start-up leads to a clear screen that restores the latest good backup', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'voisinage-e2e-damaged-'));
  const first = createBackend({ dataDir });
  const api = first.connect();
  await api.invoke('auth.setup', ADMIN);
  for (let i = 0; i < 40; i++) await api.invoke('residences.create', { name: `Résidence ${i}`, address: '1 rue A', postcode: '80000', city: 'Amiens' });
  await api.invoke('backups.create', {});
  first.close();
  const fd = openSync(first.databaseFile, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 3);
  closeSync(fd);

  const backend = openBackend({ dataDir });
  const server = await startBrowserServer({ backend, staticDir: join(import.meta.dirname, '../../out/renderer') });
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: 'La base de données est endommagée' })).toBeVisible();
    await expect(page.getByText(/Dernière sauvegarde valide/)).toBeVisible();
    await page.getByRole('button', { name: 'Restaurer cette sauvegarde' }).click();
    await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
    await signIn(page, ADMIN);
    await expect(page.getByText('40 résultats')).toBeVisible();
  } finally {
    await server.close();
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
