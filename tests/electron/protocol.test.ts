import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAppRequestHandler,
  fileForPath,
  registerAppScheme,
  serveAppProtocol,
} from '../../src-main/electron/protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../src-main/http/security.ts';
import { fakeProtocol, tempDir } from './fakes.ts';

const SECRET = 'mot-de-passe-du-serveur';
let dir: ReturnType<typeof tempDir>;
let rendererDir: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  dir = tempDir('voisinage-protocol-');
  rendererDir = join(dir.path, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Voisinage</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("ok")');
  // Neighbours of the renderer folder that must never be served.
  writeFileSync(join(dir.path, 'secret.txt'), SECRET);
  mkdirSync(join(dir.path, 'renderer-evil'));
  writeFileSync(join(dir.path, 'renderer-evil', 'index.html'), SECRET);
  handler = createAppRequestHandler(rendererDir);
});

afterAll(() => dir.remove());

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// scheme registration', () => {
  it('registers app as standard, secure and fetch-capable, without bypassing the CSP or enabling CORS', () => {
    const protocol = fakeProtocol();
    registerAppScheme(protocol);
    expect(protocol.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(protocol.handlers.size).toBe(0);
  });

  it('serves the renderer folder through protocol.handle("app")', async () => {
    const protocol = fakeProtocol();
    serveAppProtocol(protocol, rendererDir);
    expect([...protocol.handlers.keys()]).toEqual(['app']);
    const response = await protocol.handlers.get('app')!(new Request('app://voisinage/index.html'));
    expect(response.status).toBe(200);
  });
});

describe('app:// handler', () => {
  it('serves index.html with the CSP and the right type', async () => {
    const response = await get('app://voisinage/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Voisinage</title>');
  });

  it('serves index.html for the root and assets with their type and the CSP', async () => {
    expect(await (await get('app://voisinage/')).text()).toContain('Voisinage');
    const script = await get('app://voisinage/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://voisinage/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    'app://voisinage/..%2fsecret.txt',
    'app://voisinage/assets/..%2f..%2fsecret.txt',
    'app://voisinage/%2e%2e%2fsecret.txt',
    'app://voisinage/..%5csecret.txt',
    'app://voisinage/..%2frenderer-evil%2findex.html',
    'app://voisinage/%2e%2e/%2e%2e/etc/passwd',
    'app://voisinage/index.html%00.js',
    'app://voisinage/%E0%A4%A',
  ])('refuses to read outside the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('refuses an absolute path given encoded', async () => {
    const response = await get(`app://voisinage/${encodeURIComponent(join(dir.path, 'secret.txt'))}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('refuses another host, a folder, a missing file and non-GET methods', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://voisinage/assets')).status).toBe(404);
    expect((await get('app://voisinage/missing.js')).status).toBe(404);
    expect((await get('app://voisinage/index.html', 'POST')).status).toBe(405);
    expect((await get('app://voisinage/index.html', 'DELETE')).status).toBe(405);
  });

  it('maps URL paths inside the folder only', () => {
    expect(fileForPath('/srv/r', '/')).toBe(join('/srv/r', 'index.html'));
    expect(fileForPath('/srv/r', '/assets/a.js')).toBe(join('/srv/r', 'assets', 'a.js'));
    expect(fileForPath('/srv/r', '/..%2Fr-evil/x')).toBeNull();
    expect(fileForPath('/srv/r', '/assets/..%2F..%2Fx')).toBeNull();
    expect(fileForPath('/srv/r', '/%2e%2e')).toBeNull();
  });
});
