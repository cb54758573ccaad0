import { emptyInput, method } from '../core/contract.ts';
import {
  allSettingsSchema,
  counterInputSchema,
  counterSettingsSchema,
  federationCertificateInputSchema,
  federationCertificateSchema,
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
  /** Address, name and threshold; the certificate already set is kept as it is. */
  'settings.saveFederation': method({ ...save, input: federationInputSchema, output: federationSettingsSchema }),
  /** The federation's authority certificate(s) described (subject, issuer, dates, SHA-256); empty when none. */
  'settings.federationCertificate': method({ module: 'settings', kind: 'read', input: emptyInput, output: federationCertificateSchema }),
  /** Checks a certificate (or chain) of the federation's own authority, pasted or read from its file, and sets it. */
  'settings.saveFederationCertificate': method({ ...save, input: federationCertificateInputSchema, output: federationCertificateSchema }),
  /** Removes it: only the public authorities are trusted again. */
  'settings.removeFederationCertificate': method({ ...save, input: emptyInput, output: federationCertificateSchema }),
  'settings.saveUpdates': method({ ...save, input: updatesInputSchema, output: updatesSettingsSchema }),
};
