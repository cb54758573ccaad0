import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend, type Connection } from '../../src-main/core/backend.ts';
import type { InputOf, OutputOf } from '../../src-main/core/contract.ts';
import type { AppContract, MethodName } from '../../src-main/contract.ts';
import { startBrowserServer, type BrowserServer } from '../../src-main/http/server.ts';

const RENDERER_DIR = join(import.meta.dirname, '../..', process.env.VOISINAGE_OUT_DIR ?? 'out', 'renderer');

export const ADMIN = { login: 'admin', displayName: 'Camille Admin', password: 'mot-de-passe-admin' };

interface AppFixture {
  backend: Backend;
  server: BrowserServer;
  /** An administrator's own connection, to prepare data without going through the screens. */
  api: Connection;
  /** Opens the app as the browser mode's printed URL would (token in the fragment), without signing in. */
  visit(page: Page): Promise<void>;
  /** Opens the app and signs in (the administrator by default), then goes to `path`. */
  open(page: Page, path?: string, account?: { login: string; password: string }): Promise<void>;
}

export async function signIn(page: Page, account: { login: string; password: string }): Promise<void> {
  await page.getByLabel('Identifiant').fill(account.login);
  await page.getByLabel('Mot de passe').fill(account.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Prepares data through a connection (`app.api`), typed by the contract; a refusal fails the test with its message. */
export async function ok<M extends MethodName>(connection: Pick<Connection, 'invoke'>, method: M, input: InputOf<AppContract, M>): Promise<OutputOf<AppContract, M>> {
  const result = await connection.invoke(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.data as OutputOf<AppContract, M>;
}

/** Each test gets its own office: a fresh database in a temp dir, the real backend, the real renderer over HTTP. */
export const test = base.extend<{ app: AppFixture; setupAdmin: boolean }>({
  /** false to start on a database where nobody has been created yet (first run). */
  setupAdmin: [true, { option: true }],
  app: async ({ setupAdmin }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'voisinage-e2e-'));
    const backend = createBackend({ dataDir, checkOutputs: true });
    const server = await startBrowserServer({ backend, staticDir: RENDERER_DIR });
    const api = backend.connect();
    if (setupAdmin) expect((await api.invoke('auth.setup', ADMIN)).ok).toBe(true);
    const visit = async (page: Page) => {
      await page.goto(`${server.url}`);
    };
    await use({
      backend,
      server,
      api,
      visit,
      open: async (page, path = '/residences', account = ADMIN) => {
        await visit(page);
        await signIn(page, account);
        await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
        if (path !== '/residences') await page.evaluate((hash) => (window.location.hash = hash), path);
      },
    });
    await server.close();
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
