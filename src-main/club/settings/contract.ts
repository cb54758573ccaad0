import { emptyInput, method } from '../../core/contract.ts';
import { clubSettingsSchema } from './fields.ts';

export const clubSettingsContract = {
  /** The club's rules: read by anyone who may read the club (the screens show them). */
  'club.settings.get': method({ module: 'club', kind: 'read', input: emptyInput, output: clubSettingsSchema }),
  /** Saved by the club's administrators only. Existing fee calls keep their amount; the grace period applies at once. */
  'club.settings.save': method({ module: 'club', kind: 'write', right: 'admin', input: clubSettingsSchema, output: clubSettingsSchema }),
};
