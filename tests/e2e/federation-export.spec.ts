import { expectNoSeriousViolations } from './axe.ts';
import { expect, ok, test } from './fixtures.ts';

interface Cell {
  group: string;
  value: number | null;
  secret: boolean;
}
interface IndicatorsFile {
  groups: { residences: { code: string; name: string }[] };
  indicators: { id: string; label: string; tables: { level: string; cells: Cell[] }[] }[];
}

test('the demo year previewed cell by cell: small residences secret, files with their SHA-256, the raw JSON parses', async ({ app, page }) => {
  await ok(app.api, 'demo.fill', {});
  await ok(app.api, 'settings.saveOffice', { name: 'Office de démonstration', legalForm: 'oph', siren: '732829320' });
  const year = new Date().getFullYear();
  // Which residence the export hides is read from the backend's own preview, then looked for on the screen.
  const expected = await ok(app.api, 'federation.export.preview', { from: `${year}-01-01`, to: `${year}-12-31` });
  const document = JSON.parse(expected.files.find((f) => f.name === 'indicateurs.json')!.content) as IndicatorsFile;
  const reached = document.indicators.find((i) => i.id === 'foyers_touches')!;
  const byResidence = reached.tables.find((t) => t.level === 'residence')!.cells;
  const hidden = document.groups.residences.find((r) => byResidence.find((c) => c.group === r.code)!.secret)!;
  const shown = document.groups.residences.find((r) => (byResidence.find((c) => c.group === r.code)!.value ?? 0) >= 5)!;

  await app.open(page, '/federation');
  await expect(page.getByRole('heading', { level: 1, name: 'Indicateurs pour la fédération' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Période' }).click();
  await page.getByRole('option', { name: `Année ${year} (en cours)` }).click();
  await expect(page.getByRole('heading', { name: `Export du 01/01/${year} au 31/12/${year}` })).toBeVisible();
  await expect(page.getByText('Secret statistique : seuil de 5')).toBeVisible();

  const table = page.getByRole('table', { name: /^Par résidence/ });
  const columns = await table.getByRole('columnheader').allInnerTexts();
  const row = table.getByRole('row', { name: new RegExp(`^${reached.label}`) });
  const cellOf = (name: string) => row.getByRole('cell').nth(columns.indexOf(name) - 1);
  await expect(cellOf(hidden.name)).toHaveText('secret');
  await expect(cellOf(shown.name)).not.toHaveText('secret');
  await expectNoSeriousViolations(page, 'export fédération : tableaux');

  await page.getByRole('tab', { name: 'Fichiers' }).click();
  const files = page.getByRole('table', { name: /Fichiers de l’export/ });
  for (const file of ['indicateurs.json', 'indicateurs.csv', 'format-indicateurs.md', 'indicateurs-1.0.schema.json', 'manifeste.json']) {
    await expect(files.getByRole('rowheader', { name: file })).toBeVisible();
  }
  const raw = page.getByRole('region', { name: 'Contenu brut de indicateurs.json' });
  const json = JSON.parse(await raw.innerText()) as IndicatorsFile & { schemaVersion: string; generatedAt: string };
  expect(json.schemaVersion).toBe('1.0');
  // The JSON on screen is the file whose SHA-256 is listed next to it.
  const listed = await files.getByRole('row', { name: /indicateurs\.json/ }).getByRole('cell').nth(1).innerText();
  const digest = await page.evaluate(async (text) => {
    const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }, await raw.innerText());
  expect(digest).toBe(listed.trim());
  // The raw text can be reached with the keyboard (to scroll it).
  await raw.focus();
  await expect(raw).toBeFocused();

  await page.getByRole('combobox', { name: 'Fichier affiché' }).click();
  await page.getByRole('option', { name: 'indicateurs.csv' }).click();
  await expect(page.getByRole('region', { name: 'Contenu brut de indicateurs.csv' })).toContainText('periode_debut;periode_fin;indicateur');
  await expectNoSeriousViolations(page, 'export fédération : fichiers');
});

test('the preview says what to fill in when the office has no name, and the secrecy threshold refuses less than 3', async ({ app, page }) => {
  await app.open(page, '/federation');
  await expect(page.getByText('Le nom du bureau n’est pas renseigné')).toBeVisible();
  await expectNoSeriousViolations(page, 'export fédération : identité manquante');
  await page.getByRole('link', { name: 'Ouvrir les paramètres' }).click();
  await page.getByRole('tab', { name: 'Bureau' }).click();

  const threshold = page.getByRole('textbox', { name: 'Seuil du secret statistique' });
  await expect(threshold).toHaveValue('5');
  await threshold.fill('2');
  const form = page.getByRole('group', { name: 'Fédération' });
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  // Next to the field, in the backend's words.
  await expect(threshold).toHaveAccessibleDescription(/Le seuil de secret doit être un nombre entier de 3 à 20/);
  await threshold.fill('3');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Les réglages de la fédération ont été enregistrés.')).toBeVisible();
  expect((await ok(app.api, 'settings.get', {})).federation.suppressionThreshold).toBe(3);
});
