import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Backend } from '../../src-main/core/backend.ts';
import { type BrowserServer, startBrowserServer, TOKEN_HEADER } from '../../src-main/http/server.ts';
import { ADMIN, newBackend, residenceInput, rowCounts, tempDir } from './helpers.ts';

const INDEX_HTML = '<!doctype html><html lang="fr"><title>Voisinage</title><div id="root"></div></html>';

interface Started {
  backend: Backend;
  server: BrowserServer;
  port: number;
}

/** The real backend behind the real browser-mode server, on a free port, with a built-renderer stand-in. */
async function startServer(): Promise<Started> {
  const dir = tempDir();
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(dir, 'secret.txt'), 'not for the browser');
  const backend = await newBackend(join(dir, 'data'));
  const server = await startBrowserServer({ backend, staticDir });
  onTestFinished(() => server.close());
  const started = { backend, server, port: Number(new URL(server.origin).port) };
  // The launch's own session starts signed out, like a fresh window: sign in through HTTP as a person would.
  const signIn = await invoke(started, 'auth.login', { login: ADMIN.login, password: ADMIN.password });
  expect(JSON.parse(signIn.body)).toMatchObject({ ok: true });
  return started;
}

const corsHeaders = (headers: IncomingHttpHeaders) => Object.keys(headers).filter((name) => name.startsWith('access-control-'));

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * One HTTP exchange with node:http (fetch cannot set Host). The raw path is sent as given.
 * Every answer is checked for the absence of CORS headers: no response of this server may carry one.
 */
function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string; noHost?: boolean },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: options.headers,
        setHost: !options.noHost,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          try {
            expect(corsHeaders(res.headers), `CORS header on ${options.method ?? 'GET'} ${options.path}`).toEqual([]);
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function invoke(started: Started, method: string, input: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return send(started.port, {
    method: 'POST',
    path: '/api/invoke',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: started.server.token, ...headers },
    body: JSON.stringify({ method, input }),
  });
}

describe('browser-mode server: API access', () => {
  it('answers the envelope of the backend to a request carrying the token', async () => {
    const started = await startServer();
    const created = await invoke(started, 'residences.create', residenceInput());
    expect(created.status).toBe(200);
    expect(created.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, data: { name: 'Les Tilleuls' } });

    const refused = JSON.parse((await invoke(started, 'residences.create', { name: '' })).body);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(rowCounts(started.backend).residences).toBe(1);
  });

  it('refuses a request without the token, or with a wrong one, with 401 and runs nothing', async () => {
    const started = await startServer();
    const body = JSON.stringify({ method: 'residences.create', input: residenceInput() });
    const without = await send(started.port, { method: 'POST', path: '/api/invoke', headers: { 'content-type': 'application/json' }, body });
    const wrong = await invoke(started, 'residences.create', residenceInput(), { [TOKEN_HEADER]: `${started.server.token.slice(0, -1)}x` });
    const empty = await invoke(started, 'residences.create', residenceInput(), { [TOKEN_HEADER]: '' });

    for (const answer of [without, wrong, empty]) {
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
    expect(rowCounts(started.backend)).toEqual({ residences: 0, dwellings: 0 });
  });

  it('uses a long random token per launch, carried in the URL fragment only', async () => {
    const first = await startServer();
    const second = await startServer();
    expect(first.server.token).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(first.server.token).not.toBe(second.server.token);
    expect(first.server.url).toBe(`${first.server.origin}/#token=${first.server.token}`);
  });

  it('refuses a Host header that is not its own loopback name with 421 (DNS rebinding), even with the token', async () => {
    const started = await startServer();
    for (const host of ['evil.example', `evil.example:${started.port}`, `127.0.0.1:${started.port + 1}`, `127.0.0.1.evil.example:${started.port}`]) {
      const api = await invoke(started, 'residences.create', residenceInput(), { host });
      const page = await send(started.port, { path: '/', headers: { host } });
      expect([api.status, page.status], `Host: ${host}`).toEqual([421, 421]);
    }
    const noHost = await send(started.port, { method: 'POST', path: '/api/invoke', noHost: true, headers: { [TOKEN_HEADER]: started.server.token, 'content-type': 'application/json' }, body: JSON.stringify({ method: 'residences.create', input: residenceInput() }) });
    expect(noHost.status).toBeGreaterThanOrEqual(400);
    expect(rowCounts(started.backend).residences).toBe(0);
    // Its own names are accepted.
    expect((await invoke(started, 'system.info', {}, { host: `localhost:${started.port}` })).status).toBe(200);
  });

  it('sends no CORS header, even to a preflight from another origin', async () => {
    const started = await startServer();
    const preflight = await send(started.port, {
      method: 'OPTIONS',
      path: '/api/invoke',
      headers: {
        origin: 'http://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': `content-type, ${TOKEN_HEADER}`,
      },
    });
    expect(preflight.status).toBeGreaterThanOrEqual(400); // a preflight needs a 2xx to succeed
    const cross = await invoke(started, 'system.info', {}, { origin: 'http://evil.example' });
    expect(cross.status).toBe(200); // answered, but without Access-Control-Allow-Origin the page cannot read it
    const page = await send(started.port, { method: 'OPTIONS', path: '/', headers: { origin: 'http://evil.example' } });
    expect(page.status).toBe(405);
  });

  it('refuses a body that is not JSON, or names no method, and runs nothing', async () => {
    const started = await startServer();
    const headers = { [TOKEN_HEADER]: started.server.token };
    const body = JSON.stringify({ method: 'residences.create', input: residenceInput() });
    const asText = await send(started.port, { method: 'POST', path: '/api/invoke', headers: { ...headers, 'content-type': 'text/plain' }, body });
    const asForm = await send(started.port, {
      method: 'POST',
      path: '/api/invoke',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    const broken = await send(started.port, {
      method: 'POST',
      path: '/api/invoke',
      headers: { ...headers, 'content-type': 'application/json' },
      body: body.slice(0, -2),
    });
    const noMethod = await send(started.port, {
      method: 'POST',
      path: '/api/invoke',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ input: residenceInput() }),
    });

    expect([asText.status, asForm.status, broken.status, noMethod.status]).toEqual([415, 415, 400, 400]);
    for (const answer of [asText, asForm, broken, noMethod]) {
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(rowCounts(started.backend).residences).toBe(0);
  });
});

describe('browser-mode server: network and static files', () => {
  it('listens on 127.0.0.1 only', async () => {
    const started = await startServer();
    expect(new URL(started.server.origin).hostname).toBe('127.0.0.1');
    const otherAddresses = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && (!address.internal || address.family === 'IPv6') && !address.address.startsWith('fe80'))
      .map((address) => address!.address);
    for (const address of otherAddresses) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: address, port: started.port, timeout: 1000 });
        socket.on('connect', () => resolve(true)).on('error', () => resolve(false)).on('timeout', () => resolve(false));
        onTestFinished(() => void socket.destroy());
      });
      expect(reached, `reachable on ${address}`).toBe(false);
    }
  });

  it('serves the renderer with the Content-Security-Policy and safe headers', async () => {
    const started = await startServer();
    for (const path of ['/', '/index.html']) {
      const page = await send(started.port, { path });
      expect(page.status).toBe(200);
      expect(page.body).toBe(INDEX_HTML);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['content-security-policy']).toContain("default-src 'none'");
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
      expect(page.headers['x-content-type-options']).toBe('nosniff');
    }
    expect((await send(started.port, { path: '/missing.js' })).status).toBe(404);
    expect((await send(started.port, { method: 'POST', path: '/' })).status).toBe(405);
  });

  it.each([
    '/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/..%2f..%2fetc/passwd',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/../secret.txt',
    '/%00',
    '/%E0%A4%A', // malformed percent-encoding
  ])('refuses to serve %s from outside the renderer folder, and keeps serving', async (path) => {
    const started = await startServer();
    const answer = await send(started.port, { path });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.body).not.toContain('not for the browser');
    expect(answer.body).not.toContain('root:');
    expect((await send(started.port, { path: '/' })).status).toBe(200);
  });
});

describe('browser-mode server: events', () => {
  it("streams a 'changed' event to a token holder after a write", async () => {
    const started = await startServer();
    const refused = await send(started.port, { path: '/api/events' });
    expect(refused.status).toBe(401);

    const received = new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: started.port, path: '/api/events', headers: { [TOKEN_HEADER]: started.server.token } },
        (res) => {
          if (res.statusCode !== 200 || res.headers['content-type'] !== 'text/event-stream' || corsHeaders(res.headers).length) {
            reject(new Error(`unexpected answer ${res.statusCode} ${JSON.stringify(res.headers)}`));
          }
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.startsWith(': ok') && !text.includes('data:')) {
              void invoke(started, 'residences.list', {}).then(() => invoke(started, 'residences.create', residenceInput()));
            }
            const event = /data: (.*)\n\n/.exec(text);
            if (event) {
              resolve(event[1] as string);
              req.destroy();
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });

    // The read is not announced; the write is.
    expect(JSON.parse(await received)).toEqual({ type: 'changed', method: 'residences.create' });
  });
});
