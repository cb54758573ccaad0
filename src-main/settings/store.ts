import { z } from 'zod';
import type { SyncDb } from '../../db/query.ts';
import { SETTINGS_DEFAULTS, SETTINGS_KEYS } from './defaults.ts';
import {
  type AllSettings,
  allSettingsSchema,
  type CounterSettings,
  type FederationSettings,
  type OfficeSettings,
  type RetentionSettings,
  type SettingsSection,
  type UpdatesSettings,
} from './fields.ts';

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

/**
 * One section of the office's settings, with its defaults filled: field by field, so that a field added or
 * tightened by an upgrade falls back to its default without losing the other saved fields.
 */
export function readSection<S extends SettingsSection>(db: SyncDb, section: S): AllSettings[S] {
  const stored = readSetting(db, SETTINGS_KEYS[section], z.record(z.string(), z.unknown()), {});
  const shape = allSettingsSchema.shape[section].shape as Record<string, z.ZodType>;
  const value: Record<string, unknown> = { ...SETTINGS_DEFAULTS[section] };
  for (const [field, schema] of Object.entries(shape)) {
    if (!Object.hasOwn(stored, field)) continue;
    const parsed = schema.safeParse(stored[field]);
    if (parsed.success) value[field] = parsed.data;
  }
  return value as AllSettings[S];
}

/** Replaces one section (inside the caller's transaction). */
export function writeSection<S extends SettingsSection>(db: SyncDb, section: S, value: AllSettings[S], now: string): void {
  writeSetting(db, SETTINGS_KEYS[section], value, now);
}

/** Every section, defaults filled. */
export function allSettings(db: SyncDb): AllSettings {
  return {
    office: readSection(db, 'office'),
    counter: readSection(db, 'counter'),
    retention: readSection(db, 'retention'),
    federation: readSection(db, 'federation'),
    updates: readSection(db, 'updates'),
  };
}

/** The office's identity, for receipts and documents (name '' and legalForm null until it is filled in). */
export const officeSettings = (db: SyncDb): OfficeSettings => readSection(db, 'office');
/** Loan length, late fee, deposit and limits of the counter (money in cents). */
export const counterSettings = (db: SyncDb): CounterSettings => readSection(db, 'counter');
/** How long personal data and the audit log are kept. */
export const retentionSettings = (db: SyncDb): RetentionSettings => readSection(db, 'retention');
/** Where the federation export is sent (endpointUrl null: not configured), and the private authority trusted for it. */
export const federationSettings = (db: SyncDb): FederationSettings => readSection(db, 'federation');
/** The update feed (feedUrl null: online updates off). */
export const updatesSettings = (db: SyncDb): UpdatesSettings => readSection(db, 'updates');
