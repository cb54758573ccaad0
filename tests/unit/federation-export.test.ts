import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Connection } from '../../src-main/core/backend.ts';
import { call, expectError } from './helpers.ts';
import {
  cellOf,
  dateForms,
  expectAdditiveClaimsHold,
  expectSecretKept,
  indicatorOf,
  type IndicatorsFile,
  personalDataIn,
  phoneForms,
  validateAgainstRepositorySchema,
} from './federation-export-checks.ts';
import { adversarialOffice, PASSWORD, PERIOD, QPV_A, QPV_B } from './federation-export-fixtures.ts';

async function preview(api: Pick<Connection, 'invoke'>, period = PERIOD) {
  const result = await call(api, 'federation.export.preview', period);
  const fileNamed = (name: string) => result.files.find((f) => f.name === name)!;
  return { ...result, fileNamed, document: JSON.parse(fileNamed('indicateurs.json').content) as IndicatorsFile };
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('federation export on an adversarial office', () => {
  it('validates against the repository schema and hides every small count, with no cell recomputable from totals', async () => {
    const { admin, residenceIds } = await adversarialOffice();
    const { document } = await preview(admin);
    expect(validateAgainstRepositorySchema(document), JSON.stringify(validateAgainstRepositorySchema.errors)).toBe(true);
    expect(document.suppression.threshold).toBe(5);
    expectSecretKept(document);
    expectAdditiveClaimsHold(document);

    const reached = indicatorOf(document, 'foyers_touches');
    const residence = (name: keyof typeof residenceIds) => cellOf(reached, 'residence', `R${residenceIds[name]}`);
    // 2 households, 1 household, threshold − 1: secret. Exactly the threshold, and 12: shown.
    expect(residence('Petite').secret).toBe(true);
    expect(residence('Seule').secret).toBe(true);
    expect(residence('Quatre').secret).toBe(true);
    expect(residence('Cinq')).toEqual({ group: `R${residenceIds.Cinq}`, value: 5, secret: false });
    expect(residence('Vide')).toEqual({ group: `R${residenceIds.Vide}`, value: 0, secret: false });
    // Petite alone is secret in QPV A: Grande goes secret with it, or QPV A − Grande would give Petite back.
    expect(residence('Grande').secret).toBe(true);
    expect(cellOf(reached, 'qpv', QPV_A)).toMatchObject({ value: 14, secret: false });
    // QPV B holds one household: secret, and another QPV-level cell with it so the office total does not give it away.
    expect(cellOf(reached, 'qpv', QPV_B).secret).toBe(true);
    expect(cellOf(reached, 'bureau', 'BUREAU')).toMatchObject({ value: 12 + 2 + 1 + 4 + 5 + 3, secret: false });

    // The QPV with a single event: every count below the threshold is hidden, the event itself as well as its participants.
    expect(cellOf(indicatorOf(document, 'evenements_realises'), 'qpv', QPV_B)).toMatchObject({ value: null, secret: true });
    expect(cellOf(indicatorOf(document, 'participants'), 'qpv', QPV_B).secret).toBe(true);
    expect(cellOf(indicatorOf(document, 'montant_services'), 'qpv', QPV_B).secret).toBe(true);
    // Six households of QPV A and a guest at its workshop: the guest lives nowhere the office knows ("hors parc").
    const participants = indicatorOf(document, 'participants');
    expect(cellOf(participants, 'qpv', QPV_A)).toMatchObject({ value: 6, secret: false });
    expect(cellOf(participants, 'residence', 'HORS_PARC').secret).toBe(true);
    expect(cellOf(participants, 'bureau', 'BUREAU')).toMatchObject({ value: 6 + 1 + 2, secret: false });
    // One follow-up: secret everywhere; its three contacts come from one household, so they are secret too.
    expect(cellOf(indicatorOf(document, 'suivis_actifs'), 'bureau', 'BUREAU').secret).toBe(true);
    expect(cellOf(indicatorOf(document, 'contacts_suivi'), 'bureau', 'BUREAU').secret).toBe(true);
    // One contract of 150 €: secret amount; the single active partner is below the threshold too.
    expect(cellOf(indicatorOf(document, 'economies_foyers'), 'bureau', 'BUREAU').secret).toBe(true);
    expect(cellOf(indicatorOf(document, 'partenaires_actifs'), 'bureau', 'BUREAU')).toMatchObject({ value: null, secret: true });
  });

  it('leaks no personal datum in any file', async () => {
    const { admin, personal } = await adversarialOffice();
    const { files } = await preview(admin);
    expect(files.map((f) => f.name).sort()).toEqual(['format-indicateurs.md', 'indicateurs-1.0.schema.json', 'indicateurs.csv', 'indicateurs.json', 'manifeste.json']);
    const data = {
      'family name': personal.familyNames,
      'first name': personal.firstNames,
      household: personal.householdNames,
      guest: personal.guestNames.flatMap((name) => [name, ...name.split(' ')]),
      phone: personal.phones.flatMap(phoneForms),
      email: personal.emails,
      'birth date': personal.birthDates.flatMap(dateForms),
      'member number': personal.memberNumbers,
    };
    for (const file of files) expect(personalDataIn(file.content, data), file.name).toEqual([]);
    // The scan itself finds what it looks for.
    expect(personalDataIn(`x ${personal.familyNames[3]} ${phoneForms(personal.phones[0]!)[2]}`, data)).toHaveLength(2);
  });

  it('writes the same cells to the CSV, and a manifest whose sizes and SHA-256 match every file', async () => {
    const { admin } = await adversarialOffice();
    const { files, fileNamed, document, fingerprint, generatedAt } = await preview(admin);
    const manifest = JSON.parse(fileNamed('manifeste.json').content);
    expect(fingerprint).toBe(sha256(fileNamed('manifeste.json').content));
    expect(manifest).toMatchObject({ schemaVersion: '1.0', period: PERIOD, office: { name: 'Office de test', siren: '732829320' }, threshold: 5, generatedAt });
    expect(manifest.generator.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(manifest.files.map((f: { name: string }) => f.name)).toEqual(files.filter((f) => f.name !== 'manifeste.json').map((f) => f.name));
    for (const entry of manifest.files) {
      const file = fileNamed(entry.name);
      expect(entry).toMatchObject({ sha256: sha256(file.content), bytes: Buffer.byteLength(file.content, 'utf8') });
    }

    const csv = Papa.parse<Record<string, string>>(fileNamed('indicateurs.csv').content.replace(/^\uFEFF/, ''), { header: true, delimiter: ';', skipEmptyLines: true });
    const cells = document.indicators.flatMap((i) => i.tables.flatMap((t) => t.cells.map((c) => ({ indicateur: i.id, niveau: t.level, groupe: c.group, valeur: c.value === null ? '' : String(c.value), secret: c.secret ? 'oui' : 'non' }))));
    expect(csv.data.map((row) => ({ indicateur: row.indicateur, niveau: row.niveau, groupe: row.groupe, valeur: row.valeur, secret: row.secret }))).toEqual(cells);
    expect(csv.meta.fields).toEqual(['periode_debut', 'periode_fin', 'indicateur', 'libelle_indicateur', 'unite', 'niveau', 'groupe', 'libelle_groupe', 'valeur', 'secret']);

    // Same figures, same moment: the same bytes (what the outbox relies on to resend an export unchanged).
    expect((await preview(admin)).fingerprint).toBe(fingerprint);
  });

  it('follows the threshold of the settings: never below 3, and an old setting without it reads as 5', async () => {
    const { admin, backend, residenceIds } = await adversarialOffice();
    const refused = expectError(await admin.invoke('settings.saveFederation', { endpointUrl: null, label: 'USH', suppressionThreshold: 2 }), 'VALIDATION');
    expect(refused.issues[0]).toMatchObject({ path: 'suppressionThreshold', message: expect.stringContaining('de 3 à 20') });
    expect((await call(admin, 'settings.get', {})).federation.suppressionThreshold).toBe(5);

    await call(admin, 'settings.saveFederation', { endpointUrl: null, label: 'USH', suppressionThreshold: 3 });
    const lower = (await preview(admin)).document;
    expect(lower.suppression.threshold).toBe(3);
    expectSecretKept(lower);
    // 4 households are now enough to be shown; 2 still are not.
    expect(cellOf(indicatorOf(lower, 'adherents'), 'residence', `R${residenceIds.Quatre}`)).toMatchObject({ value: 4, secret: false });
    expect(cellOf(indicatorOf(lower, 'adherents'), 'residence', `R${residenceIds.Petite}`).secret).toBe(true);

    const db = new Database(backend.databaseFile);
    db.prepare("UPDATE app_setting SET value = ? WHERE key = 'settings.federation'").run(JSON.stringify({ endpointUrl: null, label: 'USH' }));
    db.close();
    expect((await call(admin, 'settings.get', {})).federation).toEqual({ endpointUrl: null, label: 'USH', suppressionThreshold: 5, caCertificate: null });
    expect((await preview(admin)).threshold).toBe(5);
  });

  it('refuses a reversed or malformed period, an office without a name, and the counter role', async () => {
    const { admin, backend } = await adversarialOffice();
    const reversed = expectError(await admin.invoke('federation.export.preview', { from: '2025-12-31', to: '2025-01-01' }), 'VALIDATION');
    expect(reversed.message).toBe('La fin de la période doit être le même jour que son début ou après.');
    expect(expectError(await admin.invoke('federation.export.preview', { from: '2025-13-01', to: '2025-12-31' }), 'VALIDATION').issues[0]?.path).toBe('from');
    expect(expectError(await admin.invoke('federation.export.preview', { from: '2015-01-01', to: '2025-12-31' }), 'VALIDATION').message).toContain('au plus 5 ans');

    const counter = backend.connect();
    await call(counter, 'auth.login', { login: 'guichet', password: PASSWORD });
    expectError(await counter.invoke('federation.export.preview', PERIOD), 'FORBIDDEN');

    const db = new Database(backend.databaseFile);
    db.prepare("DELETE FROM app_setting WHERE key = 'settings.office'").run();
    db.close();
    expect(expectError(await admin.invoke('federation.export.preview', PERIOD), 'CONFLICT').message).toContain('Paramètres › Bureau');
  });

  it('counts only the period: the activity of 2025 stays out of an export of 2024', async () => {
    const { admin, residenceIds } = await adversarialOffice();
    const { document } = await preview(admin, { from: '2024-01-01', to: '2024-12-31' });
    // Vide's three memberships of 2024, Grande's follow-up (from November 2024) and nothing else.
    expect(cellOf(indicatorOf(document, 'adherents'), 'bureau', 'BUREAU').secret).toBe(true);
    expect(cellOf(indicatorOf(document, 'adherents'), 'residence', `R${residenceIds.Grande}`)).toMatchObject({ value: 0, secret: false });
    expect(cellOf(indicatorOf(document, 'prets'), 'bureau', 'BUREAU')).toMatchObject({ value: 0, secret: false });
    expectSecretKept(document);
  });

  it('describes in French every indicator of the schema and every CSV column, and ships that description', async () => {
    const { admin } = await adversarialOffice();
    const { fileNamed, document } = await preview(admin);
    const description = fileNamed('format-indicateurs.md').content;
    expect(description).toBe(readFileSync(join(import.meta.dirname, '..', '..', 'resources', 'federation', 'format-indicateurs.md'), 'utf8'));
    const schema = JSON.parse(fileNamed('indicateurs-1.0.schema.json').content);
    const ids: string[] = schema.$defs.indicator.properties.id.enum;
    expect(document.indicators.map((i) => i.id)).toEqual(ids);
    for (const id of ids) expect(description, id).toContain(`| \`${id}\` |`);
    const header = fileNamed('indicateurs.csv').content.replace(/^\uFEFF/, '').split('\r\n')[0]!.split(';');
    for (const column of header) expect(description, column).toContain(`\`${column}\``);
  });
});
