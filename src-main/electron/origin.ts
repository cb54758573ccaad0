/**
 * The app's own origin. The renderer is served from `app://voisinage/` (never `file://`), so that the CSP, the
 * navigation guard and the IPC sender check all compare against one scheme and one host.
 *
 * In the main process `new URL('app://voisinage/').origin` is the string 'null' (a custom scheme is opaque to
 * Node's URL parser): always compare the protocol and the host, never `origin`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'voisinage';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for `app://voisinage/...`: not another host, not file://, not http(s). */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** Only https links may leave the app, and only to the system browser. */
export function isExternalHttpsUrl(url: string): boolean {
  return parseUrl(url)?.protocol === 'https:';
}
