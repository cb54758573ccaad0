import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { SyncDb } from '../../db/query.ts';
import { readSetting, writeSetting } from '../settings/store.ts';

/*
 * The landlord's id of an erased person or household is replaced by a keyed hash (HMAC with a key of this office's
 * database): the next import of the landlord's file recognises them and does not bring them back, while the id
 * itself cannot be read back from the database.
 */

const KEY_SETTING = 'privacy.erasedIdKey';
const storedKey = (db: SyncDb) => readSetting(db, KEY_SETTING, z.string().nullable(), null);
const hashed = (key: string, kind: 'person' | 'household', externalId: string) =>
  `anonymise:${createHmac('sha256', key).update(`${kind}:${externalId}`).digest('base64url')}`;

/** The value to store in place of the id (inside the erasure's transaction; creates the key the first time). */
export function erasedExternalId(db: SyncDb, kind: 'person' | 'household', externalId: string, now: string): string {
  let key = storedKey(db);
  if (!key) {
    key = randomBytes(32).toString('base64url');
    writeSetting(db, KEY_SETTING, key, now);
  }
  return hashed(key, kind, externalId);
}

/** Whether the landlord's id belonged to someone erased here. Reads only. */
export function wasErased(db: SyncDb, kind: 'person' | 'household', externalId: string): boolean {
  const key = storedKey(db);
  if (!key) return false;
  const value = hashed(key, kind, externalId);
  const table = kind === 'person' ? 'person' : 'household';
  return db.get(db.q.selectFrom(table).select('id').where('external_id', '=', value)) !== undefined;
}
