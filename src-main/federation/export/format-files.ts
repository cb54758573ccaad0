import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../core/errors.ts';

/*
 * The published format lives in the repository (resources/federation) and ships with the app: its JSON Schema and its
 * French description travel with every export, and every indicators file is checked against that schema before it
 * may leave the office.
 */

export const SCHEMA_VERSION = '1.0';
export const SCHEMA_FILE = `indicateurs-${SCHEMA_VERSION}.schema.json`;
export const DESCRIPTION_FILE = 'format-indicateurs.md';

const cache = new Map<string, string>();

/**
 * resources/federation/<name>, found from this module's folder upwards: the sources (src-main/federation/export), the
 * built main script (out/main) and the packaged app (app.asar/out/main) all sit below the folder holding resources/.
 */
export function formatFile(name: typeof SCHEMA_FILE | typeof DESCRIPTION_FILE): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  let folder = import.meta.dirname;
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(folder, 'resources', 'federation', name);
    if (existsSync(candidate)) {
      const text = readFileSync(candidate, 'utf8');
      cache.set(name, text);
      return text;
    }
    folder = dirname(folder);
  }
  throw new AppError('INTERNAL', `Le fichier du format d’export (${name}) est introuvable : réinstallez Voisinage.`);
}

let validator: ValidateFunction | null = null;

/** Refuses a document that does not follow the published schema: a bug must never send an invalid file. */
export function assertValidIndicators(document: unknown): void {
  validator ??= new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(formatFile(SCHEMA_FILE)) as object);
  if (validator(document)) return;
  const first = validator.errors?.[0];
  throw new AppError(
    'INTERNAL',
    `Le fichier d’indicateurs ne respecte pas le format ${SCHEMA_VERSION} (${first?.instancePath || '/'} ${first?.message ?? ''}) : rien n’a été produit. Signalez ce problème au support.`,
  );
}
