import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SyncDb } from '../../db/query.ts';
import { DEFAULT_RIGHTS, levelAtLeast } from '../../src-main/auth/rights.ts';
import type { InputOf } from '../../src-main/core/contract.ts';
import type { AppContract } from '../../src-main/contract.ts';
import { SETTINGS_DEFAULTS } from '../../src-main/settings/defaults.ts';
import { LOGO_MAX_BYTES } from '../../src-main/settings/fields.ts';
import { isValidSiren, isValidSiret } from '../../src-main/shared/siret.ts';
import { formatPhone, normalisePhone } from '../../src-main/shared/phone.ts';
import { counterSettings, officeSettings, retentionSettings, updatesSettings } from '../../src-main/settings/store.ts';
import { call, expectError, newBackend, type TestBackend } from './helpers.ts';

type OfficeInput = InputOf<AppContract, 'settings.saveOffice'>;

/** A valid identity; override any field. */
const office = (overrides: Partial<OfficeInput> = {}): OfficeInput => ({
  name: 'Office public de l’habitat de la Somme',
  legalForm: 'oph',
  siren: '732 829 320',
  siret: null,
  rna: null,
  address: { line: '3 allée des Tilleuls', postcode: '80000', city: 'Amiens' },
  phone: '03 22 00 00 00',
  email: 'contact@oph-somme.fr',
  logo: null,
  ...overrides,
});

const COUNTER = { defaultLoanDays: 28, lateFeePerWeekCents: 50, defaultDepositCents: 2000, maxLoansPerMember: 8, graceDays: 2 };

/** A 1 × 1 PNG. */
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const PNG = `data:image/png;base64,${PNG_BASE64}`;

/** The one message of a refused call, on the given field. */
async function refusal(backend: TestBackend, method: keyof AppContract, input: unknown, path: string): Promise<string> {
  const error = expectError(await backend.invoke(method, input), 'VALIDATION');
  const issue = error.issues.find((candidate) => candidate.path === path);
  if (!issue) expect.fail(`no issue on ${path}: ${JSON.stringify(error.issues)}`);
  return issue.message;
}

/** The stored rows, read through a second connection to the file, not through the code under test. */
function storedRows(backend: TestBackend): { key: string; value: string; updated_at: string }[] {
  const db = new Database(backend.databaseFile, { readonly: true });
  try {
    return db.prepare("SELECT key, value, updated_at FROM app_setting WHERE key LIKE 'settings.%' ORDER BY key").all() as never;
  } finally {
    db.close();
  }
}

function auditCount(backend: TestBackend): number {
  const db = new Database(backend.databaseFile, { readonly: true });
  try {
    return (db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE method LIKE 'settings.%'").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('office settings: defaults and saves', () => {
  it('returns every section with its defaults before anything is saved', async () => {
    const backend = await newBackend();
    const settings = await call(backend, 'settings.get', {});
    expect(settings).toEqual(SETTINGS_DEFAULTS);
    expect(settings.counter).toEqual({ defaultLoanDays: 21, lateFeePerWeekCents: 30, defaultDepositCents: 0, maxLoansPerMember: 5, graceDays: 0 });
    expect(settings.retention).toEqual({ personMonths: 24, auditYears: 5, deleteFollowUpWhenEnded: true });
    expect(settings.federation).toEqual({ endpointUrl: null, label: '', suppressionThreshold: 5, caCertificate: null });
    expect(settings.updates).toEqual({ feedUrl: null });
    expect(storedRows(backend)).toEqual([]);
  });

  it('saves the identity normalised: SIREN without spaces, phone in E.164, RNA in capitals, empty fields as null', async () => {
    const backend = await newBackend();
    const saved = await call(backend, 'settings.saveOffice', office({ rna: ' w802001234 ', email: '', logo: PNG }));
    expect(saved).toEqual({
      name: 'Office public de l’habitat de la Somme',
      legalForm: 'oph',
      siren: '732829320',
      siret: null,
      rna: 'W802001234',
      address: { line: '3 allée des Tilleuls', postcode: '80000', city: 'Amiens' },
      phone: '+33322000000',
      email: null,
      logo: PNG,
    });
    expect((await call(backend, 'settings.get', {})).office).toEqual(saved);
    // Only the office's section was written: the others keep their defaults.
    expect(storedRows(backend).map((row) => row.key)).toEqual(['settings.office']);
    expect((await call(backend, 'settings.get', {})).counter).toEqual(SETTINGS_DEFAULTS.counter);
  });

  it('accepts the usual ways of typing a French phone number and shows it the French way', async () => {
    const backend = await newBackend();
    for (const typed of ['01 23 45 67 89', '0123456789', '+33 1 23 45 67 89', '+33 (0)1 23 45 67 89', '01.23.45.67.89']) {
      expect((await call(backend, 'settings.saveOffice', office({ phone: typed }))).phone, typed).toBe('+33123456789');
    }
    expect(formatPhone('+33123456789')).toBe('01 23 45 67 89');
    expect(normalisePhone('+262 262 12 34 56')).toBe('+262262123456');
    for (const wrong of ['01 23 45 67', '1234567890', '+33 0 12', 'zéro un']) {
      expect(await refusal(backend, 'settings.saveOffice', office({ phone: wrong }), 'phone'), wrong).toBe(
        'Numéro de téléphone invalide : 10 chiffres attendus (ex. 01 23 45 67 89 ou +33 1 23 45 67 89).',
      );
    }
  });

  it('saves each other section whole and returns it as stored', async () => {
    const backend = await newBackend();
    expect(await call(backend, 'settings.saveCounter', COUNTER)).toEqual(COUNTER);
    const retention = { personMonths: 36, auditYears: 3, deleteFollowUpWhenEnded: false };
    expect(await call(backend, 'settings.saveRetention', retention)).toEqual(retention);
    expect(await call(backend, 'settings.saveFederation', { endpointUrl: ' https://federation.example.org/depot ', label: 'AR Hauts-de-France', suppressionThreshold: 7 })).toEqual({
      endpointUrl: 'https://federation.example.org/depot',
      label: 'AR Hauts-de-France',
      suppressionThreshold: 7,
      caCertificate: null,
    });
    expect(await call(backend, 'settings.saveUpdates', { feedUrl: 'https://maj.example.org/voisinage/' })).toEqual({ feedUrl: 'https://maj.example.org/voisinage/' });
    // Emptied again: online updates off.
    expect(await call(backend, 'settings.saveUpdates', { feedUrl: '' })).toEqual({ feedUrl: null });

    const settings = await call(backend, 'settings.get', {});
    expect(settings).toMatchObject({ counter: COUNTER, retention, updates: { feedUrl: null } });
    // Each save is audited, as any write, without its content.
    expect(auditCount(backend)).toBe(5);
  });

  it('gives later modules typed accessors with the defaults filled', async () => {
    const backend = await newBackend();
    await call(backend, 'settings.saveCounter', COUNTER);
    const sqlite = new Database(backend.databaseFile, { readonly: true });
    try {
      const db = new SyncDb(sqlite);
      expect(counterSettings(db)).toEqual(COUNTER);
      expect(retentionSettings(db)).toEqual(SETTINGS_DEFAULTS.retention);
      expect(officeSettings(db).name).toBe('');
      expect(updatesSettings(db).feedUrl).toBeNull();
    } finally {
      sqlite.close();
    }
  });

  it('falls back field by field when a stored value no longer fits, keeping the other saved fields', async () => {
    const backend = await newBackend();
    await call(backend, 'settings.saveCounter', COUNTER);
    const sqlite = new Database(backend.databaseFile);
    try {
      const broken = JSON.stringify({ ...COUNTER, defaultLoanDays: 'vingt', graceDays: 400 });
      sqlite.prepare("UPDATE app_setting SET value = ? WHERE key = 'settings.counter'").run(broken);
    } finally {
      sqlite.close();
    }
    expect((await call(backend, 'settings.get', {})).counter).toEqual({ ...COUNTER, defaultLoanDays: 21, graceDays: 0 });
  });

  it('reads a federation row saved before the authority certificate existed as "no certificate", keeping its other fields', async () => {
    const backend = await newBackend();
    const saved = { endpointUrl: 'https://federation.example.org/depot', label: 'AR Hauts-de-France', suppressionThreshold: 7 };
    const sqlite = new Database(backend.databaseFile);
    try {
      sqlite.prepare("INSERT INTO app_setting (key, value, updated_at) VALUES ('settings.federation', ?, '2025-06-01T08:00:00.000Z')").run(JSON.stringify(saved));
    } finally {
      sqlite.close();
    }
    expect((await call(backend, 'settings.get', {})).federation).toEqual({ ...saved, caCertificate: null });
    expect(await call(backend, 'settings.federationCertificate', {})).toEqual({ certificates: [] });
  });
});

describe('office settings: every rule, with its French message', () => {
  it('checks the SIREN (9 digits, Luhn key, La Poste) and the SIRET that goes with it', async () => {
    expect(isValidSiren('732829320')).toBe(true);
    expect(isValidSiren('356000000')).toBe(true);
    expect(isValidSiren('732829321')).toBe(false);
    // La Poste's establishments fail Luhn: their digit sum is a multiple of 5 instead.
    expect(isValidSiret('35600000049837')).toBe(true);
    expect(isValidSiret('35600000049838')).toBe(false);
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('73282932000075')).toBe(false);

    const backend = await newBackend();
    expect(await refusal(backend, 'settings.saveOffice', office({ siren: '732 829 321' }), 'siren')).toBe(
      'Ce SIREN n’existe pas : sa clé de contrôle est fausse. Vérifiez les 9 chiffres.',
    );
    expect(await refusal(backend, 'settings.saveOffice', office({ siren: '73282932' }), 'siren')).toBe(
      'Le SIREN doit comporter 9 chiffres (ex. 732 829 320).',
    );
    expect(await refusal(backend, 'settings.saveOffice', office({ siret: '73282932000075' }), 'siret')).toBe(
      'Ce SIRET n’existe pas : sa clé de contrôle est fausse. Vérifiez les 14 chiffres.',
    );
    expect(await refusal(backend, 'settings.saveOffice', office({ siret: '35600000049837' }), 'siret')).toBe(
      'Le SIRET doit commencer par les 9 chiffres du SIREN.',
    );
    expect((await call(backend, 'settings.saveOffice', office({ siren: '356 000 000', siret: '356 000 000 49837' }))).siret).toBe('35600000049837');
    expect(await refusal(backend, 'settings.saveOffice', office({ siren: null, rna: null }), 'siren')).toBe(
      'Indiquez au moins le SIREN du bureau ou le numéro RNA de l’association.',
    );
    // The tenants' club association: an RNA number is enough.
    expect((await call(backend, 'settings.saveOffice', office({ legalForm: 'association', siren: '', rna: 'W802001234' }))).siren).toBeNull();
  });

  it('checks the RNA number: W and 9 characters', async () => {
    const backend = await newBackend();
    const message = 'Le numéro RNA doit comporter la lettre W suivie de 9 caractères (ex. W802001234).';
    for (const wrong of ['802001234', 'W80200123', 'W8020012345', 'X802001234', 'W80200123é']) {
      expect(await refusal(backend, 'settings.saveOffice', office({ rna: wrong }), 'rna'), wrong).toBe(message);
    }
    expect((await call(backend, 'settings.saveOffice', office({ rna: 'W2A1002345' }))).rna).toBe('W2A1002345');
  });

  it('checks the name, the legal form, the address and the email', async () => {
    const backend = await newBackend();
    expect(await refusal(backend, 'settings.saveOffice', office({ name: '   ' }), 'name')).toBe('Le nom du bureau est obligatoire.');
    expect(await refusal(backend, 'settings.saveOffice', office({ legalForm: 'sci' as never }), 'legalForm')).toBe(
      'Choisissez la forme juridique : OPH, ESH, coopérative ou association.',
    );
    for (const postcode of ['8000', '800000', '8O000', 'Amiens']) {
      expect(await refusal(backend, 'settings.saveOffice', office({ address: { line: '1 rue Haute', postcode, city: 'Amiens' } }), 'address.postcode'), postcode).toBe(
        'Le code postal doit comporter 5 chiffres (ex. 02100).',
      );
    }
    expect(await refusal(backend, 'settings.saveOffice', office({ address: { line: '1 rue Haute', postcode: '80000', city: '' } }), 'address.city')).toBe(
      'Indiquez la commune de l’adresse.',
    );
    expect((await call(backend, 'settings.saveOffice', office({ address: { line: '2 place Verte', postcode: '02100', city: 'Saint-Quentin' } }))).address.postcode).toBe('02100');
    expect(await refusal(backend, 'settings.saveOffice', office({ email: 'contact@' }), 'email')).toBe('Adresse e-mail invalide (ex. contact@bailleur.fr).');
  });

  it('takes a PNG or JPEG logo of 300 Ko at most, whose content matches its type', async () => {
    const backend = await newBackend();
    expect((await call(backend, 'settings.saveOffice', office({ logo: PNG }))).logo).toBe(PNG);
    const jpeg = `data:image/jpeg;base64,${Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1]).toString('base64')}`;
    expect((await call(backend, 'settings.saveOffice', office({ logo: jpeg }))).logo).toBe(jpeg);

    const png = Buffer.from(PNG_BASE64, 'base64');
    const heavy = `data:image/png;base64,${Buffer.concat([png, Buffer.alloc(LOGO_MAX_BYTES + 1 - png.length)]).toString('base64')}`;
    expect(await refusal(backend, 'settings.saveOffice', office({ logo: heavy }), 'logo')).toBe(
      'Le logo pèse 301 Ko : 300 Ko au plus. Réduisez l’image avant de l’importer.',
    );
    const justRight = `data:image/png;base64,${Buffer.concat([png, Buffer.alloc(LOGO_MAX_BYTES - png.length)]).toString('base64')}`;
    expect((await call(backend, 'settings.saveOffice', office({ logo: justRight }))).logo).toBe(justRight);

    for (const wrongType of [`data:image/gif;base64,${PNG_BASE64}`, `data:image/svg+xml;base64,${btoa('<svg/>')}`, 'https://exemple.fr/logo.png']) {
      expect(await refusal(backend, 'settings.saveOffice', office({ logo: wrongType }), 'logo'), wrongType.slice(0, 30)).toBe(
        'Le logo doit être une image PNG ou JPEG.',
      );
    }
    expect(await refusal(backend, 'settings.saveOffice', office({ logo: `data:image/jpeg;base64,${PNG_BASE64}` }), 'logo')).toBe(
      'Le fichier du logo n’est pas une image JPEG valide.',
    );
    expect(await refusal(backend, 'settings.saveOffice', office({ logo: 'data:image/png;base64,@@@@' }), 'logo')).toBe(
      'Le fichier du logo est illisible : importez de nouveau l’image.',
    );
  });

  it('checks every counter setting within its bounds, in whole days and cents', async () => {
    const backend = await newBackend();
    const cases: [keyof typeof COUNTER, number, string][] = [
      ['defaultLoanDays', 0, 'La durée de prêt par défaut doit être un nombre entier de jours, de 1 à 90.'],
      ['defaultLoanDays', 91, 'La durée de prêt par défaut doit être un nombre entier de jours, de 1 à 90.'],
      ['defaultLoanDays', 7.5, 'La durée de prêt par défaut doit être un nombre entier de jours, de 1 à 90.'],
      ['lateFeePerWeekCents', -1, 'La pénalité de retard doit être comprise entre 0,00 € et 100,00 € par semaine.'],
      ['lateFeePerWeekCents', 10_001, 'La pénalité de retard doit être comprise entre 0,00 € et 100,00 € par semaine.'],
      ['lateFeePerWeekCents', 0.5, 'La pénalité de retard doit être comprise entre 0,00 € et 100,00 € par semaine.'],
      ['defaultDepositCents', -100, 'La caution par défaut doit être comprise entre 0,00 € et 1 000,00 €.'],
      ['maxLoansPerMember', 0, 'Le nombre maximal de prêts par adhérent doit être un nombre entier, de 1 à 50.'],
      ['maxLoansPerMember', 51, 'Le nombre maximal de prêts par adhérent doit être un nombre entier, de 1 à 50.'],
      ['graceDays', 31, 'Le délai de grâce doit être un nombre entier de jours, de 0 à 30.'],
    ];
    for (const [field, value, message] of cases) {
      expect(await refusal(backend, 'settings.saveCounter', { ...COUNTER, [field]: value }, field), `${field}=${value}`).toBe(message);
    }
    expect(await refusal(backend, 'settings.saveCounter', { ...COUNTER, defaultLoanDays: '21' }, 'defaultLoanDays')).toBe(
      'La durée de prêt par défaut doit être un nombre entier de jours, de 1 à 90.',
    );
    const edges = { defaultLoanDays: 90, lateFeePerWeekCents: 10_000, defaultDepositCents: 0, maxLoansPerMember: 1, graceDays: 30 };
    expect(await call(backend, 'settings.saveCounter', edges)).toEqual(edges);
  });

  it('checks the retention periods', async () => {
    const backend = await newBackend();
    const valid = { personMonths: 24, auditYears: 5, deleteFollowUpWhenEnded: true };
    expect(await refusal(backend, 'settings.saveRetention', { ...valid, personMonths: 11 }, 'personMonths')).toBe(
      'La durée de conservation des personnes doit être un nombre entier de mois, de 12 à 120.',
    );
    expect(await refusal(backend, 'settings.saveRetention', { ...valid, personMonths: 121 }, 'personMonths')).toContain('de 12 à 120');
    expect(await refusal(backend, 'settings.saveRetention', { ...valid, auditYears: 11 }, 'auditYears')).toBe(
      'La durée de conservation du journal doit être un nombre entier d’années, de 1 à 10.',
    );
    expect(await refusal(backend, 'settings.saveRetention', { ...valid, deleteFollowUpWhenEnded: 'oui' }, 'deleteFollowUpWhenEnded')).toBe(
      'Indiquez si le suivi est supprimé à sa clôture (oui ou non).',
    );
    expect(await call(backend, 'settings.saveRetention', { personMonths: 120, auditYears: 1, deleteFollowUpWhenEnded: false })).toEqual({
      personMonths: 120,
      auditYears: 1,
      deleteFollowUpWhenEnded: false,
    });
  });

  it('refuses an update feed or a federation endpoint that is not https', async () => {
    const backend = await newBackend();
    expect(await refusal(backend, 'settings.saveUpdates', { feedUrl: 'http://maj.example.org/voisinage/' }, 'feedUrl')).toBe(
      'L’adresse des mises à jour doit commencer par https:// : les échanges sont toujours chiffrés.',
    );
    expect(await refusal(backend, 'settings.saveUpdates', { feedUrl: 'ftp://maj.example.org/' }, 'feedUrl')).toContain('https://');
    expect(await refusal(backend, 'settings.saveUpdates', { feedUrl: 'maj.example.org' }, 'feedUrl')).toBe(
      'L’adresse des mises à jour n’est pas une adresse web valide (ex. https://exemple.fr/…).',
    );
    expect(await refusal(backend, 'settings.saveUpdates', { feedUrl: 'https://moi:secret@maj.example.org/' }, 'feedUrl')).toBe(
      'L’adresse des mises à jour ne doit contenir ni identifiant ni mot de passe.',
    );
    expect(await refusal(backend, 'settings.saveFederation', { endpointUrl: 'http://federation.example.org', label: '' }, 'endpointUrl')).toBe(
      'L’adresse de la fédération doit commencer par https:// : les échanges sont toujours chiffrés.',
    );
    expect(await refusal(backend, 'settings.saveFederation', { endpointUrl: null, label: 'x'.repeat(101) }, 'label')).toBe(
      'Le nom de la fédération ne doit pas dépasser 100 caractères.',
    );
    expect(storedRows(backend)).toEqual([]);
  });
});

describe('office settings: atomic saves and rights', () => {
  it('changes nothing when a save is refused: the stored row, its date and the audit log stay as they were', async () => {
    const backend = await newBackend();
    await call(backend, 'settings.saveOffice', office());
    await call(backend, 'settings.saveCounter', COUNTER);
    const before = await call(backend, 'settings.get', {});
    const rows = storedRows(backend);
    const audited = auditCount(backend);

    // Valid new name and address, but one bad field: none of it is kept.
    const refused = expectError(
      await backend.invoke('settings.saveOffice', office({ name: 'Nouveau nom', address: { line: '9 rue Neuve', postcode: '80090', city: 'Amiens' }, siren: '123456789' })),
      'VALIDATION',
    );
    expect(refused.message).toBe('Ce SIREN n’existe pas : sa clé de contrôle est fausse. Vérifiez les 9 chiffres.');
    expectError(await backend.invoke('settings.saveCounter', { ...COUNTER, defaultLoanDays: 45, maxLoansPerMember: 99 }), 'VALIDATION');
    expectError(await backend.invoke('settings.saveUpdates', { feedUrl: 'http://maj.example.org/' }), 'VALIDATION');

    expect(await call(backend, 'settings.get', {})).toEqual(before);
    expect(storedRows(backend)).toEqual(rows);
    expect(auditCount(backend)).toBe(audited);
  });

  it('refuses every save to a counter operator (FORBIDDEN), and to office staff who may only read', async () => {
    // What the default rights promise: the counter has no right on the settings, the office may read them.
    expect(DEFAULT_RIGHTS.counter.settings).toBe('none');
    expect(DEFAULT_RIGHTS.office.settings).toBe('read');
    expect(levelAtLeast(DEFAULT_RIGHTS.office.settings, 'admin')).toBe(false);

    const admin = await newBackend();
    await call(admin, 'settings.saveCounter', COUNTER);
    const rows = storedRows(admin);
    const password = 'mot-de-passe-du-role';
    await call(admin, 'staff.create', { login: 'guichet', displayName: 'Sami Guichet', role: 'counter', password });
    await call(admin, 'staff.create', { login: 'bureau', displayName: 'Alex Bureau', role: 'office', password });
    const counter = admin.connect();
    await call(counter, 'auth.login', { login: 'guichet', password });
    const officeStaff = admin.connect();
    await call(officeStaff, 'auth.login', { login: 'bureau', password });

    const saves: [keyof AppContract, unknown][] = [
      ['settings.saveOffice', office({ name: 'Piraté' })],
      ['settings.saveCounter', { ...COUNTER, lateFeePerWeekCents: 0 }],
      ['settings.saveRetention', { personMonths: 120, auditYears: 10, deleteFollowUpWhenEnded: false }],
      ['settings.saveFederation', { endpointUrl: 'https://pirate.example.org', label: '' }],
      ['settings.saveUpdates', { feedUrl: 'https://pirate.example.org/' }],
    ];
    for (const [method, input] of saves) {
      const refused = expectError(await counter.invoke(method, input), 'FORBIDDEN');
      expect(refused.message, method).toContain('Opérateur de comptoir');
      expectError(await officeStaff.invoke(method, input), 'FORBIDDEN');
    }
    expectError(await counter.invoke('settings.get', {}), 'FORBIDDEN');
    expect((await call(officeStaff, 'settings.get', {})).counter).toEqual(COUNTER);
    expect(storedRows(admin)).toEqual(rows);
  });
});
