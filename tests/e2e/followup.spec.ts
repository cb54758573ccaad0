import { readFileSync } from 'node:fs';
import type { Connection } from '../../src-main/core/backend.ts';
import { seedResidence } from '../unit/people-fixtures.ts';
import { expectAccessibleNotification, expectNoSeriousViolations } from './axe.ts';
import { expect, ok, test } from './fixtures.ts';

const PASSWORD = 'mot-de-passe-agent';
const OFFICE = { login: 'bureau', password: PASSWORD };
const COUNTER = { login: 'guichet', password: PASSWORD };

/** Local calendar day, `days` from today, as ISO and as typed on screen (JJ/MM/AAAA). */
function day(days: number) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  const [y, m, d] = [date.getFullYear(), pad(date.getMonth() + 1), pad(date.getDate())];
  return { iso: `${y}-${m}-${d}`, typed: `${d}/${m}/${y}` };
}

/** An office with staff accounts and one elderly tenant on the 3rd floor of Les Tilleuls. */
async function prepare(api: Connection) {
  await ok(api, 'staff.create', { login: OFFICE.login, displayName: 'Inès Bureau', role: 'office', password: PASSWORD });
  await ok(api, 'staff.create', { login: COUNTER.login, displayName: 'Paul Guichet', role: 'counter', password: PASSWORD });
  const { dwellingIds } = await seedResidence(api, { name: 'Les Tilleuls' }, [{ internalId: 'TIL-301', typology: 'T2', floor: 3, building: 'A', door: '301' }]);
  await ok(api, 'households.create', {
    name: 'Dubois',
    isTenant: true,
    dwelling: { dwellingId: dwellingIds['TIL-301']!, enteredOn: '1998-09-01' },
    people: [{ civility: 'madame', familyName: 'Lefèvre', usageName: 'Dubois', firstName: 'Hélène', birthDate: '1938-05-14', phone: '03 22 33 44 55', role: 'holder' }],
  });
}

test('office staff open a follow-up with consent, log a contact, see it overdue and download the heatwave list', async ({ app, page }) => {
  await prepare(app.api);
  await app.open(page, '/foyers/suivi', OFFICE);
  await expect(page.getByRole('heading', { level: 1, name: 'Suivi des personnes isolées' })).toBeVisible();
  await expect(page.getByText('Aucun suivi en cours.')).toBeVisible();
  await expectNoSeriousViolations(page, 'suivi : liste vide');

  await page.getByRole('button', { name: 'Ouvrir un suivi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ouvrir un suivi' });
  await dialog.getByRole('combobox', { name: 'Personne suivie' }).fill('helene');
  await page.getByRole('option', { name: 'Hélène Dubois — Les Tilleuls' }).click();
  await dialog.getByLabel('Motif du suivi').fill('Isolement depuis le décès du conjoint');
  // Nothing is opened without the person's consent.
  await dialog.getByRole('button', { name: 'Ouvrir un suivi' }).click();
  await expect(dialog.getByText('Indiquez ce que la personne a accepté (portée du consentement).')).toBeVisible();
  await expectNoSeriousViolations(page, 'ouverture de suivi avec erreurs');

  const started = day(-10);
  await dialog.getByLabel('Consentement recueilli le').fill(day(-12).typed);
  await dialog.getByLabel('Consentement recueilli le').press('Tab');
  await dialog.getByLabel('Preuve du consentement').fill('Formulaire signé, classé au dossier');
  await dialog.getByLabel('Ce que la personne a accepté').fill('Appels et visites ; registre canicule transmis au CCAS');
  await dialog.getByLabel('Appeler ou visiter tous les (jours)').fill('7');
  await dialog.getByLabel('Début du suivi').fill(started.typed);
  await dialog.getByLabel('Début du suivi').press('Tab');
  await dialog.getByLabel(/Inscrire au registre canicule/).check();
  await dialog.getByRole('button', { name: 'Ouvrir un suivi' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Suivi de Hélène Dubois' })).toBeVisible();
  await expectAccessibleNotification(page, 'Le suivi de Hélène Dubois a été ouvert.');
  await expect(page.getByText('En retard de 3 jours')).toBeVisible();
  await expect(page.getByText('Formulaire signé, classé au dossier')).toBeVisible();
  await expectNoSeriousViolations(page, 'fiche de suivi');

  // An unanswered call is logged, and leaves the contact overdue.
  await page.getByLabel('La personne a été jointe').uncheck();
  await page.getByLabel('Notes', { exact: true }).fill('Pas de réponse, rappeler demain.');
  await page.getByRole('button', { name: 'Enregistrer le contact' }).click();
  await expect(page.getByRole('cell', { name: 'Pas de réponse, rappeler demain.' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Non jointe' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Inès Bureau' })).toBeVisible();
  await expect(page.getByText('En retard de 3 jours')).toBeVisible();

  await page.getByRole('link', { name: '← Suivi des personnes isolées' }).click();
  await page.getByRole('tab', { name: 'Contacts en retard' }).click();
  const overdueRow = page.getByRole('row').filter({ hasText: 'Hélène Dubois' });
  await expect(overdueRow).toContainText('En retard de 3 jours');
  await expect(overdueRow).toContainText('03 22 33 44 55');
  await expectNoSeriousViolations(page, 'contacts en retard');

  await page.getByRole('tab', { name: 'Registre canicule' }).click();
  const heatwaveRow = page.getByRole('row').filter({ hasText: 'Mme DUBOIS (LEFÈVRE) Hélène' });
  await expect(heatwaveRow).toContainText('TIL-301');
  await expect(heatwaveRow).toContainText('(non jointe)');
  await expectNoSeriousViolations(page, 'registre canicule');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger la liste canicule (PDF)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^registre-canicule-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(readFileSync(await download.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expectAccessibleNotification(page, 'Liste canicule téléchargée (1 personne).');

  // Every view of the record was written to the audit log, with its id and no content.
  const audit = await ok(app.api, 'audit.list', { limit: 500 });
  const reads = audit.rows.filter((row) => row.action === 'lecture restreinte' && row.userLogin === OFFICE.login);
  expect(reads.map((row) => row.method)).toEqual(expect.arrayContaining(['followup.get', 'followup.overdue', 'followup.heatwaveList', 'followup.heatwavePdf']));
  expect(JSON.stringify(audit.rows)).not.toContain('Hélène');
});

test('a counter operator does not see the follow-up, and the API refuses it', async ({ app, page }) => {
  await prepare(app.api);
  await app.open(page, '/foyers/suivi', COUNTER);
  await expect(page.getByRole('heading', { level: 1, name: 'Suivi des personnes isolées' })).toBeVisible();
  await expect(page.getByText('Votre rôle ne permet pas de consulter le suivi des personnes isolées ou vulnérables.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ouvrir un suivi' })).toHaveCount(0);
  await expect(page.getByRole('tab')).toHaveCount(0);
  await expectNoSeriousViolations(page, 'suivi refusé au comptoir');

  const counter = app.backend.connect();
  await ok(counter, 'auth.login', COUNTER);
  for (const [method, input] of [
    ['followup.list', {}],
    ['followup.get', { id: 1 }],
    ['followup.overdue', {}],
    ['followup.heatwavePdf', {}],
    ['followup.open', { personId: 1, reason: 'x', consent: { on: '2026-01-01', scope: 'tout', proof: 'aucune' }, contactEveryDays: 7 }],
  ] as const) {
    const result = await counter.invoke(method, input);
    expect(result.ok ? 'ok' : result.error.code, method).toBe('FORBIDDEN');
  }
});
