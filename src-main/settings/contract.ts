import { emptyInput, method } from '../core/contract.ts';
import {
  allSettingsSchema,
  counterInputSchema,
  counterSettingsSchema,
  federationInputSchema,
  federationSettingsSchema,
  officeInputSchema,
  officeSettingsSchema,
  retentionInputSchema,
  retentionSettingsSchema,
  updatesInputSchema,
  updatesSettingsSchema,
} from './fields.ts';

/** Reading needs read on 'settings'; every save needs admin. Each save replaces one section in one transaction. */
const save = { module: 'settings', kind: 'write', right: 'admin' } as const;

export const settingsContract = {
  'settings.get': method({ module: 'settings', kind: 'read', input: emptyInput, output: allSettingsSchema }),
  'settings.saveOffice': method({ ...save, input: officeInputSchema, output: officeSettingsSchema }),
  'settings.saveCounter': method({ ...save, input: counterInputSchema, output: counterSettingsSchema }),
  'settings.saveRetention': method({ ...save, input: retentionInputSchema, output: retentionSettingsSchema }),
  'settings.saveFederation': method({ ...save, input: federationInputSchema, output: federationSettingsSchema }),
  'settings.saveUpdates': method({ ...save, input: updatesInputSchema, output: updatesSettingsSchema }),
};
