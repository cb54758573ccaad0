import type { z } from 'zod';
import type { SyncDb } from '../../db/query.ts';

/**
 * Reads a setting, validated by its schema; the default when it was never set (or no longer validates,
 * after an upgrade changed its shape).
 */
export function readSetting<S extends z.ZodType>(db: SyncDb, key: string, schema: S, fallback: z.output<S>): z.output<S> {
  const row = db.get(db.q.selectFrom('app_setting').select('value').where('key', '=', key));
  if (!row) return fallback;
  const parsed = schema.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : fallback;
}

/** Writes a setting (inside the caller's transaction: a failed operation leaves the old value). */
export function writeSetting(db: SyncDb, key: string, value: unknown, now: string): void {
  const json = JSON.stringify(value);
  db.run(
    db.q
      .insertInto('app_setting')
      .values({ key, value: json, updated_at: now })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: now })),
  );
}
