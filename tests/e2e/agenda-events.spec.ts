import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Locator } from '@playwright/test';
import { expectNoSeriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** The first Wednesday at least a week from today (local): ISO, typed on screen (JJ/MM/AAAA), and its day number. */
function nextWednesday() {
  const date = new Date();
  date.setDate(date.getDate() + 7 + ((3 - date.getDay() + 7) % 7));
  const [y, m, d] = [date.getFullYear(), pad(date.getMonth() + 1), pad(date.getDate())];
  return { iso: `${y}-${m}-${d}`, typed: `${d}/${m}/${y}`, date };
}

/** Picks an option of a Mantine select inside a dialog (its options open in a portal of the page). */
async function choose(dialog: Locator, label: string | RegExp, option: string | RegExp) {
  await dialog.getByRole('combobox', { name: label }).click();
  await dialog.page().getByRole('option', { name: option }).click();
}

test('plans a weekly tutoring series, refuses a double booking, shows it in every view and exports it as iCalendar', async ({ page, app }) => {
  const created = await app.api.invoke('residences.create', { name: 'Les Tilleuls', address: '3 allée des Tilleuls', postcode: '80000', city: 'Amiens', qpvCode: 'QN08003M', dwellings: [] });
  expect(created.ok).toBe(true);
  const wednesday = nextWednesday();

  await app.open(page, '/agenda/');
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
  await expectNoSeriousViolations(page, 'agenda calendar (empty)');

  // A weekly tutoring series, capacity 8, in the conciergerie's room.
  await page.getByRole('button', { name: 'Nouvel événement' }).click();
  const form = page.getByRole('dialog', { name: 'Nouvel événement' });
  await form.getByLabel('Titre').fill('Soutien scolaire');
  await choose(form, 'Catégorie', 'Soutien scolaire');
  await choose(form, 'Salle', /^Salle de la conciergerie/);
  await form.getByRole('checkbox', { name: 'Répéter (série)' }).check();
  await form.getByRole('textbox', { name: 'À partir du' }).fill(wednesday.typed);
  await form.getByLabel('Début').fill('14:00');
  await form.getByLabel(/^Fin/).fill('16:00');
  await form.getByLabel('Capacité (places)').fill('8');
  await expect(form.getByText(/^14 séances, du /)).toBeVisible();
  await expectNoSeriousViolations(page, 'event form (series)');
  await form.getByRole('button', { name: 'Créer la série' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Soutien scolaire' })).toBeVisible();
  await expect(page.getByText('Séances de la série')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Pointage à l’entrée' })).toBeVisible();
  await expectNoSeriousViolations(page, 'event page');

  // The same room at an overlapping time is refused, naming the session.
  await page.getByRole('link', { name: 'Retour à l’agenda' }).click();
  await page.getByRole('button', { name: 'Nouvel événement' }).click();
  const other = page.getByRole('dialog', { name: 'Nouvel événement' });
  await other.getByLabel('Titre').fill('Réunion des locataires');
  await choose(other, 'Salle', /^Salle de la conciergerie/);
  await other.getByRole('textbox', { name: 'Date' }).fill(wednesday.typed);
  await other.getByLabel('Début').fill('15:00');
  await other.getByLabel(/^Fin/).fill('17:00');
  await other.getByLabel('Capacité (places)').fill('10');
  await other.getByRole('button', { name: 'Créer l’événement' }).click();
  await expect(page.getByText(/La Salle de la conciergerie est déjà réservée le mercredi .* de 14:00 à 16:00 pour « Soutien scolaire »/)).toBeVisible();
  await other.getByRole('button', { name: 'Annuler' }).click();

  // Month, week and list views.
  const month = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric' }).format(wednesday.date);
  const sessionName = new RegExp(`^Soutien scolaire, mercredi ${wednesday.date.getDate()} .*14:00–16:00$`);
  for (let i = 0; i < 2 && !(await page.getByRole('heading', { level: 2, name: new RegExp(month, 'i') }).isVisible()); i++) {
    await page.getByRole('button', { name: 'Mois suivant' }).click();
  }
  await expect(page.getByRole('link', { name: sessionName })).toBeVisible();
  await expectNoSeriousViolations(page, 'agenda month view');
  await page.getByText('Semaine', { exact: true }).click();
  await page.getByRole('button', { name: 'Aujourd’hui' }).click();
  await page.getByRole('button', { name: 'Semaine suivante' }).click();
  await expect(page.getByRole('link', { name: sessionName })).toBeVisible();
  await expectNoSeriousViolations(page, 'agenda week view');
  await page.getByText('Liste', { exact: true }).click();
  await expect(page.getByRole('link', { name: 'Soutien scolaire' })).toHaveCount(14);
  await page.getByLabel('Rechercher un événement').fill('réunion');
  await expect(page.getByText('0 résultat')).toBeVisible();
  await expectNoSeriousViolations(page, 'agenda list view');

  // The iCalendar file opens in a standard parser with the right instants.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en iCalendar (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^agenda-tout-\d{4}-\d{2}-\d{2}\.ics$/);
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(await file.path(), 'utf8')));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  expect(events).toHaveLength(14);
  const first = events.find((event) => event.startDate.toString().startsWith(wednesday.iso))!;
  expect(first.summary).toBe('Soutien scolaire');
  expect(first.startDate.zone.tzid).toBe('Europe/Paris');
  expect(first.startDate.toJSDate().getTime()).toBe(parisInstant(wednesday.iso, '14:00'));
});

test('rooms: office staff add a room and archive it', async ({ page, app }) => {
  await app.open(page, '/agenda/salles');
  await expect(page.getByRole('heading', { level: 1, name: 'Salles' })).toBeVisible();
  await expectNoSeriousViolations(page, 'agenda rooms');
  await page.getByRole('button', { name: 'Ajouter une salle' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ajouter une salle' });
  await dialog.getByLabel('Nom').fill('Atelier bleu');
  await dialog.getByLabel('Capacité').fill('10');
  await dialog.getByRole('button', { name: 'Ajouter une salle' }).click();
  await expect(page.getByRole('cell', { name: 'Atelier bleu', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Archiver Atelier bleu' }).click();
  await expect(page.getByRole('cell', { name: 'Atelier bleu', exact: true })).toHaveCount(0);
});

/** The UTC instant of a Paris wall-clock time, computed independently of the app (Intl's offset for that day). */
function parisInstant(day: string, time: string): number {
  const guess = Date.parse(`${day}T${time}:00Z`);
  const offsetName = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' }).formatToParts(new Date(guess)).find((p) => p.type === 'timeZoneName')!.value;
  const [, sign, hours, minutes] = /GMT([+-])(\d{2}):(\d{2})/.exec(offsetName)!;
  return guess - (sign === '+' ? 1 : -1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
}
