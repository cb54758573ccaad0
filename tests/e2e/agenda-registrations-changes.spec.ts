import type { InputOf } from '../../src-main/core/contract.ts';
import type { AppContract } from '../../src-main/contract.ts';
import { openTill, seedMember } from '../unit/conciergerie-fixtures.ts';
import { seedEvent } from '../unit/agenda-registrations-seeds.ts';
import { seedHousehold } from '../unit/people-fixtures.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { expect, ok, test } from './fixtures.ts';

/*
 * Changing a registration after the fact, through the event's page: a household's seats lowered with the keyboard
 * (the waiting list moves up and the screen says who got in; too many seats are refused inside the modal), and a
 * guest attached to the person found on file.
 */

/** A local day a week ahead, as ISO. */
const nextWeek = () => {
  const date = new Date();
  date.setDate(date.getDate() + 7);
  return date.toLocaleDateString('sv-SE');
};

test('seats of a household changed through the modal, and a guest attached to a person on file', async ({ app, page }) => {
  test.setTimeout(90_000);
  const file = app.backend.databaseFile;
  const eventId = seedEvent(file, { title: 'Atelier cuisine', startsAt: `${nextWeek()}T14:00`, capacity: 5 });
  const register = (who: InputOf<AppContract, 'agenda.registrations.register'>['who']) => ok(app.api, 'agenda.registrations.register', { eventId, who });
  const martin = seedHousehold(file, { name: 'Martin', dwellingId: null, people: ['Paul', 'Julie', 'Léa'].map((firstName) => ({ familyName: 'Martin', firstName })) });
  const bernard = seedHousehold(file, { name: 'Bernard', dwellingId: null, people: [{ familyName: 'Bernard', firstName: 'Noé' }] });
  await register({ kind: 'household', householdId: martin.householdId, seats: 3 });
  await register({ kind: 'guest', name: 'Mme Ndiaye', phone: '06 12 34 56 78' });
  await register({ kind: 'guest', name: 'M. Leroy', phone: '06 98 76 54 32' });
  await register({ kind: 'person', personId: bernard.personIds[0]! });
  seedMember(file, { number: 'A00042', familyName: 'Ndiaye', firstName: 'Awa' });

  await app.open(page, `/agenda/evenements/${eventId}`);
  await expect(page.getByText('5 / 5 places')).toBeVisible();
  const waiting = page.getByRole('table').nth(1);
  await expect(waiting.getByRole('row').nth(1)).toContainText('Noé Bernard');

  // The keyboard alone: the row's "Places" button, the number (focused on opening), Enter.
  const seatsButton = page.getByRole('button', { name: 'Changer les places de Foyer Martin (3 personnes)' });
  await expect(seatsButton).toHaveText('Places');
  await seatsButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Places : Foyer Martin (3 personnes)' });
  const seats = dialog.getByLabel('Nombre de places');
  await expect(seats).toBeFocused();
  await expect(dialog).toContainText('Actuellement : 3 places');
  await expect(dialog).toContainText('0 place libre en ce moment.');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('4');
  await expect(dialog).toContainText('Ne tient pas : le foyer garde ses places actuelles.');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('« Atelier cuisine » est complet : le foyer Martin garde ses 3 places.');
  await expectNoSeriousViolations(page, 'seats modal');

  await seats.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('2');
  await expect(dialog).toContainText('1 place rendue : la liste d’attente avance aussitôt.');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Foyer Martin : 2 places au lieu de 3.' })).toContainText('Noé Bernard passe de la liste d’attente aux inscrits.');
  await expect(page.getByText('Personne n’attend.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Changer les places de Foyer Martin (2 personnes)' })).toBeVisible();

  // Mme Ndiaye has joined the office's records as Awa Ndiaye: her registration becomes Awa's.
  await page.getByRole('button', { name: 'Rattacher à une personne : Mme Ndiaye' }).click();
  const attach = page.getByRole('dialog', { name: 'Rattacher Mme Ndiaye à une personne' });
  await attach.getByLabel('Chercher une personne').fill('awa ndiaye');
  await attach.getByRole('button', { name: 'Rattacher à Awa Ndiaye' }).click();
  await expect(attach).toContainText('Personne choisie : Awa Ndiaye · Ndiaye');
  await expectNoSeriousViolations(page, 'attach modal');
  await attach.getByRole('button', { name: 'Rattacher', exact: true }).click();
  await expect(attach).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Inscription de Mme Ndiaye rattachée à Awa Ndiaye (foyer Ndiaye)' })).toBeVisible();
  const confirmed = page.getByRole('table').first();
  const awa = confirmed.getByRole('row').filter({ hasText: 'Awa Ndiaye' });
  await expect(awa).toContainText('A00042');
  await expect(confirmed).not.toContainText('Mme Ndiaye');
  await expect(confirmed).not.toContainText('06 12 34 56 78');
  await expect(awa.getByRole('button', { name: /Rattacher/ })).toHaveCount(0);
});

test('more seats on a paid registration: the difference taken at the till, its method asked in the modal', async ({ app, page }) => {
  const file = app.backend.databaseFile;
  openTill(file);
  const eventId = seedEvent(file, { title: 'Sortie au zoo', startsAt: `${nextWeek()}T09:00`, capacity: 10, priceCents: 800 });
  const martin = seedHousehold(file, { name: 'Martin', dwellingId: null, people: ['Paul', 'Julie'].map((firstName) => ({ familyName: 'Martin', firstName })) });
  await ok(app.api, 'agenda.registrations.register', { eventId, who: { kind: 'household', householdId: martin.householdId, seats: 2 }, paymentMethod: 'card' });

  await app.open(page, `/agenda/evenements/${eventId}`);
  await page.getByRole('button', { name: 'Changer les places de Foyer Martin (2 personnes)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Places : Foyer Martin (2 personnes)' });
  await dialog.getByLabel('Nombre de places').fill('3');
  await expect(dialog).toContainText('Il restera 7 places libres.');
  await expect(dialog).toContainText('8,00 € de plus à encaisser');
  await dialog.getByRole('button', { name: 'Changer les places' }).click();
  await expect(dialog.getByRole('radiogroup', { name: 'Moyen de paiement' })).toHaveAccessibleDescription(
    'Le foyer Martin passe à 3 places : 8,00 € de plus à encaisser. Choisissez le moyen de paiement.',
  );
  await expectNoSeriousViolations(page, 'seats modal, paid');
  await dialog.getByRole('radio', { name: 'Espèces' }).check();
  await dialog.getByRole('button', { name: 'Changer les places' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Foyer Martin : 3 places au lieu de 2' })).toContainText('qui remplace le reçu');
  await expect(page.getByRole('table').first()).toContainText('Payé (');
});
