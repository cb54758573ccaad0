import type { CustomScheme, Protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../http/security.ts';
import { APP_HOST, APP_SCHEME, parseUrl } from './origin.ts';

/** The part of Electron's `protocol` module this file uses: tests pass a fake. */
export type ProtocolLike = Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;

/**
 * `app://` behaves like https for the renderer: a standard scheme (relative URLs, a real host), a secure context,
 * and `fetch` allowed. It neither bypasses the CSP nor enables CORS.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** Must run before the app's `ready` event (Electron refuses it afterwards). */
export function registerAppScheme(protocol: ProtocolLike): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** Serves the built renderer on `app://voisinage/`; call once the app is ready. */
export function serveAppProtocol(protocol: ProtocolLike, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/**
 * The file under `root` that a URL path names, or null when the path leaves the folder (`..`, an encoded `/` or
 * `\`, an absolute path, another drive) or is malformed.
 */
export function fileForPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const wanted = decoded === '' || decoded === '/' ? 'index.html' : decoded.replace(/^[/\\]+/, '');
  const file = resolve(root, wanted);
  const inside = relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return file;
}

/**
 * The `app://` handler: GET/HEAD of a file of the built renderer, with the app's CSP on every answer. Any other
 * host, a path outside the folder or a missing file is a 404; nothing is ever read outside `rendererDir`.
 */
export function createAppRequestHandler(rendererDir: string): (request: Request) => Promise<Response> {
  const root = resolve(rendererDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Méthode refusée.');
    const url = parseUrl(request.url);
    if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Introuvable.');
    const file = fileForPath(root, url.pathname);
    if (!file) return plain(404, 'Introuvable.');
    try {
      if (!(await stat(file)).isFile()) return plain(404, 'Introuvable.');
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file));
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Referrer-Policy': 'no-referrer',
          'Cache-Control': 'no-cache',
        },
      });
    } catch {
      return plain(404, 'Introuvable.');
    }
  };
}
