import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../src-main/core/backend.ts';
import { startBrowserServer, type BrowserServer } from '../../src-main/http/server.ts';

const RENDERER_DIR = join(import.meta.dirname, '../../out/renderer');

interface AppFixture {
  backend: Backend;
  server: BrowserServer;
  /** Opens the app as the browser mode's printed URL would (token in the fragment). */
  open(page: Page, path?: string): Promise<void>;
}

/** Each test gets its own office: a fresh database in a temp dir, the real backend, the real renderer over HTTP. */
export const test = base.extend<{ app: AppFixture }>({
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'voisinage-e2e-'));
    const backend = createBackend({ dataDir, checkOutputs: true });
    const server = await startBrowserServer({ backend, staticDir: RENDERER_DIR });
    await use({
      backend,
      server,
      open: async (page, path = '/residences') => {
        await page.goto(`${server.url}`);
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
