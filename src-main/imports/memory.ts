import { z } from 'zod';
import type { SyncDb } from '../../db/query.ts';
import { readSetting, writeSetting } from '../settings/store.ts';
import { mappingSchema } from './contract.ts';
import { headerSetKey, type ImportMapping, IMPORT_TARGETS } from './targets.ts';

/*
 * The last mapping chosen, per set of headers: the next export of the same software gets it back at once.
 * Stored in app_setting under imports.mapping.<hash of the folded headers>.
 */

const stored = z.object({ headers: z.array(z.string()), mapping: mappingSchema });

/** Keeps only columns that exist in a file of `width` columns. */
export function cleanMapping(mapping: ImportMapping, width: number): ImportMapping {
  const clean: ImportMapping = {};
  for (const target of IMPORT_TARGETS) {
    const index = mapping[target];
    if (index !== null && index !== undefined && index < width) clean[target] = index;
  }
  return clean;
}

export function rememberedMapping(db: SyncDb, headers: readonly string[]): ImportMapping | null {
  const value = readSetting(db, headerSetKey(headers), stored.nullable(), null);
  return value && value.headers.length === headers.length ? cleanMapping(value.mapping, headers.length) : null;
}

/** Inside the caller's transaction. */
export function rememberMapping(db: SyncDb, headers: readonly string[], mapping: ImportMapping, nowIso: string): void {
  writeSetting(db, headerSetKey(headers), { headers, mapping: cleanMapping(mapping, headers.length) }, nowIso);
}
