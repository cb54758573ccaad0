import type { Connection } from '../../src-main/core/backend.ts';
import { seedResidence } from '../unit/people-fixtures.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { expect, ok, test } from './fixtures.ts';

/** Two residences, a lonely tenant in a T4, a large family in a T2, a non-tenant member. */
async function prepare(api: Connection) {
  const tilleuls = await seedResidence(api, { name: 'Les Tilleuls' }, [
    { internalId: 'TIL-4', typology: 'T4', floor: 2 },
    { internalId: 'TIL-2', typology: 'T2', floor: 0 },
  ]);
  await seedResidence(api, { name: 'Résidence Saint-Ladre', address: '12 rue Saint-Ladre' }, [{ internalId: 'SL-1', typology: 'T3', floor: 1 }]);
  const tenant = (name: string, dwellingId: number, people: { familyName: string; firstName: string }[]) =>
    ok(api, 'households.create', {
      name,
      isTenant: true,
      dwelling: { dwellingId, enteredOn: '2010-01-01' },
      people: people.map((person, index) => ({ ...person, role: index === 0 ? 'holder' : 'child' })),
    });
  const martin = await tenant('Martin', tilleuls.dwellingIds['TIL-4']!, [{ familyName: 'Martin', firstName: 'Josette' }]);
  const diallo = await tenant(
    'Diallo',
    tilleuls.dwellingIds['TIL-2']!,
    ['Awa', 'Moussa', 'Fatou', 'Ibrahim', 'Mariam'].map((firstName) => ({ familyName: 'Diallo', firstName })),
  );
  return { martin, diallo };
}

test('the skills directory answers "who can help with sewing in Les Tilleuls?" without accents', async ({ app, page }) => {
  const { martin, diallo } = await prepare(app.api);
  await ok(app.api, 'skills.add', { personId: martin.people[0]!.id, direction: 'offer', category: 'couture', label: 'Retouches et ourlets', availability: 'Le mercredi' });
  await ok(app.api, 'skills.add', { personId: diallo.people[0]!.id, direction: 'want', category: 'couture', label: 'Réparer un manteau' });
  await ok(app.api, 'skills.add', { personId: diallo.people[1]!.id, direction: 'offer', category: 'bricolage', label: 'Réparation de vélos' });

  await app.open(page, '/foyers/competences');
  await expect(page.getByRole('heading', { level: 1, name: 'Savoir-faire et entraide' })).toBeVisible();
  await expect(page.getByText('2 résultats')).toBeVisible(); // "Propose" by default
  await expectNoSeriousViolations(page, 'savoir-faire');

  await page.getByLabel('Rechercher un savoir-faire').fill('velo');
  await expect(page.getByRole('row').filter({ hasText: 'Moussa Diallo' })).toContainText('Réparation de vélos');
  await expect(page.getByText('1 résultat', { exact: true })).toBeVisible();

  await page.getByLabel('Rechercher un savoir-faire').fill('');
  await page.getByRole('combobox', { name: 'Catégorie' }).click();
  await page.getByRole('option', { name: 'Couture' }).click();
  await page.getByRole('combobox', { name: 'Résidence' }).click();
  await page.getByRole('option', { name: 'Les Tilleuls' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Josette Martin' })).toContainText('Retouches et ourlets');
  await expect(page.getByText('1 résultat', { exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, 'savoir-faire filtrés');
});

test('the exchanges screen shows the possible swap, explained in French', async ({ app, page }) => {
  const { martin, diallo } = await prepare(app.api);
  await ok(app.api, 'exchange.set', { householdId: martin.id, reason: 'too_big', needs: ['same_residence'] });
  await ok(app.api, 'exchange.set', { householdId: diallo.id, reason: 'too_small', wantedTypology: 'T4' });

  await app.open(page, '/foyers/echanges');
  await expect(page.getByRole('heading', { level: 1, name: 'Échanges de logement' })).toBeVisible();
  const match = page.getByRole('heading', { name: 'Foyer Martin (T4, 1 personne) ↔ Foyer Diallo (T2, 5 personnes)' });
  await expect(match).toBeVisible();
  await expect(page.getByText('Foyer Diallo : T4 souhaité, le logement proposé est un T4.')).toBeVisible();
  await expect(page.getByText('Foyer Martin : reste dans la résidence Les Tilleuls, comme souhaité.')).toBeVisible();
  await expectNoSeriousViolations(page, 'échanges possibles');

  await page.getByRole('tab', { name: 'Souhaits d’échange' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Diallo' })).toContainText('Sur-occupé');
  await expect(page.getByRole('row').filter({ hasText: 'Martin' })).toContainText('Sous-occupé');
  await expectNoSeriousViolations(page, 'souhaits d’échange');
});

test('a dwelling records whether a lift serves it, for the exchanges of people who can no longer climb stairs', async ({ app, page }) => {
  await prepare(app.api);
  await app.open(page);
  await page.getByRole('link', { name: 'Les Tilleuls' }).click();
  await page.getByRole('button', { name: 'Modifier le logement TIL-4' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('combobox', { name: 'Ascenseur' })).toHaveValue('Non renseigné');
  await dialog.getByRole('combobox', { name: 'Ascenseur' }).click();
  await page.getByRole('option', { name: 'Oui' }).click();
  await expectNoSeriousViolations(page, 'logement avec ascenseur');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  const residence = await ok(app.api, 'residences.get', { id: 1 });
  expect(residence.dwellings.map((d) => [d.internalId, d.hasLift])).toEqual([
    ['TIL-2', null],
    ['TIL-4', true],
  ]);
});
