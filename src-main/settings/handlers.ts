import type { Handlers } from '../core/dispatch.ts';
import type { settingsContract } from './contract.ts';
import type { AllSettings, SettingsSection } from './fields.ts';
import { allSettings, readSection, writeSection } from './store.ts';
import type { HandlerContext } from '../core/context.ts';

/** Input already validated and normalised by the contract: written whole, then read back as stored. */
function save<S extends SettingsSection>(section: S) {
  return (value: AllSettings[S], { db, nowIso }: HandlerContext): AllSettings[S] => {
    writeSection(db, section, value, nowIso());
    return readSection(db, section);
  };
}

export const settingsHandlers: Handlers<typeof settingsContract> = {
  'settings.get': (_input, { db }) => allSettings(db),
  'settings.saveOffice': save('office'),
  'settings.saveCounter': save('counter'),
  'settings.saveRetention': save('retention'),
  'settings.saveFederation': save('federation'),
  'settings.saveUpdates': (value, ctx) => {
    const saved = save('updates')(value, ctx);
    // The running updater (installed app) follows the new address at once.
    ctx.updates.current?.setFeedUrl(saved.feedUrl);
    return saved;
  },
};
