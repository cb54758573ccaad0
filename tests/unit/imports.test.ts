import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { listBackups } from '../../db/backup.ts';
import { backupsFolderOf } from '../../db/backup-name.ts';
import { detectEncoding, detectSeparator, readImportFile } from '../../src-main/imports/read-file.ts';
import { guessMapping, headerSetKey } from '../../src-main/imports/targets.ts';
import { BAD, bigLandlordRows, LANDLORD_HEADERS, LANDLORD_RESIDENCES, landlordRows, toCsv, toXlsx } from './fixtures/landlord-export.ts';
import { call, createResidences, dwellingInput, expectError, newBackend, residenceInput, type TestBackend, withFile } from './helpers.ts';

const fileOf = (name: string, bytes: Buffer) => ({ name, base64: bytes.toString('base64') });

async function officeWithDwellings(): Promise<TestBackend> {
  const backend = await newBackend();
  await createResidences(
    backend,
    LANDLORD_RESIDENCES.map(({ dwellings, ...residence }) => residenceInput({ ...residence, dwellings: dwellings.map((id) => dwellingInput(id)) })),
  );
  return backend;
}

/** Row counts read through a second connection, not through the code under test. */
function counts(backend: TestBackend) {
  return withFile(
    backend.databaseFile,
    (db) => {
      const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      return {
        households: n('SELECT COUNT(*) AS n FROM household'),
        people: n('SELECT COUNT(*) AS n FROM person'),
        occupancies: n('SELECT COUNT(*) AS n FROM occupancy'),
        openOccupancies: n('SELECT COUNT(*) AS n FROM occupancy WHERE left_on IS NULL'),
        indexed: n('SELECT COUNT(*) AS n FROM person_search'),
      };
    },
    true,
  );
}

const importBackups = (backend: TestBackend) => listBackups(backupsFolderOf(backend.dataDir)).filter((backup) => backup.reason === 'avant-import');

async function analyseAndMap(backend: TestBackend, file: { name: string; base64: string }) {
  const analysis = await call(backend, 'imports.analyse', { file });
  return { analysis, mapping: analysis.mapping };
}

describe('reading the file', () => {
  test('a Windows-1252 CSV with ";" and CRLF is decoded with its accents, headers mapped from their French labels', async () => {
    const backend = await officeWithDwellings();
    const bytes = toCsv(landlordRows());
    expect(bytes.includes(Buffer.from('Hélène', 'utf8'))).toBe(false); // really Windows-1252
    const analysis = await call(backend, 'imports.analyse', { file: fileOf('export-locataires.csv', bytes) });
    expect(analysis).toMatchObject({ format: 'csv', encoding: 'windows-1252', separator: ';', rowCount: 14, mappingSource: 'guess' });
    expect(analysis.headers).toEqual(LANDLORD_HEADERS);
    expect(analysis.samples[0]).toContain('Hélène');
    expect(analysis.mapping).toEqual({
      householdExternalId: 0,
      personExternalId: 1,
      dwellingInternalId: 2,
      civility: 3,
      familyName: 4,
      usageName: 5,
      firstName: 6,
      birthDate: 7,
      phone: 8,
      email: 9,
      role: 10,
      entryDate: 11,
    });
  });

  test('UTF-8 with a BOM, UTF-8 without, commas, tabs, LF, quoted separators and line breaks are all read', async () => {
    const rows = [['Nom', 'Prénom', 'Adresse'], ['DUPONT', 'Hélène', '3, allée des Tilleuls; bât. A\r\n2e étage'], ['NOËL', 'Françoise', '"Les Lilas"']];
    const cases = [
      { options: { encoding: 'utf-8-bom', separator: ',' }, encoding: 'utf-8-bom', separator: ',' },
      { options: { encoding: 'utf-8', separator: '\t', newline: '\n' }, encoding: 'utf-8', separator: '\t' },
      { options: { encoding: 'windows-1252', separator: ';' }, encoding: 'windows-1252', separator: ';' },
      { options: { encoding: 'utf-8', separator: ',', newline: '\n' }, encoding: 'utf-8', separator: ',' },
    ] as const;
    for (const { options, encoding, separator } of cases) {
      const table = await readImportFile('liste.csv', toCsv(rows, options));
      expect({ encoding: table.encoding, separator: table.separator }).toEqual({ encoding, separator });
      expect(table.headers).toEqual(['Nom', 'Prénom', 'Adresse']);
      expect(table.rows.map((row) => row.cells)).toEqual(rows.slice(1));
      expect(table.rows.map((row) => row.line)).toEqual([2, 3]);
    }
  });

  test('the "Unicode text" of Excel (UTF-16 with BOM, tabs) is read too', async () => {
    const text = 'Nom\tPrénom\r\nNOËL\tFrançoise\r\n';
    const table = await readImportFile('liste.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect({ encoding: table.encoding, separator: table.separator, headers: table.headers, cells: table.rows[0]!.cells }).toEqual({
      encoding: 'utf-16le',
      separator: '\t',
      headers: ['Nom', 'Prénom'],
      cells: ['NOËL', 'Françoise'],
    });
  });

  test('detection helpers: BOM, valid UTF-8, else Windows-1252; the separator that gives steady columns', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('utf-8-bom');
    expect(detectEncoding(Buffer.from('Hélène', 'utf8'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from([0x48, 0xe9, 0x6c, 0xe8, 0x6e, 0x65]))).toBe('windows-1252');
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toBe('utf-16le');
    expect(detectSeparator('Nom;Adresse\r\nDupont;3, rue X\r\nMartin;4, rue Y\r\n')).toBe(';');
    expect(detectSeparator('Nom,Adresse\nDupont,"3; rue X"\nMartin,4 rue Y\n')).toBe(',');
    expect(detectSeparator('Nom\tPrénom\nDupont\tHélène\n')).toBe('\t');
  });

  test('a title line above the header is skipped', async () => {
    const table = await readImportFile('a.csv', toCsv([['Export des locataires du 03/03/2025'], [], ['Nom', 'Prénom', 'Logement'], ['DUPONT', 'Hélène', 'TIL-A01']]));
    expect(table.separator).toBe(';');
    expect(table.headers).toEqual(['Nom', 'Prénom', 'Logement']);
    expect(table.rows).toEqual([{ line: 4, cells: ['DUPONT', 'Hélène', 'TIL-A01'] }]);
  });

  test('blank lines are skipped and rows keep the number the spreadsheet shows', async () => {
    const text = '\r\nNom;Prénom\r\n\r\nDUPONT;Hélène\r\n;\r\nMARTIN;Noël\r\n';
    const table = await readImportFile('a.csv', Buffer.from(text, 'utf8'));
    expect(table.rows).toEqual([
      { line: 4, cells: ['DUPONT', 'Hélène'] },
      { line: 6, cells: ['MARTIN', 'Noël'] },
    ]);
  });

  test('files that cannot be read are refused with a French message', async () => {
    const backend = await newBackend();
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)]);
    expect(expectError(await backend.invoke('imports.analyse', { file: fileOf('vieux.xls', xls) }), 'VALIDATION').message).toMatch(/Excel 97-2003 \(\.xls\)/);
    const brokenZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(50, 1)]);
    expect(expectError(await backend.invoke('imports.analyse', { file: fileOf('a.xlsx', brokenZip) }), 'VALIDATION').message).toMatch(/illisible/);
    expect(expectError(await backend.invoke('imports.analyse', { file: fileOf('a.csv', Buffer.from('Nom;Prénom\r\n')) }), 'VALIDATION').message).toMatch(/que la ligne des titres/);
    expect(expectError(await backend.invoke('imports.analyse', { file: fileOf('a.csv', Buffer.from('une seule colonne\r\nx\r\n')) }), 'VALIDATION').message).toMatch(/Une seule colonne/);
    expect(expectError(await backend.invoke('imports.analyse', { file: { name: 'a.csv', base64: '' } }), 'VALIDATION').message).toBe('Choisissez un fichier.');
  });

  test('a file over 20 Mo is refused with its weight in French', async () => {
    const backend = await newBackend();
    const heavy = Buffer.alloc(Math.round(20.5 * 1024 * 1024), 0x41);
    const error = expectError(await backend.invoke('imports.analyse', { file: fileOf('gros.csv', heavy) }), 'VALIDATION');
    expect(error.message).toBe('Le fichier pèse 20,5 Mo : 20 Mo au plus. Exportez moins de colonnes ou découpez-le en plusieurs fichiers.');
  });
});

describe('mapping', () => {
  test('French headers are guessed, whatever their accents, case and punctuation', () => {
    expect(
      guessMapping(['NUMERO DE LOCATAIRE', 'Code logement', 'RPLS', 'Nom de naissance', 'Nom marital', 'Prénoms', 'Né(e) le', 'Téléphone portable', 'E-mail', 'Date d’entrée dans les lieux', 'Code postal', 'Ville']),
    ).toEqual({
      householdExternalId: 0,
      dwellingInternalId: 1,
      dwellingRplsId: 2,
      familyName: 3,
      usageName: 4,
      firstName: 5,
      birthDate: 6,
      phone: 7,
      email: 8,
      entryDate: 9,
      postcode: 10,
      city: 11,
    });
    expect(guessMapping(['Date de naissance (JJ/MM/AAAA)', 'Nom'])).toEqual({ birthDate: 0, familyName: 1 });
  });

  test('the last mapping is remembered per set of headers', async () => {
    const backend = await officeWithDwellings();
    const file = fileOf('export.csv', toCsv(landlordRows()));
    const first = await call(backend, 'imports.analyse', { file });
    expect(first.mappingSource).toBe('guess');
    const chosen = { ...first.mapping, email: null, usageName: null };
    await call(backend, 'imports.saveMapping', { headers: first.headers, mapping: chosen });
    const again = await call(backend, 'imports.analyse', { file });
    expect(again.mappingSource).toBe('memory');
    expect(again.mapping.email).toBeUndefined();
    expect(again.mapping.usageName).toBeUndefined();
    expect(again.mapping.familyName).toBe(4);

    // Other headers: another memory (a guess here).
    const other = await call(backend, 'imports.analyse', { file: fileOf('autre.csv', toCsv([['Matricule', 'Nom', 'Logement'], ['1', 'X', 'TIL-A01']])) });
    expect(other.mappingSource).toBe('guess');
    expect(headerSetKey(['Nom', 'Prénom'])).toBe(headerSetKey(['NOM', 'prenom']));

    // A commit remembers the mapping it used.
    await call(backend, 'imports.commit', { file, mapping: { ...first.mapping, phone: null } });
    expect((await call(backend, 'imports.analyse', { file })).mapping.phone).toBeUndefined();
  });

  test('a mapping without the household id or the family name is refused', async () => {
    const backend = await officeWithDwellings();
    const file = fileOf('export.csv', toCsv(landlordRows()));
    const error = expectError(await backend.invoke('imports.preview', { file, mapping: { householdExternalId: 0, dwellingInternalId: 2 } }), 'VALIDATION');
    expect(error.issues).toEqual([{ path: 'mapping.familyName', message: 'Choisissez la colonne « Nom de famille ».' }]);
  });
});

describe('preview and commit', () => {
  test('preview: every row checked, bad rows reported with French messages, nothing written', async () => {
    const backend = await officeWithDwellings();
    const rows = landlordRows();
    const file = fileOf('export.csv', toCsv(rows));
    const { mapping } = await analyseAndMap(backend, file);
    const preview = await call(backend, 'imports.preview', { file, mapping });

    expect(preview.counts).toEqual({ total: 14, new: 9, updated: 0, unchanged: 0, rejected: 5 });
    expect(preview.households).toEqual({ created: 6, updated: 0, moved: 0, vacated: 0 });
    expect(preview.rejected).toHaveLength(5);
    for (const bad of BAD) {
      const line = rows.indexOf(rows.find((row) => row.join() === bad.row.join())!) + 1;
      const rejected = preview.rejected.find((row) => row.line === line);
      expect(rejected, `line ${line}`).toBeDefined();
      expect(rejected!.problems).toEqual([expect.objectContaining({ column: bad.column, message: expect.stringMatching(bad.message) })]);
    }
    expect(preview.sample[0]).toMatchObject({ line: 2, status: 'new', values: { firstName: 'Hélène', birthDate: '03/02/1958' } });
    expect(preview.sample.find((row) => row.line === 5)).toMatchObject({ status: 'rejected' });

    // The report: BOM, ";", one line per problem with the row as it was.
    const report = preview.report!;
    expect(report.fileName).toMatch(/^lignes-refusees-export-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(report.csv.startsWith('\uFEFFLigne;Colonne;Problème;N° locataire;')).toBe(true);
    const parsed = Papa.parse<string[]>(report.csv.slice(1), { delimiter: ';' }).data.filter((row) => row.length > 1);
    expect(parsed).toHaveLength(6);
    expect(parsed[1]!.slice(0, 2)).toEqual(['5', 'Date de naissance']);
    expect(parsed[1]!.slice(3)).toEqual(BAD[0]!.row);

    expect(counts(backend)).toMatchObject({ households: 0, people: 0 });
    expect(importBackups(backend)).toHaveLength(0);
  });

  test('commit: every good row in, a backup first, people found without accents; the same file again changes nothing', async () => {
    const backend = await officeWithDwellings();
    const file = fileOf('export.csv', toCsv(landlordRows()));
    const { mapping } = await analyseAndMap(backend, file);
    const result = await call(backend, 'imports.commit', { file, mapping });

    expect(result.counts).toEqual({ total: 14, new: 9, updated: 0, unchanged: 0, rejected: 5 });
    expect(result.backup).toMatch(/avant-import/);
    expect(importBackups(backend)).toHaveLength(1);
    expect(result.report?.csv).toContain('Logement « ZZZ-999 » inconnu');
    expect(counts(backend)).toEqual({ households: 6, people: 9, occupancies: 6, openOccupancies: 6, indexed: 9 });

    // « helene » also finds the people of Résidence Hélène-Boucher; with the family name, only her.
    expect((await call(backend, 'households.search', { query: 'helene' })).total).toBe(4);
    const found = await call(backend, 'households.search', { query: 'helene dupont' });
    expect(found.total).toBe(1);
    const household = await call(backend, 'households.get', { id: found.rows[0]!.household.id });
    expect(household).toMatchObject({ name: 'DUPONT', externalId: 'L1001', isTenant: true, current: { enteredOn: '2010-09-01', dwelling: { internalId: 'TIL-A01' } } });
    expect(household.people.map((p) => [p.firstName, p.civility, p.role, p.birthDate, p.phone, p.externalId])).toEqual([
      ['Hélène', 'madame', 'holder', '1958-02-03', '+33612345678', 'P0001'],
      ['Noël', 'monsieur', 'spouse', '1955-12-25', null, 'P0002'],
    ]);
    expect((await call(backend, 'households.search', { query: 'coeurderoy' })).total).toBe(2);
    expect((await call(backend, 'households.search', { query: 'francoise lefevre' })).total).toBe(1);

    const again = await call(backend, 'imports.commit', { file, mapping });
    expect(again.counts).toEqual({ total: 14, new: 0, updated: 0, unchanged: 9, rejected: 5 });
    expect(again.backup).toBeNull();
    expect(counts(backend)).toEqual({ households: 6, people: 9, occupancies: 6, openOccupancies: 6, indexed: 9 });
  });

  test('a person erased at their request is not brought back by the next import of the landlord file', async () => {
    const backend = await officeWithDwellings();
    const file = fileOf('export-locataires.csv', toCsv(landlordRows()));
    const { mapping } = await analyseAndMap(backend, file);
    await call(backend, 'imports.commit', { file, mapping });
    const hit = (await call(backend, 'households.search', { query: 'helene dupont' })).rows[0]!;
    const personId = hit.person!.id;
    const found = async () => (await call(backend, 'households.search', { query: 'helene dupont' })).rows.some((row) => row.person?.id === personId);
    expect(await found()).toBe(true);
    await call(backend, 'privacy.erasePerson', { personId, reason: 'request' });
    expect(await found()).toBe(false);

    const again = await call(backend, 'imports.commit', { file, mapping });
    expect(again.counts).toMatchObject({ new: 0, rejected: 6 });
    expect(await found()).toBe(false);
    const stored = withFile(backend.databaseFile, (db) => db.prepare('SELECT external_id FROM person WHERE id = ?').pluck().get(personId), true);
    expect(stored).toMatch(/^anonymise:/);
    expect(String(stored)).not.toContain('P0001');
  });

  test('the same export as .xlsx imports the same way (real dates, phone numbers stored as numbers)', async () => {
    const backend = await officeWithDwellings();
    const file = fileOf('export.xlsx', await toXlsx(landlordRows()));
    const { analysis, mapping } = await analyseAndMap(backend, file);
    expect(analysis).toMatchObject({ format: 'xlsx', encoding: null, separator: null, rowCount: 14 });
    expect(analysis.samples[0]).toEqual(['L1001', 'P0001', 'TIL-A01', 'Mme', 'DUPONT', '', 'Hélène', '03/02/1958', '06 12 34 56 78', 'helene.dupont@exemple.fr', 'Titulaire', '01/09/2010']);
    // Zoé's number was stored as a number by the spreadsheet: its leading 0 is gone, and restored.
    const preview = await call(backend, 'imports.preview', { file, mapping });
    expect(preview.sample.find((row) => row.values.firstName === 'Zoé')?.values.phone).toBe('322334455');
    const result = await call(backend, 'imports.commit', { file, mapping });
    expect(result.counts).toEqual({ total: 14, new: 9, updated: 0, unchanged: 0, rejected: 5 });
    const hit = (await call(backend, 'households.search', { query: 'zoe garcon' })).rows[0]!;
    const person = (await call(backend, 'households.get', { id: hit.household.id })).people[0];
    expect(person).toMatchObject({ phone: '+33322334455', birthDate: '1948-08-08' });

    // The CSV of the same export, imported after the .xlsx, matches every row.
    const csv = fileOf('export.csv', toCsv(landlordRows()));
    expect((await call(backend, 'imports.preview', { file: csv, mapping })).counts).toMatchObject({ new: 0, updated: 0, unchanged: 9 });
  });

  test('a re-import with a changed phone and a moved household updates them, keeps the history, duplicates nothing', async () => {
    const backend = await officeWithDwellings();
    const mapping = (await analyseAndMap(backend, fileOf('a.csv', toCsv(landlordRows())))).mapping;
    await call(backend, 'imports.commit', { file: fileOf('a.csv', toCsv(landlordRows())), mapping });

    const changed = fileOf('b.csv', toCsv(landlordRows({ phones: { P0001: '07 11 22 33 44' }, moves: { L1003: { dwelling: 'TIL-A07', entryDate: '01/03/2024' } } })));
    const preview = await call(backend, 'imports.preview', { file: changed, mapping });
    expect(preview.counts).toEqual({ total: 14, new: 0, updated: 2, unchanged: 7, rejected: 5 });
    expect(preview.households).toEqual({ created: 0, updated: 1, moved: 1, vacated: 0 });
    const result = await call(backend, 'imports.commit', { file: changed, mapping });
    expect(result.counts).toEqual(preview.counts);
    expect(importBackups(backend)).toHaveLength(2);
    expect(counts(backend)).toEqual({ households: 6, people: 9, occupancies: 7, openOccupancies: 6, indexed: 9 });

    const helene = (await call(backend, 'households.search', { query: 'helene dupont' })).rows[0]!;
    expect((await call(backend, 'households.get', { id: helene.household.id })).people[0]!.phone).toBe('+33711223344');
    const loic = (await call(backend, 'households.search', { query: 'loic' })).rows[0]!;
    const moved = await call(backend, 'households.get', { id: loic.household.id });
    expect(moved.history.map((stay) => [stay.dwelling.internalId, stay.enteredOn, stay.leftOn])).toEqual([
      ['TIL-A07', '2024-03-01', null],
      ['TIL-A03', '2020-01-01', '2024-03-01'],
    ]);
    expect((await call(backend, 'households.search', { query: 'TIL-A07' })).total).toBe(1);

    // Once more: nothing left to change.
    expect((await call(backend, 'imports.preview', { file: changed, mapping })).counts).toMatchObject({ new: 0, updated: 0, unchanged: 9 });
  });

  test('a household absent from the file leaves the dwelling another household of the file moves into', async () => {
    const backend = await officeWithDwellings();
    const all = landlordRows({ withoutBadRows: true });
    const mapping = (await analyseAndMap(backend, fileOf('a.csv', toCsv(all)))).mapping;
    await call(backend, 'imports.commit', { file: fileOf('a.csv', toCsv(all)), mapping });
    const next = landlordRows({ withoutBadRows: true, moves: { L1006: { dwelling: 'TIL-A03', entryDate: '15/04/2024' } } }).filter((row) => row[0] !== 'L1003');
    const result = await call(backend, 'imports.commit', { file: fileOf('b.csv', toCsv(next)), mapping });
    expect(result.households).toEqual({ created: 0, updated: 1, moved: 1, vacated: 1 });
    const loic = (await call(backend, 'households.search', { query: 'loic' })).rows[0]!;
    expect((await call(backend, 'households.get', { id: loic.household.id })).current).toBeNull();
    expect(counts(backend)).toMatchObject({ people: 9, openOccupancies: 5 });
  });

  test('a failure while writing leaves the database untouched, after the backup was taken', async () => {
    const backend = await officeWithDwellings();
    const file = fileOf('export.csv', toCsv(landlordRows()));
    const { mapping } = await analyseAndMap(backend, file);
    // A constraint that only bites at insert time: the 6th good person (line 9) cannot be written.
    withFile(backend.databaseFile, (db) =>
      db.exec("CREATE TRIGGER refuse_garcon BEFORE INSERT ON person WHEN NEW.family_name = 'GARÇON' BEGIN SELECT RAISE(ABORT, 'refused'); END"),
    );
    const before = counts(backend);
    const error = expectError(await backend.invoke('imports.commit', { file, mapping }), 'CONFLICT');
    expect(error.message).toBe("Import annulé : la ligne 9 n'a pas pu être enregistrée. Aucune donnée n'a été modifiée ; corrigez cette ligne ou contactez le support.");
    expect(counts(backend)).toEqual(before);
    expect(before).toMatchObject({ households: 0, people: 0, occupancies: 0, indexed: 0 });
    expect(importBackups(backend)).toHaveLength(1);
    // The mapping was not remembered either (same transaction).
    expect((await call(backend, 'imports.analyse', { file })).mappingSource).toBe('guess');

    // On a database that already holds the people, a failing re-import changes nothing either.
    withFile(backend.databaseFile, (db) => db.exec('DROP TRIGGER refuse_garcon'));
    await call(backend, 'imports.commit', { file, mapping });
    withFile(backend.databaseFile, (db) =>
      db.exec("CREATE TRIGGER refuse_update BEFORE UPDATE OF phone ON person BEGIN SELECT RAISE(ABORT, 'refused'); END"),
    );
    const filled = counts(backend);
    const changed = fileOf('b.csv', toCsv(landlordRows({ phones: { P0005: '06 00 00 00 01' }, moves: { L1001: { dwelling: 'TIL-A08', entryDate: '01/01/2024' } } })));
    expectError(await backend.invoke('imports.commit', { file: changed, mapping }), 'CONFLICT');
    expect(counts(backend)).toEqual(filled);
    const helene = (await call(backend, 'households.search', { query: 'helene dupont' })).rows[0]!;
    expect((await call(backend, 'households.get', { id: helene.household.id })).current?.dwelling.internalId).toBe('TIL-A01');
  });

  test('cross-row checks: one dwelling per household, one household per dwelling, one holder, people without ids', async () => {
    const backend = await officeWithDwellings();
    const header = ['N° locataire', 'Logement', 'Nom', 'Prénom', 'Qualité', 'Date de naissance'];
    const rows = [
      header,
      ['A1', 'TIL-A01', 'DUPONT', 'Hélène', 'Titulaire', ''],
      ['A1', 'TIL-A02', 'DUPONT', 'Noël', 'Conjoint', ''], // another dwelling for the same household
      ['A2', 'TIL-A01', 'MARTIN', 'Paul', 'Titulaire', ''], // a dwelling already given to A1
      ['A3', 'TIL-A03', 'PETIT', 'Léa', 'Titulaire', ''],
      ['A3', 'TIL-A03', 'PETIT', 'Marc', 'Titulaire', ''], // a second holder
      ['A3', '', 'PETIT', 'Léa', '', ''], // the same person again (no person id)
      ['A4', 'TIL-A04', 'ROUX', 'Inès', 'Cousine', ''], // unknown role
      ['A5', 'til-a05', 'BLANC', 'Jean', 'Titulaire', '3/4/1960'], // lower-case id, one-digit day and month
    ];
    const file = fileOf('x.csv', toCsv(rows));
    const { mapping } = await analyseAndMap(backend, file);
    const preview = await call(backend, 'imports.preview', { file, mapping });
    const messages = Object.fromEntries(preview.rejected.map((row) => [row.line, row.problems.map((p) => p.message).join(' | ')]));
    expect(messages[3]).toMatch(/Le foyer « A1 » a le logement « TIL-A01 » à la ligne 2/);
    expect(messages[4]).toMatch(/Le logement « TIL-A01 » est déjà celui du foyer « A1 » \(ligne 2\)/);
    expect(messages[6]).toMatch(/déjà un titulaire du bail à la ligne 5/);
    expect(messages[7]).toMatch(/figure déjà à la ligne 5/);
    expect(messages[8]).toMatch(/Rôle « Cousine » non reconnu/);
    expect(preview.counts).toEqual({ total: 8, new: 3, updated: 0, unchanged: 0, rejected: 5 });
    await call(backend, 'imports.commit', { file, mapping });
    const blanc = (await call(backend, 'households.search', { query: 'blanc' })).rows[0]!;
    expect((await call(backend, 'households.get', { id: blanc.household.id })).people[0]!.birthDate).toBe('1960-04-03');

    // Without person ids, a re-import matches people by name within their household.
    expect((await call(backend, 'imports.preview', { file, mapping })).counts).toMatchObject({ new: 0, unchanged: 3, rejected: 5 });
  });

  test('a large file is checked and imported in one go', async () => {
    const backend = await newBackend();
    const dwellings = Array.from({ length: 3000 }, (_, i) => `GR-${String(i + 1).padStart(5, '0')}`);
    await createResidences(backend, [
      residenceInput({ name: 'Grand ensemble', dwellings: dwellings.slice(0, 2000).map((id) => dwellingInput(id)) }),
      residenceInput({ name: 'Grand ensemble II', dwellings: dwellings.slice(2000).map((id) => dwellingInput(id)) }),
    ]);
    const file = fileOf('gros.csv', toCsv(bigLandlordRows(3000, (i) => dwellings[i]!)));
    const { mapping } = await analyseAndMap(backend, file);
    const result = await call(backend, 'imports.commit', { file, mapping });
    expect(result.counts).toMatchObject({ new: 3000, rejected: 0 });
    expect(counts(backend)).toMatchObject({ households: 3000, people: 3000, indexed: 3000 });
    expect((await call(backend, 'imports.preview', { file, mapping })).counts).toMatchObject({ unchanged: 3000 });
  });

  test('importing needs the write right on households', async () => {
    const backend = await officeWithDwellings();
    await call(backend, 'staff.create', { login: 'lecture', displayName: 'Lou Lecture', role: 'readonly', password: 'mot-de-passe-lecture' });
    const reader = backend.connect();
    await reader.invoke('auth.login', { login: 'lecture', password: 'mot-de-passe-lecture' });
    const file = fileOf('export.csv', toCsv(landlordRows()));
    expectError(await reader.invoke('imports.analyse', { file }), 'FORBIDDEN');
    expectError(await reader.invoke('imports.commit', { file, mapping: { householdExternalId: 0, familyName: 4, dwellingInternalId: 2 } }), 'FORBIDDEN');
    expect(counts(backend).people).toBe(0);
  });

  test('any file, any mapping: a French refusal or a clean import, never an internal error nor a half-written one', async () => {
    const backend = await officeWithDwellings();
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('TIL-A01', 'TIL-A02', 'HB-001', 'ZZZ', '31/02/1985', '01/01/2000', 'Mme', 'M.', 'Titulaire', 'Enfant', '0612345678', '12', '', ';', '"', '\r\n', 'Hélène', '=1+1'),
    );
    const landlordLike = fc
      .array(fc.tuple(fc.constantFrom('H1', 'H2', 'H3', ''), fc.constantFrom('DUPONT', 'Noël', 'ÉTÉ', ''), fc.constantFrom('TIL-A01', 'TIL-A02', 'HB-001', 'ZZZ', ''), cell, cell), { minLength: 1, maxLength: 10 })
      .map((rows) => [['N° locataire', 'Nom', 'Logement', 'A', 'B'], ...rows.map((row) => [...row])]);
    const table = fc.oneof({ weight: 4, arbitrary: landlordLike }, { weight: 1, arbitrary: fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 12 }) });
    const bytes = fc.oneof(
      { weight: 3, arbitrary: table.map((rows) => toCsv(rows, { encoding: 'utf-8' })) },
      { weight: 3, arbitrary: table.map((rows) => toCsv(rows, { encoding: 'utf-8-bom', separator: ',' })) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((array) => Buffer.from(array)) },
    );
    const column = fc.integer({ min: 0, max: 4 });
    const aligned = (index: number) => fc.oneof({ arbitrary: fc.constant(index), weight: 4 }, { arbitrary: column, weight: 1 });
    const mapping = fc.oneof(
      { weight: 4, arbitrary: fc
        .record({ householdExternalId: aligned(0), familyName: aligned(1), dwellingInternalId: aligned(2) })
        .chain((required) =>
          fc.dictionary(fc.constantFrom('personExternalId', 'firstName', 'birthDate', 'phone', 'role', 'entryDate', 'civility'), fc.oneof(column, fc.constant(null))).map((more) => ({ ...more, ...required })),
        ) },
      { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('householdExternalId', 'familyName', 'phone'), fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constant(null))) },
    ).map((value) => value as Record<string, number | null>);
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(bytes, mapping, async (content, chosen) => {
        const file = fileOf('x.csv', content);
        for (const method of ['imports.analyse', 'imports.preview'] as const) {
          const result = await backend.invoke(method, { file, mapping: chosen });
          if (!result.ok) expect(result.error.code).toBe('VALIDATION');
        }
        const before = counts(backend);
        const committed = await backend.invoke('imports.commit', { file, mapping: chosen });
        if (!committed.ok) {
          expect(['VALIDATION', 'CONFLICT']).toContain(committed.error.code);
          expect(counts(backend)).toEqual(before);
        } else {
          imported++;
          const after = counts(backend);
          expect(after.people - before.people).toBe((committed.data as { counts: { new: number } }).counts.new);
          expect(after.indexed).toBe(after.people);
        }
      }),
      { numRuns: 80 },
    );
    expect(imported).toBeGreaterThan(5);
  });
});
