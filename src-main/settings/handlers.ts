import type { SyncDb } from '../../db/query.ts';
import type { Handlers } from '../core/dispatch.ts';
import { checkedAuthorityPem, describeAuthorityPem } from '../federation/outbox/authority.ts';
import type { settingsContract } from './contract.ts';
import type { AllSettings, SettingsSection } from './fields.ts';
import { allSettings, federationSettings, readSection, writeSection } from './store.ts';
import type { HandlerContext } from '../core/context.ts';

/** Input already validated and normalised by the contract: written whole, then read back as stored. */
function save<S extends SettingsSection>(section: S) {
  return (value: AllSettings[S], { db, nowIso }: HandlerContext): AllSettings[S] => {
    writeSection(db, section, value, nowIso());
    return readSection(db, section);
  };
}

const federationCertificate = (db: SyncDb) => ({ certificates: describeAuthorityPem(federationSettings(db).caCertificate) });

/** Sets (or removes, with null) the federation's authority certificate, keeping the rest of the section. */
function setFederationCertificate(caCertificate: string | null, { db, nowIso }: HandlerContext) {
  writeSection(db, 'federation', { ...federationSettings(db), caCertificate }, nowIso());
  return federationCertificate(db);
}

export const settingsHandlers: Handlers<typeof settingsContract> = {
  'settings.get': (_input, { db }) => allSettings(db),
  'settings.saveOffice': save('office'),
  'settings.saveCounter': save('counter'),
  'settings.saveRetention': save('retention'),
  // The certificate is not part of this form: the one set stays.
  'settings.saveFederation': (value, ctx) => save('federation')({ ...value, caCertificate: federationSettings(ctx.db).caCertificate }, ctx),
  'settings.federationCertificate': (_input, { db }) => federationCertificate(db),
  'settings.saveFederationCertificate': ({ pem }, ctx) => setFederationCertificate(checkedAuthorityPem(pem, ctx.clock.now()), ctx),
  'settings.removeFederationCertificate': (_input, ctx) => setFederationCertificate(null, ctx),
  'settings.saveUpdates': (value, ctx) => {
    const saved = save('updates')(value, ctx);
    // The running updater (installed app) follows the new address at once.
    ctx.updates.current?.setFeedUrl(saved.feedUrl);
    return saved;
  },
};
