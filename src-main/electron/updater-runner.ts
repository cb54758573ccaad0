/*
 * Production helpers for the updater, each written against what it needs (spawn, fetch, Electron's dialog), so that
 * main.ts passes the real ones and tests pass fakes. No Electron import.
 */
import { MAX_SIGNATURE_BYTES } from '../updates/signature.ts';

interface ChildLike {
  once(event: 'spawn', listener: () => void): unknown;
  once(event: 'error', listener: (error: Error) => void): unknown;
  unref(): void;
}

export type SpawnLike = (
  command: string,
  args: string[],
  options: { detached: boolean; stdio: 'ignore'; windowsHide: boolean },
) => ChildLike;

interface InstallerRunnerOptions {
  /** node:child_process spawn. */
  spawn: SpawnLike;
  /** app.quit(): the backend closes on will-quit, then the installer replaces the files. */
  quit(): void;
  platform: NodeJS.Platform;
}

/**
 * Runs a verified NSIS installer and quits. `--updated` tells the installer that this is an update: it lets the
 * closing app exit, keeps the shortcuts, and restarts Voisinage when done.
 */
export function installerRunner(options: InstallerRunnerOptions): (path: string) => Promise<void> {
  return (path) =>
    new Promise<void>((resolve, reject) => {
      if (options.platform !== 'win32') {
        reject(new Error('installer files are Windows installers'));
        return;
      }
      const child = options.spawn(path, ['--updated'], { detached: true, stdio: 'ignore', windowsHide: false });
      child.once('error', reject);
      child.once('spawn', () => {
        child.unref();
        options.quit();
        resolve();
      });
    });
}

export type FetchLike = (
  url: string,
  init: { redirect: 'follow'; signal: AbortSignal; headers: Record<string, string> },
) => Promise<{ ok: boolean; status: number; url: string; text(): Promise<string> }>;

/** Downloads `<installer>.sig` from the feed: https only, small, and within 30 seconds. */
export function signatureFetcher(fetchImpl: FetchLike, timeoutMs = 30_000): (url: string) => Promise<string> {
  return async (url) => {
    if (new URL(url).protocol !== 'https:') throw new Error('signature address is not https');
    const response = await fetchImpl(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'Cache-Control': 'no-cache' },
    });
    if (!response.ok) {
      throw Object.assign(new Error(`signature HTTP ${response.status}`), { code: `HTTP_ERROR_${response.status}` });
    }
    if (response.url && new URL(response.url).protocol !== 'https:') throw new Error('signature redirected off https');
    const text = await response.text();
    if (text.length > MAX_SIGNATURE_BYTES) throw new Error('signature too large');
    return text;
  };
}

export interface OpenDialogLike {
  showOpenDialog(options: {
    title: string;
    buttonLabel: string;
    properties: Array<'openFile'>;
    filters: Array<{ name: string; extensions: string[] }>;
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

/** Asks the user for an installer (USB key, network share); null when cancelled. The path never comes from the page. */
export async function pickInstallerFile(dialog: OpenDialogLike): Promise<string | null> {
  const result = await dialog.showOpenDialog({
    title: 'Installer une mise à jour depuis un fichier',
    buttonLabel: 'Vérifier ce fichier',
    properties: ['openFile'],
    filters: [{ name: 'Installateur Voisinage', extensions: ['exe'] }],
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
