import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { migrations } from '../../db/migrations/index.ts';
import { ROLES } from '../../src-main/auth/rights.ts';
import { type Backend, createBackend } from '../../src-main/core/backend.ts';
import { formatBytes } from '../../src-main/diagnostics/report.ts';
import { createFileLogger, logsFolderOf } from '../../src-main/logs/file-logger.ts';
import { APP_VERSION } from '../../src-main/version.ts';
import { call, dwellingInput, expectError, newBackend, residenceInput, tempDir } from './helpers.ts';

/** Recognisable personal data, planted everywhere a record or an account can hold it. */
const ADMIN = { login: 'chef-ysolde', displayName: 'Ysolde Karamazian', password: 'phrase-secrete-ysolde-42' };
const STAFF = [
  { login: 'ovarlamov', displayName: 'Ondine Varlamov', role: 'office', password: 'phrase-secrete-ondine-42' },
  { login: 'zbrocard', displayName: 'Zélie Brocard', role: 'counter', password: 'phrase-secrete-zelie-42' },
  { login: 'tquillard', displayName: 'Thélonious Quillard', role: 'readonly', password: 'phrase-secrete-thelo-42' },
] as const;
const RESIDENCES = [
  {
    name: 'Les Glycines Zéphyrine',
    address: '7 impasse des Mirabelles',
    postcode: '29300',
    city: 'Quimperlé',
    notes: 'Gardienne : Mme Ondine Varlamov, ondine.varlamov@exemple.fr, 06 98 76 54 32',
    dwellings: [dwellingInput('QXGLY-0001'), dwellingInput('QXGLY-0002')],
  },
  { name: 'Clos Sainte-Pétronille', address: '3 chemin du Grand Moulinot', postcode: '29310', city: 'Locunolé', notes: '', dwellings: [] },
];
const PLANTED = [
  ADMIN.login,
  ADMIN.displayName,
  'Ysolde',
  'Karamazian',
  ADMIN.password,
  ...STAFF.flatMap((s) => [s.login, s.displayName, s.password, s.displayName.split(' ')[1]!]),
  ...RESIDENCES.flatMap((r) => [r.name, r.address, r.postcode, r.city]),
  'Zéphyrine',
  'Mirabelles',
  'Pétronille',
  'Moulinot',
  'ondine.varlamov',
  'exemple.fr',
  '06 98 76 54 32',
  'QXGLY',
];

/** A data folder whose path names a person, as C:\Users\<name>\AppData does on Windows. */
function personalDataDir(): string {
  const dataDir = join(tempDir(), 'Ysolde Karamazian', 'Voisinage');
  mkdirSync(dataDir, { recursive: true });
  return dataDir;
}

async function signedIn(backend: Backend, login: string, password: string) {
  const connection = backend.connect();
  await call(connection, 'auth.login', { login, password });
  return connection;
}

/** The real backend with its file log, an administrator signed in, every planted record and account created. */
async function plantedOffice() {
  const dataDir = personalDataDir();
  const logFolder = logsFolderOf(dataDir);
  const backend = createBackend({ dataDir, checkOutputs: true, automaticBackups: false, logger: createFileLogger({ folder: logFolder }) });
  onTestFinished(() => backend.close());
  const admin = backend.connect();
  await call(admin, 'auth.setup', ADMIN);
  for (const member of STAFF) await call(admin, 'staff.create', member);
  for (const residence of RESIDENCES) await call(admin, 'residences.create', residenceInput(residence));
  // A failing write that carried personal data reaches the log (scrubbed) and so the report's last lines.
  const other = new Database(backend.databaseFile);
  other.exec(`CREATE TRIGGER leak BEFORE INSERT ON residence BEGIN
    SELECT RAISE(ABORT, 'refus : ' || NEW.name || ', ' || NEW.address || ', ' || NEW.postcode || ' ' || NEW.city || ' — ' || NEW.notes);
  END;`);
  other.close();
  expectError(await admin.invoke('residences.create', residenceInput({ ...RESIDENCES[0]!, name: 'Les Glycines Zéphyrine Bis', dwellings: [] })), 'INTERNAL');
  await call(admin, 'backups.create', {});
  const secondFolder = tempDir();
  await call(admin, 'backups.setSecondFolder', { folder: secondFolder });
  return { backend, admin, dataDir, logFolder, secondFolder };
}

function expectNoPlantedData(text: string, extra: string[] = []) {
  for (const value of [...PLANTED, ...extra]) expect(text, `« ${value} » leaked`).not.toContain(value);
}

describe('system.diagnostics', () => {
  it('reports versions, sizes, states and counts', async () => {
    const { admin } = await plantedOffice();
    const { text } = await call(admin, 'system.diagnostics', {});
    const schema = migrations.at(-1)!.version;

    expect(text).toContain(`Version de Voisinage : ${APP_VERSION}`);
    expect(text).toContain(`Schéma de la base : ${schema} (cette version connaît le schéma ${schema})`);
    expect(text).toContain(`Migrations appliquées : ${migrations.length}`);
    for (const migration of migrations) expect(text).toMatch(new RegExp(`^  ${migration.version} ${migration.name} — \\d{4}-`, 'm'));
    expect(text).toContain(`Node.js : ${process.versions.node}`);
    expect(text).toContain('Electron : —'); // plain Node here: browser mode
    expect(text).toMatch(/^SQLite : 3\.\d+\.\d+$/m);
    expect(text).toMatch(new RegExp(`^Système : ${process.platform} .+ \\(${process.arch}\\)`, 'm'));
    expect(text).toMatch(/^Processeurs : \d+$/m);
    expect(text).toMatch(/^Mémoire : .+ au total/m);
    expect(text).toMatch(/^Dossier des données : .+ \(\d+ fichiers\)$/m);
    expect(text).toMatch(/^Fichier de la base : \d/m);
    expect(text).toMatch(/^Pages : \d+ de \d+ octets, dont \d+ libres$/m);
    expect(text).toContain('Mode du journal : wal');
    expect(text).toContain('Contrôle rapide (quick_check) : ok');
    expect(text).toMatch(/^ {2}residence +2$/m);
    expect(text).toMatch(/^ {2}dwelling +2$/m);
    expect(text).toMatch(/^ {2}staff_user +4$/m);
    expect(text).toMatch(/^ {2}audit_log +\d+$/m);
    expect(text).toContain('Administrateur (administrator) : 1 actif(s), 0 désactivé(s)');
    expect(text).toContain('Personnel du bureau (office) : 1 actif(s), 0 désactivé(s)');
    expect(text).toContain('Opérateur de comptoir (counter) : 1 actif(s), 0 désactivé(s)');
    expect(text).toContain('Lecture seule (readonly) : 1 actif(s), 0 désactivé(s)');
    expect(text).toMatch(/^Nombre : 1 \(/m);
    expect(text).toMatch(/^Plus récente : \d{4}-\d{2}-\d{2}T[\d:.]+Z \(manuelle\)$/m);
    expect(text).toContain('Second dossier configuré : oui (accessible)');
    expect(text).toMatch(/INFO {2}backend ready schemaVersion=\d+/);
    expect(text).toMatch(/ERROR method failed method=residences\.create error="refus : <name>/);
  });

  it('holds no name, address, note, login, password or path, and neither do the log files', async () => {
    const { admin, dataDir, logFolder, secondFolder } = await plantedOffice();
    const { text } = await call(admin, 'system.diagnostics', {});
    expectNoPlantedData(text, [dataDir, secondFolder]);
    const logs = readdirSync(logFolder).map((name) => readFileSync(join(logFolder, name), 'utf8')).join('');
    expect(logs).toContain('method failed');
    expectNoPlantedData(logs, [dataDir, secondFolder]);
  });

  it('scrubs again log lines written by hand or by an older version', async () => {
    const { admin, logFolder } = await plantedOffice();
    writeFileSync(
      join(logFolder, 'voisinage.log'),
      `${JSON.stringify({
        time: '2026-03-02T10:00:00Z',
        level: 'warn',
        message: `import refusé pour ${ADMIN.displayName} (ondine.varlamov@exemple.fr)`,
        fields: { login: ADMIN.login, error: `${RESIDENCES[0]!.address}, 06 98 76 54 32` },
      })}\n`,
      { flag: 'a' },
    );
    const { text } = await call(admin, 'system.diagnostics', {});
    expect(text).toContain('WARN  import refusé pour <name> (<email>) error="<address>, <phone>" dropped=1');
    expectNoPlantedData(text);
  });

  it('says when a part is missing instead of failing: no log yet, no backup, no second folder', async () => {
    const admin = await newBackend(); // no file logger, no backup
    const { text } = await call(admin, 'system.diagnostics', {});
    expect(existsSync(logsFolderOf(admin.dataDir))).toBe(false);
    expect(text).toContain('Fichiers de journal : 0 (0 octets)');
    expect(text).toContain('(aucune ligne)');
    expect(text).toContain('Plus récente : aucune');
    expect(text).toContain('Second dossier configuré : non');
    expect(text).not.toContain('indisponible');
  });

  it('is refused to every role but the administrator, by the backend', async () => {
    const { backend, admin } = await plantedOffice();
    expect((await call(admin, 'system.diagnostics', {})).text.length).toBeGreaterThan(0);
    for (const member of STAFF) {
      const connection = await signedIn(backend, member.login, member.password);
      expectError(await connection.invoke('system.diagnostics', {}), 'FORBIDDEN');
    }
    expect(STAFF.map((s) => s.role).sort()).toEqual(ROLES.filter((r) => r !== 'administrator').sort());
    expectError(await backend.connect().invoke('system.diagnostics', {}), 'UNAUTHENTICATED');
  });

  it('formats sizes in French units', () => {
    expect(formatBytes(0)).toBe('0 octets');
    expect(formatBytes(1536)).toBe('1,5 Ko');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5,0 Mo');
    expect(formatBytes(300 * 1024 * 1024)).toBe('300 Mo');
  });
});
