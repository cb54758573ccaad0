import { readFileSync } from 'node:fs';
import { expectAccessibleNotification, expectNoSeriousViolations } from './axe.ts';
import { expect, ok, test } from './fixtures.ts';

/*
 * Données personnelles (/foyers/donnees): who is due for anonymisation under the retention rule, and the purge.
 * Data planted through the administrator's own connection to the contract.
 */

test('the administrator sees who is due, purges one person, and that person can no longer be found', async ({ app, page }) => {
  const residence = await ok(app.api, 'residences.create', {
    name: 'Les Tilleuls',
    address: '3 allée des Tilleuls',
    postcode: '80000',
    city: 'Amiens',
    dwellings: [{ internalId: 'A1', typology: 'T3', floor: 1 }, { internalId: 'B1', typology: 'T2', floor: 0 }],
  });
  const [a1, b1] = residence.dwellings;
  // A current tenant: never due. A former tenant whose tenancy ended in 2020: due since 30/06/2022 (24 months).
  await ok(app.api, 'households.create', {
    isTenant: true,
    dwelling: { dwellingId: a1!.id, enteredOn: '2015-09-01' },
    people: [{ civility: 'madame', familyName: 'Durand', firstName: 'Hélène', role: 'holder' }],
  });
  const petit = await ok(app.api, 'households.create', {
    isTenant: true,
    dwelling: { dwellingId: b1!.id, enteredOn: '2010-01-01' },
    people: [{ civility: 'monsieur', familyName: 'Petit', firstName: 'Jean', role: 'holder', phone: '06 98 76 54 32' }],
  });
  await ok(app.api, 'households.moveOut', { householdId: petit.id, leftOn: '2020-06-30' });

  await app.open(page, '/foyers/donnees');
  await expect(page.getByRole('heading', { name: 'Données personnelles', level: 1 })).toBeVisible();
  await expect(page.getByText('24 mois après le dernier contact')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Jean Petit' });
  await expect(row).toContainText('Fin de la location');
  await expect(row).toContainText('30/06/2020');
  await expect(row).toContainText('30/06/2022');
  await expect(page.getByRole('cell', { name: 'Hélène Durand' })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'données personnelles');

  const purge = page.getByRole('button', { name: /^Anonymiser la sélection/ });
  await expect(purge).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Sélectionner Jean Petit' }).check();
  await expect(purge).toHaveText('Anonymiser la sélection (1)');
  await purge.click();
  const dialog = page.getByRole('dialog', { name: 'Anonymiser 1 personne ?' });
  await expect(dialog).toContainText('Jean Petit (Petit)');
  await expect(dialog).toContainText('définitive');
  await expect(dialog).toContainText('« Personne anonymisée »');
  await expectNoSeriousViolations(page, 'confirmation de la purge');
  await dialog.getByRole('button', { name: 'Anonymiser 1 personne' }).click();
  await expectAccessibleNotification(page, '1 personne anonymisée.');
  await expect(page.getByText('Personne n’est à anonymiser aujourd’hui.')).toBeVisible();

  // Jean Petit is found nowhere any more: not by name, nor by phone; Hélène still is.
  for (const query of ['jean petit', 'Petit', '06 98 76 54 32']) expect((await ok(app.api, 'households.search', { query })).total, query).toBe(0);
  expect((await ok(app.api, 'households.search', { query: 'helene' })).total).toBe(1);
});

test('the readable export of a person is an accessible page', async ({ app, page }) => {
  const residence = await ok(app.api, 'residences.create', { name: 'Les Tilleuls', address: '3 allée des Tilleuls', postcode: '80000', city: 'Amiens', dwellings: [{ internalId: 'A1', typology: 'T3', floor: 1 }] });
  const household = await ok(app.api, 'households.create', {
    isTenant: true,
    dwelling: { dwellingId: residence.dwellings[0]!.id, enteredOn: '2015-09-01' },
    people: [{ civility: 'madame', familyName: 'Durand', firstName: 'Hélène', birthDate: '1948-05-12', phone: '06 12 34 56 78', role: 'holder' }],
  });
  const personId = household.people[0]!.id;
  await ok(app.api, 'skills.add', { personId, direction: 'offer', category: 'couture', label: 'Retouches' });
  const followup = await ok(app.api, 'followup.open', {
    personId,
    reason: 'Isolement',
    consent: { on: '2025-01-10', scope: 'Appels hebdomadaires', proof: 'Formulaire signé' },
    contactEveryDays: 7,
    startedOn: '2025-01-10',
  });
  await ok(app.api, 'followup.logContact', { followupId: followup.id, contactedOn: '2025-01-17', kind: 'call', reached: true, notes: 'Bonne forme' });
  const { html } = await ok(app.api, 'privacy.exportPerson', { personId });
  await page.setContent(html);
  await expect(page.getByRole('heading', { name: 'Données personnelles de Hélène Durand', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Suivi des personnes isolées ou vulnérables', level: 2 })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Date de naissance' })).toBeVisible();
  await expectNoSeriousViolations(page, 'export lisible');
});

test('a role that may not purge sees the list without the purge controls', async ({ app, page }) => {
  await app.api.invoke('staff.create', { login: 'bureau', displayName: 'Agent du bureau', role: 'office', password: 'mot-de-passe-bureau' });
  await app.open(page, '/foyers/donnees', { login: 'bureau', password: 'mot-de-passe-bureau' });
  await expect(page.getByRole('heading', { name: 'Données personnelles', level: 1 })).toBeVisible();
  await expect(page.getByText('Personne n’est à anonymiser aujourd’hui.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Anonymiser la sélection/ })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'données personnelles (bureau)');
});

/* The person's actions (PersonPrivacyActions) live on the household page, which mounts them. */
test('on a household page, staff export a person’s data and the administrator anonymises her', async ({ app, page }) => {
  const residence = await ok(app.api, 'residences.create', { name: 'Les Tilleuls', address: '3 allée des Tilleuls', postcode: '80000', city: 'Amiens', dwellings: [{ internalId: 'A1', typology: 'T3', floor: 1 }] });
  const household = await ok(app.api, 'households.create', {
    isTenant: true,
    dwelling: { dwellingId: residence.dwellings[0]!.id, enteredOn: '2015-09-01' },
    people: [
      { civility: 'madame', familyName: 'Durand', firstName: 'Hélène', birthDate: '1948-05-12', phone: '06 12 34 56 78', role: 'holder' },
      { civility: 'monsieur', familyName: 'Durand', firstName: 'Paul', role: 'spouse' },
    ],
  });
  const helene = household.people.find((p) => p.firstName === 'Hélène')!.id;
  await ok(app.api, 'skills.add', { personId: helene, direction: 'offer', category: 'couture', label: 'Retouches et ourlets' });

  await app.open(page, `/foyers/${household.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Durand' })).toBeVisible();
  const exportButton = page.getByRole('button', { name: 'Export des données de Hélène Durand' });

  await exportButton.click();
  const ready = page.getByRole('dialog', { name: 'Données de Hélène Durand' });
  await expect(ready).toBeVisible();
  await expectNoSeriousViolations(page, 'export prêt');
  const [download] = await Promise.all([page.waitForEvent('download'), ready.getByRole('button', { name: 'Télécharger la version lisible (HTML)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^donnees-personnelles-\d+-\d{4}-\d{2}-\d{2}\.html$/);
  const html = readFileSync((await download.path())!, 'utf8');
  expect(html).toContain('Retouches et ourlets');
  expect(html).toContain('06 12 34 56 78');
  await ready.getByRole('button', { name: 'Fermer' }).last().click();

  await page.getByRole('button', { name: 'Anonymiser Hélène Durand' }).click();
  const confirm = page.getByRole('dialog', { name: 'Anonymiser Hélène Durand ?' });
  await expect(confirm).toContainText('définitive');
  await expect(confirm).toContainText('Sa compétence (échange de savoir-faire) est supprimée.');
  await expect(confirm).toContainText('Le foyer « Durand » garde ses autres membres');
  await expectNoSeriousViolations(page, 'confirmation d’anonymisation');
  await confirm.getByRole('radio', { name: 'Demande de la personne' }).check();
  await confirm.getByRole('button', { name: 'Anonymiser définitivement' }).click();
  await expectAccessibleNotification(page, 'Les données de Hélène Durand ont été anonymisées.');
  await expect(page.getByText('Hélène')).toHaveCount(0);
  await expect(page.getByText('Paul').first()).toBeVisible();
  expect((await ok(app.api, 'households.search', { query: 'helene' })).total).toBe(0);
});
