import { expect, test } from './fixtures.ts';

const MODULES = ['Résidences', 'Foyers', 'Conciergerie', 'Club des locataires', 'Agenda', 'Export fédération', 'Paramètres'];

test('every module is in the navigation and opens its screen', async ({ app, page }) => {
  await app.open(page);
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  for (const module of MODULES) {
    await nav.getByRole('link', { name: module }).click();
    await expect(nav.getByRole('link', { name: module })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByText('404')).toHaveCount(0);
  }
});

test('the interface switches to English and back', async ({ app, page }) => {
  await app.open(page);
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Residences' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByText('FR', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Résidences' })).toBeVisible();
});

test('the keyboard reaches the skip link first, then the navigation', async ({ app, page }) => {
  await app.open(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#contenu')).toBeFocused();
});

test('the browser-mode API refuses a request without the session token', async ({ app, request }) => {
  const refused = await request.post(`${app.server.origin}/api/invoke`, { data: { method: 'residences.list', input: {} } });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe('UNAUTHENTICATED');
  const withToken = (method: string) =>
    request.post(`${app.server.origin}/api/invoke`, { data: { method, input: {} }, headers: { 'x-voisinage-token': app.server.token } });
  expect(await (await withToken('system.info')).json()).toMatchObject({ ok: true });
  // The token opens the door to the app, not to the data: that still needs a signed-in staff member.
  expect(await (await withToken('residences.list')).json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
});
