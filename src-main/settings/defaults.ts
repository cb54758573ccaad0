import { type AllSettings, DEFAULT_SUPPRESSION_THRESHOLD } from './fields.ts';

/**
 * The settings of an office that has saved nothing yet: the one place where defaults live. Money in integer cents.
 * (Shared with the renderer: no Node imports here.)
 */
export const SETTINGS_DEFAULTS: AllSettings = {
  office: {
    name: '',
    legalForm: null,
    siren: null,
    siret: null,
    rna: null,
    address: { line: '', postcode: '', city: '' },
    phone: null,
    email: null,
    logo: null,
  },
  counter: {
    // Libraries lend 3 weeks to a month; late fees such as 0,30 € a week (domain.md).
    defaultLoanDays: 21,
    lateFeePerWeekCents: 30,
    defaultDepositCents: 0,
    maxLoansPerMember: 5,
    graceDays: 0,
  },
  retention: {
    // CNIL: active data kept about 2 years after the last contact or the end of the tenancy.
    personMonths: 24,
    auditYears: 5,
    deleteFollowUpWhenEnded: true,
  },
  federation: { endpointUrl: null, label: '', suppressionThreshold: DEFAULT_SUPPRESSION_THRESHOLD, caCertificate: null },
  updates: { feedUrl: null },
};

/** The key of each section in table app_setting (one JSON value per section). */
export const SETTINGS_KEYS = {
  office: 'settings.office',
  counter: 'settings.counter',
  retention: 'settings.retention',
  federation: 'settings.federation',
  updates: 'settings.updates',
} as const satisfies Record<keyof AllSettings, string>;
