import type { Handlers } from '../../core/dispatch.ts';
import { assertRuleHolds } from '../partners/exclusivity.ts';
import type { clubSettingsContract } from './contract.ts';
import { clubSettings, saveClubSettings } from './store.ts';

export const clubSettingsHandlers: Handlers<typeof clubSettingsContract> = {
  'club.settings.get': (_input, { db }) => clubSettings(db),
  'club.settings.save': (settings, { db, nowIso }) => {
    assertRuleHolds(db, settings);
    saveClubSettings(db, settings, nowIso());
    return clubSettings(db);
  },
};
