import { z } from 'zod';
import type { SyncDb } from '../../../db/query.ts';
import { readSetting, writeSetting } from '../../settings/store.ts';
import { PARTNER_CATEGORIES } from '../partners/fields.ts';
import { CLUB_SETTINGS_DEFAULTS, type ClubSettings, clubSettingsSchema } from './fields.ts';

/** The club's rules live in app_setting under their own key: backed up and restored with everything else. */
const KEY = 'club.settings';

const record = z.record(z.string(), z.unknown());

/**
 * The club's rules, each field (and each category's fee) falling back to its default on its own, so that a field
 * added or tightened by an upgrade never discards the others.
 */
export function clubSettings(db: SyncDb): ClubSettings {
  const stored = readSetting(db, KEY, record, {});
  const shape = clubSettingsSchema.shape;
  const field = <K extends keyof ClubSettings>(key: K, value: unknown): ClubSettings[K] => {
    const parsed = shape[key].safeParse(value);
    return parsed.success ? (parsed.data as ClubSettings[K]) : CLUB_SETTINGS_DEFAULTS[key];
  };
  const tiers = record.safeParse(stored.feeTiers).data ?? {};
  return {
    exclusivityEnabled: field('exclusivityEnabled', stored.exclusivityEnabled),
    exclusiveCategories: field('exclusiveCategories', stored.exclusiveCategories),
    graceDays: field('graceDays', stored.graceDays),
    feeTiers: Object.fromEntries(
      PARTNER_CATEGORIES.map((category) => {
        const parsed = shape.feeTiers.shape[category].safeParse(tiers[category]);
        return [category, parsed.success ? parsed.data : CLUB_SETTINGS_DEFAULTS.feeTiers[category]];
      }),
    ) as ClubSettings['feeTiers'],
  };
}

export function saveClubSettings(db: SyncDb, settings: ClubSettings, now: string): void {
  writeSetting(db, KEY, settings, now);
}
