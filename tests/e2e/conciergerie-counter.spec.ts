import type { Locator, Page } from '@playwright/test';
import type { Connection } from '../../src-main/core/backend.ts';
import { openTill, seedFlag, seedItem, seedMember } from '../unit/conciergerie-fixtures.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { expect, ok, test } from './fixtures.ts';

const OPERATOR = { login: 'guichet', password: 'mot-de-passe-guichet' };

/** Local calendar day, `days` from today: ISO, and as typed on screen (JJ/MM/AAAA). */
function day(days: number) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  const [y, m, d] = [date.getFullYear(), pad(date.getMonth() + 1), pad(date.getDate())];
  return { iso: `${y}-${m}-${d}`, typed: `${d}/${m}/${y}` };
}

/**
 * A counter operator, three members with a monthly membership in force (3 loans at most), one of them blocked by the
 * team, a drill with a 30 € deposit, two books, and the till open for the deposit.
 */
async function prepare(api: Connection, file: string) {
  const created = await api.invoke('staff.create', { login: OPERATOR.login, displayName: 'Paul Guichet', role: 'counter', password: OPERATOR.password });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const membership = { typeId: 1, startsOn: day(-30).iso, endsOn: day(300).iso };
  seedMember(file, { number: 'A00042', familyName: 'Dupont', firstName: 'Hélène', civility: 'madame', membership });
  const blocked = seedMember(file, { number: 'A00043', familyName: 'Petit', firstName: 'Marcel', civility: 'monsieur', membership });
  seedFlag(file, blocked, 'Perceuse rendue cassée, à voir avec la responsable');
  seedMember(file, { number: 'A00044', familyName: 'Nguyen', firstName: 'Lan', civility: 'madame', phone: '+33612345678', membership });
  seedItem(file, { title: 'Perceuse à percussion', replacementValueCents: 8900, depositCents: 3000, loanDays: 7, barcodes: ['E000101'] });
  seedItem(file, { kind: 'book', title: 'Les Misérables', author: 'Victor Hugo', replacementValueCents: 1200, barcodes: ['E000102'] });
  seedItem(file, { kind: 'book', title: 'Astérix le Gaulois', replacementValueCents: 1050, barcodes: ['E000103'] });
  openTill(file);
}

/** Types a code as a keyboard-wedge scanner does: the characters, then Enter. */
async function scan(input: Locator, code: string) {
  await input.pressSequentially(code);
  await input.press('Enter');
}

const scanInput = (page: Page) => page.getByLabel('Carte d’adhérent ou code-barres');

test('at the counter, from the keyboard alone: a drill and two books lent, a blocked member refused, a late return charged, a hold placed', async ({ app, page }) => {
  await prepare(app.api, app.backend.databaseFile);
  await app.open(page, '/conciergerie', OPERATOR);
  await expect(page.getByRole('heading', { level: 1, name: 'Comptoir' })).toBeVisible();
  const input = scanInput(page);
  await expect(input).toBeFocused();
  await expect(page.getByText('Raccourcis clavier')).toBeVisible();
  await expectNoSeriousViolations(page, 'comptoir : vide');

  // A drill and two books, scanned one after the other, then Enter on the empty field.
  await scan(input, 'A00042');
  await expect(page.getByRole('heading', { level: 2, name: 'Hélène Dupont' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('A00042 — Hélène Dupont : peut emprunter encore 3 objets.');
  for (const code of ['E000101', 'e000102', 'E000103']) await scan(input, code);
  await expect(page.getByRole('heading', { level: 2, name: 'Prêt en préparation (3 objets)' })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: /Caution de 30,00 € : moyen de paiement/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'comptoir : prêt en préparation');
  await input.press('Enter');
  await expect(page.getByRole('status')).toContainText('3 prêts enregistrés pour A00042 — Mme Dupont');
  await expect(page.getByRole('status')).toContainText('Caution encaissée : reçu');
  const member = page.getByRole('region', { name: 'Hélène Dupont' });
  await expect(member.getByRole('heading', { name: 'Prêts en cours (3)' })).toBeVisible();
  await expect(member.getByRole('row')).toHaveCount(4);
  const form = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Imprimer la fiche de prêt' }).click();
  expect((await form).suggestedFilename()).toBe(`fiche-de-pret-A00042-${day(0).iso}.pdf`);

  // A member blocked by the team: the reason is on screen, and the copy is refused with it.
  await input.focus();
  await input.press('Escape');
  await scan(input, 'A00043');
  await expect(page.getByRole('alert')).toContainText('A00043 — Marcel Petit ne peut pas emprunter');
  await expect(page.getByRole('alert')).toContainText(
    'Bloqué par l’équipe : Perceuse rendue cassée, à voir avec la responsable',
  );
  await expect(page.getByText('Emprunt bloqué')).toBeVisible();
  await scan(input, 'E000102');
  await expect(page.getByRole('alert')).toContainText('Refusé : « Les Misérables » (E000102)');
  await expect(page.getByRole('alert')).toContainText('Bloqué par l’équipe');
  await expectNoSeriousViolations(page, 'comptoir : adhérent bloqué');

  // The books come back; a book lent 40 days ago and forgotten is recorded back-dated, then returned late.
  await input.press('Escape');
  await scan(input, 'E000103');
  await expect(page.getByRole('heading', { level: 2, name: 'Retour de « Astérix le Gaulois » (E000103)' })).toBeVisible();
  await input.press('Enter');
  await expect(page.getByRole('status')).toContainText('E000103 (« Astérix le Gaulois ») rendu par A00042 — Mme Dupont. À ranger en rayon.');
  await scan(input, 'A00044');
  await scan(input, 'E000103');
  await page.getByLabel('Prêt oublié : date du prêt (facultatif)').fill(day(-40).typed);
  await page.getByLabel('Prêt oublié : date du prêt (facultatif)').press('Tab');
  await page.getByRole('button', { name: 'Valider le prêt (Entrée)' }).press('Enter');
  await expect(page.getByRole('status')).toContainText('1 prêt enregistré pour A00044 — Mme Nguyen');
  await expect(page.getByText('en retard de 19 jours')).toBeVisible();
  await input.focus();
  await scan(input, 'E000103');
  await expect(page.getByText('Pénalité de retard si rendu aujourd’hui : 0,90 €')).toBeVisible();
  await expectNoSeriousViolations(page, 'comptoir : retour en retard');
  await input.press('Enter');
  await expect(page.getByRole('status')).toContainText('Retard de 3 semaines : 0,90 € ajoutés au compte');
  await expect(page.getByText('Solde dû : 0,90 €')).toBeVisible();

  // The drill is out: the member joins its waiting list, first in line.
  await scan(input, 'E000101');
  await expect(page.getByRole('alert')).toContainText('est déjà en prêt jusqu’au');
  await expect(page.getByRole('alert')).toContainText('(adhérent A00042)');
  await page.getByRole('button', { name: 'Mettre en file d’attente pour « Perceuse à percussion »' }).press('Enter');
  await expect(page.getByRole('status')).toContainText('A00044 — Mme Nguyen est en position 1 dans la file d’attente de « Perceuse à percussion ».');

  await page.getByRole('link', { name: 'Réservations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Réservations' })).toBeVisible();
  const list = page.getByRole('region', { name: 'Perceuse à percussion' });
  await expect(list.getByRole('row', { name: /^1 A00044 — Lan Nguyen/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'réservations : files d’attente');

  await page.getByRole('link', { name: 'Prêts et retards' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prêts et retards' })).toBeVisible();
  await expect(page.getByRole('table', { name: '2 prêts en cours' })).toBeVisible();
  await expectNoSeriousViolations(page, 'prêts : en cours');
});

test('overdue loans get their reminder letter, holds are placed with dates, shown on the calendar, and the member told', async ({ app, page }) => {
  await prepare(app.api, app.backend.databaseFile);
  const nguyen = (await ok(app.api, 'members.search', { query: 'A00044' })).rows[0]!.id;
  await ok(app.api, 'loans.checkOut', { memberId: nguyen, barcodes: ['E000102'], lentOn: day(-40).iso });
  const items = await ok(app.api, 'catalogue.search', { query: 'asterix' });
  await ok(app.api, 'holds.place', { memberId: nguyen, itemId: items.rows[0]!.id });

  await app.open(page, '/conciergerie/prets', OPERATOR);
  await expect(page.getByRole('heading', { level: 1, name: 'Prêts et retards' })).toBeVisible();
  await page.getByRole('tab', { name: 'Retards et relances' }).click();
  const row = page.getByRole('row', { name: /A00044 — Lan Nguyen/ });
  await expect(row).toContainText('« Les Misérables » (E000102), à rendre le');
  await expect(row).toContainText('Jamais relancé');
  await expect(row).toContainText('06 12 34 56 78');
  await expectNoSeriousViolations(page, 'prêts : retards');
  const letters = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Imprimer la lettre de relance (1 adhérent)' }).click();
  expect((await letters).suggestedFilename()).toBe(`relances-${day(0).iso}.pdf`);
  await expect(row).toContainText(`Relance n° 1 le ${day(0).typed}`);
  await expect(row).toContainText('Relancé aujourd’hui');

  await page.getByRole('link', { name: 'Réservations' }).click();
  await page.getByRole('tab', { name: 'À prévenir' }).click();
  const told = page.getByRole('row', { name: /A00044 — Lan Nguyen/ });
  await expect(told).toContainText('Astérix le Gaulois (E000103)');
  await expect(told).toContainText('06 12 34 56 78');
  await expectNoSeriousViolations(page, 'réservations : à prévenir');
  await page.getByRole('button', { name: 'Marquer A00044 comme prévenu pour « Astérix le Gaulois »' }).click();
  await expect(page.getByText('Personne à prévenir : tous les adhérents concernés l’ont été.')).toBeVisible();

  await page.getByRole('tab', { name: 'Nouvelle réservation' }).click();
  await page.getByRole('combobox', { name: 'Adhérent' }).fill('dupont');
  await page.getByRole('option', { name: 'A00042 — Hélène Dupont' }).click();
  await page.getByRole('combobox', { name: 'Objet, livre ou jeu' }).fill('perceuse');
  await page.getByRole('option', { name: /^Perceuse à percussion/ }).click();
  await page.getByLabel('À des dates précises').check();
  await page.getByRole('textbox', { name: /^Du/ }).fill(day(10).typed);
  await page.getByRole('textbox', { name: /^Du/ }).press('Tab');
  await page.getByRole('textbox', { name: /^Au/ }).fill(day(12).typed);
  await page.getByRole('textbox', { name: /^Au/ }).press('Tab');
  await expectNoSeriousViolations(page, 'réservations : nouvelle réservation');
  await page.getByRole('button', { name: 'Réserver' }).click();
  await expect(page.getByText(`« Perceuse à percussion » réservé pour A00042 — Mme Dupont du ${day(10).typed} au ${day(12).typed}.`)).toBeVisible();

  await page.getByRole('tab', { name: 'Calendrier' }).click();
  if (day(10).iso.slice(0, 7) !== day(0).iso.slice(0, 7)) await page.getByRole('button', { name: 'Mois suivant' }).click();
  await expect(page.getByText('Perceuse à percussion — A00042').first()).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`du ${day(10).typed} au ${day(12).typed} Perceuse à percussion A00042`) })).toBeVisible();
  await expectNoSeriousViolations(page, 'réservations : calendrier');
});
