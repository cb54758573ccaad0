import type { Page } from '@playwright/test';
import { seedMember } from '../unit/conciergerie-fixtures.ts';
import { seedEvent } from '../unit/agenda-registrations-seeds.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { expect, ok, test } from './fixtures.ts';

/*
 * The judged path of registrations: a weekly tutoring series of 8 seats, 10 children registered through the screen
 * (8 in, 2 waiting), a cancellation that promotes the first waiting, check-in at the door by member cards with live
 * counts, and the household page listing the events attended.
 */

/** Local calendar day, `days` from today, as ISO; and its ISO weekday (1 = Monday). */
function day(days: number): { iso: string; weekday: number } {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return { iso: date.toLocaleDateString('sv-SE'), weekday: ((date.getDay() + 6) % 7) + 1 };
}

const CHILDREN = [
  ['Léa', 'Abadie'],
  ['Noé', 'Bernard'],
  ['Inès', 'Caron'],
  ['Adam', 'Diallo'],
  ['Jade', 'Etienne'],
  ['Hugo', 'Fabre'],
  ['Lina', 'Garnier'],
  ['Tom', 'Hamel'],
  ['Chloé', 'Idrissi'],
  ['Yanis', 'Joly'],
] as const;

async function registerChild(page: Page, firstName: string, familyName: string) {
  await page.getByRole('button', { name: 'Inscrire', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Chercher une personne').fill(`${firstName} ${familyName}`);
  await dialog.getByRole('button', { name: `Inscrire ${firstName} ${familyName}` }).click();
  await dialog.getByRole('button', { name: 'Inscrire', exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('a tutoring series filled through the screen, its waiting list, promotion, door check-in and the household page', async ({ app, page }) => {
  test.setTimeout(120_000);
  const file = app.backend.databaseFile;
  const children = CHILDREN.map(([firstName, familyName], index) => ({
    firstName,
    familyName,
    number: `A${String(index + 1).padStart(5, '0')}`,
    memberId: seedMember(file, { number: `A${String(index + 1).padStart(5, '0')}`, familyName, firstName, membership: null }),
  }));
  const rooms = await ok(app.api, 'agenda.rooms.list', {});
  const first = day(7);
  const series = await ok(app.api, 'agenda.series.create', {
    title: 'Aide aux devoirs',
    category: 'tutoring',
    roomId: rooms.rows[0]!.id,
    audience: 'all',
    capacity: 8,
    startTime: '14:00',
    endTime: '16:00',
    rule: { frequency: 'weekly', weekday: first.weekday, startsOn: first.iso, untilOn: day(35).iso },
  });
  const eventId = series.firstEventId!;

  await app.open(page, `/agenda/evenements/${eventId}`);
  await expect(page.getByRole('heading', { name: 'Participants' })).toBeVisible();
  for (const child of children) await registerChild(page, child.firstName, child.familyName);
  await expect(page.getByRole('status').filter({ hasText: 'Complet : Yanis Joly en liste d’attente' })).toContainText('position 2');
  await expect(page.getByText('8 / 8 places')).toBeVisible();
  await expect(page.getByText('2 en liste d’attente').first()).toBeVisible();
  const waiting = page.getByRole('table').nth(1);
  await expect(waiting.getByRole('row').nth(1)).toContainText('Chloé Idrissi');
  await expect(waiting.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('1');
  await expect(waiting.getByRole('row').nth(2)).toContainText('Yanis Joly');
  await expect(waiting.getByRole('row').nth(2).getByRole('cell').first()).toHaveText('2');
  await expectNoSeriousViolations(page, 'participants');

  // Noé cancels: Chloé, first waiting, gets the seat.
  await page.getByRole('button', { name: 'Annuler l’inscription de Noé Bernard' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Annuler l’inscription' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Chloé Idrissi passe de la liste d’attente aux inscrits.' })).toBeVisible();
  await expect(page.getByText('1 en liste d’attente').first()).toBeVisible();

  // The door: cards scanned, counts live.
  await page.getByRole('link', { name: 'Pointage à l’entrée' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pointage : Aide aux devoirs' })).toBeVisible();
  const card = page.getByLabel('Carte d’adhérent');
  await expect(card).toBeFocused();
  await card.fill('a00001');
  await card.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Bienvenue Léa Abadie : présence enregistrée.' })).toBeVisible();
  await expect(page.getByText('1 participant présent')).toBeVisible();
  await card.fill('A00009');
  await card.press('Enter');
  await expect(page.getByText('2 participants présents')).toBeVisible();
  await expect(page.getByText('2 foyers distincts')).toBeVisible();
  await card.fill('A00001');
  await card.press('Enter');
  await expect(page.getByRole('status')).toContainText('présence déjà enregistrée');
  await expect(page.getByText('2 participants présents')).toBeVisible();
  await card.fill('A00099');
  await card.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Aucun adhérent n’a le numéro A00099' })).toBeVisible();
  await expect(card).toBeFocused();
  await expectNoSeriousViolations(page, 'door check-in');

  // Léa's household page: the tutoring to come, and a café she attended earlier today.
  const lea = children[0]!;
  const member = await ok(app.api, 'members.get', { id: lea.memberId });
  const householdId = member.household.id;
  // Earlier today (00:00–00:01): over, and in this year's count.
  const cafe = seedEvent(file, { title: 'Café rencontre', startsAt: `${day(0).iso}T00:00`, endsAt: `${day(0).iso}T00:01`, capacity: null });
  const cafeRegistration = await ok(app.api, 'agenda.registrations.register', { eventId: cafe, who: { kind: 'person', personId: member.person.id } });
  await ok(app.api, 'agenda.registrations.setAttended', { id: cafeRegistration.id, attended: true });
  await page.evaluate((hash) => (window.location.hash = hash), `/foyers/${householdId}`);
  const agenda = page.getByRole('heading', { name: 'Agenda', level: 2 }).locator('xpath=ancestor::div[contains(@class, "Paper")][1]');
  await expect(agenda).toBeVisible();
  await expect(agenda.getByRole('table').first()).toContainText('Aide aux devoirs');
  await expect(agenda.getByRole('table').last()).toContainText('Café rencontre');
  await expect(agenda.getByRole('table').last()).toContainText('Présent');
  await expect(agenda).toContainText(`1 événement suivi en ${day(0).iso.slice(0, 4)}`);
  await expectNoSeriousViolations(page, 'household agenda');
});
