import { createHash } from 'node:crypto';
import { generate } from 'selfsigned';
import { expectNoSeriousViolations } from './axe.ts';
import { expect, ok, test } from './fixtures.ts';

test('the files of a previewed export are saved as one .zip and the export shows in the history with its files', async ({ app, page }) => {
  await ok(app.api, 'demo.fill', {});
  await ok(app.api, 'settings.saveOffice', { name: 'Office de démonstration', legalForm: 'oph', siren: '732829320' });
  const year = new Date().getFullYear() - 1;
  const preview = await ok(app.api, 'federation.export.preview', {
    from: `${year}-01-01`,
    to: `${year}-12-31`,
  });
  await ok(app.api, 'federation.outbox.save', { from: preview.from, to: preview.to, fingerprint: preview.fingerprint, generatedAt: preview.generatedAt });

  await app.open(page, '/federation/envois');
  await expect(page.getByRole('heading', { level: 1, name: 'Envois à la fédération' })).toBeVisible();
  const history = page.getByRole('table', { name: 'Historique des exports, le plus récent d’abord' });
  const row = history.getByRole('row', { name: new RegExp(`du 01/01/${year} au 31/12/${year}`) });
  await expect(row.getByText('Enregistré')).toBeVisible();
  await expect(row.getByText('par Camille Admin')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Réessayer maintenant' })).toBeDisabled();
  await expectNoSeriousViolations(page, 'envois fédération');

  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: `Télécharger l’export du 01/01/${year} au 31/12/${year}` }).click();
  expect((await download).suggestedFilename()).toBe(`federation-${year}-01-01-${year}-12-31.zip`);

  await row.getByRole('button', { name: `Détails de l’export du 01/01/${year} au 31/12/${year}` }).click();
  const details = page.getByRole('dialog', { name: `Détails de l’export du 01/01/${year} au 31/12/${year}` });
  await expect(details.getByRole('cell', { name: 'manifeste.json' })).toBeVisible();
  await expect(details.getByText('Aucune tentative.')).toBeVisible();
  await expectNoSeriousViolations(page, 'envois fédération : détails');
});

test('sending without an address set is refused with a pointer to Paramètres, and nothing is queued', async ({ app, page }) => {
  await ok(app.api, 'demo.fill', {});
  await ok(app.api, 'settings.saveOffice', { name: 'Office de démonstration', legalForm: 'oph', siren: '732829320' });
  await app.open(page, '/federation');
  await expect(page.getByText('Aucune adresse d’envoi n’est réglée')).toBeVisible();
  await page.getByRole('button', { name: 'Envoyer à la fédération' }).click();
  await expect(page.getByText(/Aucune adresse d’envoi n’est réglée : saisissez l’adresse https/)).toBeVisible();
  expect((await ok(app.api, 'federation.outbox.list', {})).rows).toEqual([]);
});

test('TFPB report: a manual action added, actions calculated from the demo agenda, the report downloaded', async ({ app, page }) => {
  await ok(app.api, 'demo.fill', {});
  const year = new Date().getFullYear();
  await app.open(page, '/federation/tfpb');
  await expect(page.getByRole('heading', { level: 1, name: 'Rapport TFPB' })).toBeVisible();
  // Last year's report first: the demo's hand-typed actions.
  const lastYear = page.getByRole('table', { name: new RegExp(`^Actions ${year - 1} du QPV`) });
  await expect(lastYear.getByRole('cell', { name: /^Gardien supplémentaire/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'rapport TFPB');

  await page.getByRole('combobox', { name: 'Année' }).click();
  await page.getByRole('option', { name: String(year), exact: true }).click();
  await page.getByRole('button', { name: 'Ajouter une action' }).click();
  const form = page.getByRole('dialog', { name: new RegExp(`^Nouvelle action TFPB ${year}`) });
  await form.getByRole('combobox', { name: 'Axe' }).click();
  await page.getByRole('option', { name: '5 – Tranquillité résidentielle' }).click();
  await form.getByRole('textbox', { name: 'Intitulé' }).fill('Médiation de nuit');
  await form.getByRole('textbox', { name: 'Coût total (€)' }).fill('1200');
  await form.getByRole('textbox', { name: 'Montant valorisé (€)' }).fill('1500');
  await expectNoSeriousViolations(page, 'rapport TFPB : nouvelle action');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form.getByText('Le montant valorisé ne peut pas dépasser le coût total de l’action.')).toBeVisible();
  await form.getByRole('textbox', { name: 'Montant valorisé (€)' }).fill('900');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form).toBeHidden();
  const thisYear = page.getByRole('table', { name: new RegExp(`^Actions ${year} du QPV`) });
  await expect(thisYear.getByRole('cell', { name: 'Médiation de nuit', exact: true })).toBeVisible();
  await expect(thisYear.getByText('Axe 5 – Tranquillité résidentielle', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Calculer depuis l’agenda et les services' }).click();
  await expect(page.getByText(/^Calcul fait : [1-9]\d* action\(s\) ajoutée\(s\)/)).toBeVisible();
  await expect(thisYear.getByRole('cell', { name: 'Agenda' }).first()).toBeVisible();
  await expect(thisYear.getByRole('cell', { name: 'Médiation de nuit', exact: true })).toBeVisible();

  for (const [label, extension] of [
    ['Télécharger (.xlsx)', 'xlsx'],
    ['Télécharger (PDF)', 'pdf'],
  ] as const) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: label }).click();
    expect((await download).suggestedFilename()).toMatch(new RegExp(`^rapport-tfpb-${year}-QN\\w+\\.${extension}$`));
  }
  await expectNoSeriousViolations(page, 'rapport TFPB : actions calculées');
});

/** A certificate authority of the kind a regional federation runs, as PEM and as the DER bytes Windows exports. */
async function federationAuthority() {
  const pems = await generate([{ name: 'commonName', value: 'Autorité AR Hauts-de-France' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: new Date('2025-01-01T00:00:00Z'),
    notAfterDate: new Date('2035-01-01T00:00:00Z'),
    extensions: [{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true }],
  });
  const der = Buffer.from(pems.cert.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
  const sha256 = createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g)!.join(':');
  return { pem: pems.cert, der, key: pems.private, sha256 };
}

test('the certificate of the federation’s own authority is chosen as a file, shown by its subject and fingerprint, then removed', async ({ app, page }) => {
  const authority = await federationAuthority();
  await app.open(page, '/parametres');
  await page.getByRole('tab', { name: 'Bureau' }).click();
  const section = page.getByRole('group', { name: 'Certificat de l’autorité du serveur (facultatif)' });
  await expect(section.getByText('Aucun certificat : seules les autorités publiques reconnues sont acceptées.')).toBeVisible();
  const file = section.locator('input[type="file"]');

  // The key instead of the certificate: refused next to the field, nothing kept.
  await file.setInputFiles({ name: 'autorite.key', mimeType: 'application/x-pem-file', buffer: Buffer.from(authority.key) });
  await expect(section.getByText(/^Ce texte contient une clé privée, pas un certificat/)).toBeVisible();
  await page.getByRole('alert').filter({ hasText: 'Impossible de continuer' }).getByRole('button', { name: 'Fermer' }).click();

  await file.setInputFiles({ name: 'autorite.pem', mimeType: 'application/x-pem-file', buffer: Buffer.from(authority.pem) });
  const facts = section.getByRole('table', { name: 'Certificat : CN=Autorité AR Hauts-de-France' });
  await expect(facts.getByRole('row', { name: /^Empreinte SHA-256/ })).toContainText(authority.sha256);
  await expect(facts.getByRole('row', { name: /^Type/ })).toContainText('Autorité de certification');
  await expect(facts.getByRole('row', { name: /^Valable jusqu’au/ })).toContainText('01/01/2035');
  await expect(section.getByText('Ce texte contient une clé privée', { exact: false })).toHaveCount(0);
  // Never its raw text.
  await expect(section.getByText(authority.pem.split(/\r?\n/)[1]!, { exact: false })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'paramètres : certificat de l’autorité de la fédération');
  const stored = await ok(app.api, 'settings.get', {});
  expect(stored.federation.caCertificate?.trim()).toBe(authority.pem.replace(/\r\n/g, '\n').trim());

  await section.getByRole('button', { name: 'Retirer le certificat' }).click();
  await expect(section.getByText('Aucun certificat : seules les autorités publiques reconnues sont acceptées.')).toBeVisible();
  expect((await ok(app.api, 'settings.get', {})).federation.caCertificate).toBeNull();

  // The binary .cer that Windows exports by default is read as well.
  await file.setInputFiles({ name: 'autorite.cer', mimeType: 'application/pkix-cert', buffer: authority.der });
  await expect(facts.getByRole('row', { name: /^Empreinte SHA-256/ })).toContainText(authority.sha256);
});
