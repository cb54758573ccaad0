import type { KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { publicKeyFromPem } from './signature.ts';

/** The public key the app verifies installers with; the office replaces it with its release key. */
const UPDATE_PUBLIC_KEY_FILE = 'update-public-key.pem';

/** resources/update-public-key.pem, from the folder of the built main script (out/main, inside app.asar once packaged). */
export function updatePublicKeyPath(mainDir: string): string {
  return resolve(mainDir, '..', '..', 'resources', UPDATE_PUBLIC_KEY_FILE);
}

/**
 * Reads the public key; null when it is missing or damaged (the updater then refuses every installation and says
 * why), so that a packaging mistake never stops Voisinage from starting.
 */
export function loadUpdatePublicKey(path: string): KeyObject | null {
  try {
    return publicKeyFromPem(readFileSync(path));
  } catch {
    return null;
  }
}
