import { join, resolve } from 'node:path';

/** Name of the data folder inside Electron's userData folder. */
export const DATA_FOLDER_NAME = 'donnees';

/**
 * Where the database and its backups live: `VOISINAGE_DATA_DIR` when set (tests, a second office on the same
 * machine), otherwise `<userData>/donnees`. Must be a local disk: SQLite's WAL mode needs shared memory.
 */
export function dataDirectory(env: Record<string, string | undefined>, userDataPath: string): string {
  const fromEnv = env.VOISINAGE_DATA_DIR?.trim();
  return fromEnv ? resolve(fromEnv) : join(userDataPath, DATA_FOLDER_NAME);
}

export interface BundlePaths {
  /** The built renderer (out/renderer), served over app://. */
  rendererDir: string;
  /** The single-file CommonJS preload (out/preload/preload.cjs). */
  preloadFile: string;
}

/** Paths of the build outputs, relative to the folder of the built main script (out/main). */
export function bundlePaths(mainDir: string): BundlePaths {
  return {
    rendererDir: resolve(mainDir, '..', 'renderer'),
    preloadFile: resolve(mainDir, '..', 'preload', 'preload.cjs'),
  };
}
