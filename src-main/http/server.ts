import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Backend, Connection } from '../core/backend.ts';
import type { Envelope } from '../core/contract.ts';
import { allowedHosts, newSessionToken, sameToken } from './security.ts';
import { serveStatic } from './static.ts';

export interface BrowserServerOptions {
  backend: Backend;
  /** Folder of the built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
}

export interface BrowserServer {
  /** The address to open: it carries the session token in its fragment, which is never sent over the wire. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-voisinage-token';
/** An import file of 20 Mo travels as base64 inside JSON (×4/3): 36 Mo leaves room for it and nothing much larger. */
const MAX_BODY_BYTES = 36 * 1024 * 1024;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function refusal(code: 'UNAUTHENTICATED' | 'VALIDATION', message: string): Envelope<never> {
  return { ok: false, error: { code, message, issues: [] } };
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleInvoke(connection: Connection, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!req.headers['content-type']?.startsWith('application/json')) {
    return sendJson(res, 415, refusal('VALIDATION', 'La requête doit être envoyée en JSON.'));
  }
  const body = await readBody(req);
  if (body === null) return sendJson(res, 413, refusal('VALIDATION', 'La requête est trop volumineuse.'));
  let request: { method?: unknown; input?: unknown };
  try {
    request = JSON.parse(body) as typeof request;
  } catch {
    return sendJson(res, 400, refusal('VALIDATION', 'La requête n’est pas un JSON valide.'));
  }
  if (typeof request?.method !== 'string') {
    return sendJson(res, 400, refusal('VALIDATION', 'La requête doit nommer une opération.'));
  }
  sendJson(res, 200, await connection.invoke(request.method, request.input));
}

/** Streams backend events (server-sent events) so that open screens refresh after a write. */
function handleEvents(backend: Backend, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  res.write(': ok\n\n');
  const unsubscribe = backend.on((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  req.on('close', unsubscribe);
}

/**
 * Browser mode: the same backend and renderer over HTTP, bound to 127.0.0.1 only. Every API call needs the random
 * per-launch token; the Host header must be ours; no CORS header is ever sent, so other sites cannot read answers.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? newSessionToken();
  // One launch, one session: whoever holds the token works as the staff member signed in through it.
  const connection = options.backend.connect();
  let hosts = new Set<string>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!hosts.has(req.headers.host ?? '')) {
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Hôte refusé.');
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
      serveStatic(options.staticDir, url.pathname, res).catch(() => res.headersSent || res.writeHead(400).end()); // e.g. malformed %-encoding
      return;
    }
    const given = req.headers[TOKEN_HEADER];
    if (!sameToken(token, Array.isArray(given) ? given[0] : given)) {
      return sendJson(res, 401, refusal('UNAUTHENTICATED', 'Jeton de session manquant ou invalide : rouvrez Voisinage.'));
    }
    if (url.pathname === '/api/invoke' && req.method === 'POST') {
      handleInvoke(connection, req, res).catch(() => sendJson(res, 500, refusal('VALIDATION', 'Requête interrompue.')));
      return;
    }
    if (url.pathname === '/api/events' && req.method === 'GET') return handleEvents(options.backend, req, res);
    sendJson(res, 404, refusal('VALIDATION', 'Adresse inconnue.'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  hosts = allowedHosts(port);
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    token,
    url: `${origin}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
