import Database from 'better-sqlite3';
import fc from 'fast-check';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../src-main/core/backend.ts';
import type { Logger } from '../../src-main/core/logger.ts';
import {
  createFileLogger,
  formatLogEntry,
  logFilePath,
  logsFolderOf,
  readLogTail,
  teeLogger,
} from '../../src-main/logs/file-logger.ts';
import { scrubFields, scrubText } from '../../src-main/logs/scrub.ts';
import { ADMIN, call, expectError, residenceInput, tempDir } from './helpers.ts';

const fixedClock = { now: () => new Date('2026-03-02T09:00:00.000Z') };

function readLines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Every log file of a folder, concatenated. */
function allLogText(folder: string): string {
  return existsSync(folder) ? readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8')).join('') : '';
}

describe('file logger', () => {
  it('writes one JSON line per call, with time, level, message and fields', () => {
    const folder = join(tempDir(), 'journaux');
    const logger = createFileLogger({ folder, clock: fixedClock });
    logger.info('backend ready', { schemaVersion: 3 });
    logger.warn('second backup copy failed', { reason: 'periodique' });
    logger.error('method failed', { method: 'residences.create', error: 'SqliteError: database is locked' });
    logger.info('no fields');

    expect(logger.file).toBe(join(folder, 'voisinage.log'));
    expect(readLines(logger.file)).toEqual([
      { time: '2026-03-02T09:00:00.000Z', level: 'info', message: 'backend ready', fields: { schemaVersion: 3 } },
      { time: '2026-03-02T09:00:00.000Z', level: 'warn', message: 'second backup copy failed', fields: { reason: 'periodique' } },
      {
        time: '2026-03-02T09:00:00.000Z',
        level: 'error',
        message: 'method failed',
        fields: { method: 'residences.create', error: 'SqliteError: database is locked' },
      },
      { time: '2026-03-02T09:00:00.000Z', level: 'info', message: 'no fields', fields: {} },
    ]);
  });

  it('rotates by size and keeps at most maxFiles files, none over the limit, the newest lines in voisinage.log', () => {
    const folder = join(tempDir(), 'journaux');
    const maxBytes = 400;
    const maxFiles = 4;
    const logger = createFileLogger({ folder, maxBytes, maxFiles, clock: fixedClock });
    for (let i = 1; i <= 200; i++) logger.info('tick', { count: i });

    const names = readdirSync(folder).sort();
    expect(names).toEqual(['voisinage.1.log', 'voisinage.2.log', 'voisinage.3.log', 'voisinage.log']);
    for (const name of names) {
      const size = statSync(join(folder, name)).size;
      expect(size, name).toBeLessThanOrEqual(maxBytes);
      expect(size, name).toBeGreaterThan(0);
    }
    // Oldest file first, the current one last: the counts follow each other without a gap up to 200.
    const counts = [3, 2, 1, 0].flatMap((index) => readLines(logFilePath(folder, index)).map((line) => (line.fields as { count: number }).count));
    expect(counts.at(-1)).toBe(200);
    expect(counts).toEqual(counts.map((_, i) => counts[0]! + i));
    // Each full file holds as many lines as fit: rotation happens only when the next line would not.
    const lineBytes = Buffer.byteLength(readFileSync(logFilePath(folder, 1), 'utf8').split('\n')[0]!) + 1;
    expect(readLines(logFilePath(folder, 1)).length).toBe(Math.floor(maxBytes / lineBytes));
  });

  it('with maxFiles 1, starts the file afresh; a line longer than maxBytes is still written whole', () => {
    const folder = join(tempDir(), 'journaux');
    const logger = createFileLogger({ folder, maxBytes: 150, maxFiles: 1, clock: fixedClock });
    for (let i = 0; i < 20; i++) logger.info('tick', { count: i });
    expect(readdirSync(folder)).toEqual(['voisinage.log']);
    expect(statSync(join(folder, 'voisinage.log')).size).toBeLessThanOrEqual(150);

    const tiny = createFileLogger({ folder: join(folder, 'tiny'), maxBytes: 10, maxFiles: 2, clock: fixedClock });
    tiny.info('a message longer than ten bytes');
    tiny.info('another one');
    expect(readLines(logFilePath(join(folder, 'tiny'), 1))[0]?.message).toBe('a message longer than ten bytes');
    expect(readLines(logFilePath(join(folder, 'tiny'), 0))[0]?.message).toBe('another one');
  });

  it('appends synchronously: a line is on disk as soon as the call returns', () => {
    const folder = join(tempDir(), 'journaux');
    const logger = createFileLogger({ folder });
    logger.error('start-up failed', { code: 'SQLITE_CORRUPT' });
    expect(readFileSync(join(folder, 'voisinage.log'), 'utf8')).toContain('"code":"SQLITE_CORRUPT"');
  });

  it('never throws, even when the folder cannot be created', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'journaux'), 'a file where the folder should be');
    const logger = createFileLogger({ folder: join(dir, 'journaux') });
    expect(() => logger.error('method failed', { method: 'x' })).not.toThrow();
  });

  it('places the logs in <dataDir>/journaux', () => {
    expect(logsFolderOf(join('data', 'voisinage'))).toBe(join('data', 'voisinage', 'journaux'));
  });
});

describe('teeLogger', () => {
  it('writes to both loggers, even when the first one throws', () => {
    const seen: string[] = [];
    const broken: Logger = {
      info: () => {
        throw new Error('console closed');
      },
      warn: () => {},
      error: () => {},
    };
    const recorder: Logger = {
      info: (message, fields) => seen.push(`info ${message} ${JSON.stringify(fields)}`),
      warn: (message) => seen.push(`warn ${message}`),
      error: (message) => seen.push(`error ${message}`),
    };
    const tee = teeLogger(broken, recorder);
    expect(() => tee.info('a', { count: 1 })).not.toThrow();
    tee.warn('b');
    tee.error('c');
    expect(seen).toEqual(['info a {"count":1}', 'warn b', 'error c']);

    const both: string[] = [];
    const one: Logger = { info: (m) => both.push(`1:${m}`), warn: () => {}, error: () => {} };
    const two: Logger = { info: (m) => both.push(`2:${m}`), warn: () => {}, error: () => {} };
    teeLogger(one, two).info('x');
    expect(both).toEqual(['1:x', '2:x']);
  });
});

describe('scrubbing', () => {
  const masked: [string, string][] = [
    ['jeanne.dupont@example.fr', '<email>'],
    ['j-d+test@mairie-amiens.gouv.fr', '<email>'],
    ['06 12 34 56 78', '<phone>'],
    ['0612345678', '<phone>'],
    ['06.12.34.56.78', '<phone>'],
    ['06-12-34-56-78', '<phone>'],
    ['+33 6 12 34 56 78', '<phone>'],
    ['+33612345678', '<phone>'],
    ['0033 1 23 45 67 89', '<phone>'],
    ['FR76 3000 6000 0112 3456 7890 189', '<iban>'],
    ['FR7630006000011234567890189', '<iban>'],
    ['fr76 3000 6000 0112 3456 7890 189', '<iban>'],
    ['1 85 05 78 006 084 36', '<nir>'],
    ['185057800608436', '<nir>'],
    ['2 85 05 2A 006 084 36', '<nir>'],
    ['1850578006084', '<nir>'],
    ['4970 1012 3456 7890', '<digits>'],
    ['80000', '<digits>'],
    ['Jeanne Dupont', '<name>'],
    ['DUPONT Jeanne', '<name>'],
    ['Marie-Claire Lefèvre-Durand', '<name>'],
    ['Jean de La Fontaine', '<name>'],
    ['Résidence Les Glycines', '<name>'],
    ['12 bis rue des Lilas', '<address>'],
    ['80000 Amiens', '<place>'],
    ['« Les Tilleuls »', '<quoted>'],
    ["'/home/jeanne/voisinage/journaux'", '<quoted>'],
    ['C:\\Users\\Jeanne Dupont\\AppData\\Roaming\\Voisinage', '<path>'],
    ['\\\\serveur\\partage\\Jeanne', '<path>'],
    ['/home/jeanne/voisinage/base.sqlite', '<path>'],
    ['https://example.org/feed?user=jeanne', '<url>'],
    ['a1b2c3d4e5f6a7b8c9d0e1f2a3b4', '<token>'],
  ];

  it.each(masked)('masks %s in a free text', (value, mask) => {
    const scrubbed = scrubText(`avant ${value} après`);
    // Addresses run to the next comma and Windows paths to the end (they hold spaces): what follows may go too.
    expect(scrubbed.startsWith(`avant ${mask}`), scrubbed).toBe(true);
    expect(scrubbed).not.toContain(value);
  });

  it('keeps technical messages readable', () => {
    const kept = [
      'UNIQUE constraint failed: residence.name',
      'NOT NULL constraint failed: dwelling.floor',
      'SqliteError: database is locked after 5000 ms',
      'Node 24.21.0, schema 3, at 2026-03-02T09:00:00.000Z',
      "La base de données est endommagée (contrôle d'intégrité en échec). Elle n'a pas été modifiée.",
      'Cannot read properties of undefined',
    ];
    for (const text of kept) expect(scrubText(text)).toBe(text);
  });

  it('truncates long texts, and drops the last word of a text cut upstream at 200 characters', () => {
    expect(scrubText('x'.repeat(1000)).length).toBeLessThanOrEqual(301);
    // dispatch.ts cuts error messages at 200 characters: here in the middle of an e-mail, which lost its "@".
    const cut = `${'mot '.repeat(48)}jeanne.dupont@example.fr`.slice(0, 200);
    expect(cut.endsWith(' jeanne.d')).toBe(true);
    expect(scrubText(cut)).toBe(`${'mot '.repeat(48)}…`);
  });

  it('keeps allow-listed fields, drops the others and counts them', () => {
    const fields = scrubFields({
      method: 'residences.create',
      code: 'SQLITE_BUSY',
      reason: 'demarrage',
      count: 12,
      ms: 35.5,
      schemaVersion: 3,
      version: '0.1.0',
      module: 'residences',
      ok: true,
      login: 'jdupont',
      displayName: 'Jeanne Dupont',
      input: { name: 'x' } as unknown as string,
    });
    expect(fields).toEqual({
      method: 'residences.create',
      code: 'SQLITE_BUSY',
      reason: 'demarrage',
      count: 12,
      ms: 35.5,
      schemaVersion: 3,
      version: '0.1.0',
      module: 'residences',
      ok: true,
      dropped: 3,
    });
  });

  it('masks allow-listed values that carry personal data or free text', () => {
    expect(
      scrubFields({
        code: 'FR7630006000011234567890189',
        reason: 'jeanne.dupont@example.fr',
        status: 'Mme Dupont a appelé pour son loyer de mars',
        module: 'x'.repeat(100),
        error: 'refus pour jeanne.dupont@example.fr, tél. 06 12 34 56 78',
        count: Number.NaN,
      }),
    ).toEqual({
      code: '<masked>',
      reason: '<masked>',
      status: '<text>',
      module: '<text>',
      error: 'refus pour <email>, tél. <phone>',
      dropped: 1,
    });
    expect(scrubFields(null)).toEqual({});
    expect(scrubFields('jeanne')).toEqual({});
  });

  it('never lets a planted e-mail, phone number, IBAN or NIR through, whatever surrounds it', () => {
    const word = fc.stringMatching(/^[a-zéè]{1,10}$/);
    const filler = fc.array(word, { maxLength: 8 }).map((words) => words.join(' '));
    const digit = fc.integer({ min: 0, max: 9 }).map(String);
    const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
    const sep = fc.constantFrom(' ', '.', '-', '');
    const phone = fc
      .tuple(fc.constantFrom('0', '+33 ', '+33', '0033 '), fc.integer({ min: 1, max: 9 }), sep, digits(8))
      .map(([prefix, first, s, rest]) => `${prefix}${first}${s}${rest.match(/../g)!.join(s)}`);
    const email = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9._-]{0,15}$/), fc.stringMatching(/^[a-z]{2,10}\.(fr|com|org)$/)).map(([local, domain]) => `${local}@${domain}`);
    const iban = digits(23).map((d) => `FR76${d}`);
    const nir = fc
      .tuple(fc.constantFrom('1', '2'), digits(2), fc.constantFrom('01', '05', '12'), fc.constantFrom('80', '2A', '75'), digits(6), digits(2))
      .map((parts) => parts.join(''));
    const secret = fc.oneof(phone, email, iban, nir);
    fc.assert(
      fc.property(filler, secret, filler, (before, value, after) => {
        const scrubbed = scrubText(`${before} ${value} ${after}`);
        const core = value.replace(/\D/g, '');
        expect(scrubbed).not.toContain(value);
        if (core.length >= 8) expect(scrubbed.replace(/\D/g, '')).not.toContain(core.slice(-8));
      }),
      { numRuns: 500 },
    );
  });
});

describe('reading the logs back', () => {
  it('returns the last lines across rotated files, oldest first, and scrubs them again', () => {
    const folder = join(tempDir(), 'journaux');
    const logger = createFileLogger({ folder, maxBytes: 300, maxFiles: 5, clock: fixedClock });
    for (let i = 1; i <= 30; i++) logger.info('tick', { count: i });
    const tail = readLogTail(folder, 10);
    expect(tail.map((entry) => entry.fields.count)).toEqual([21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);
    expect(formatLogEntry(tail[0]!)).toBe('2026-03-02T09:00:00.000Z INFO  tick count=21');

    // A line written by hand (or by an older version) with personal data, and a broken line.
    writeFileSync(
      join(folder, 'voisinage.log'),
      `${JSON.stringify({ time: '2026-03-02T10:00:00Z', level: 'error', message: 'refus pour jeanne@example.fr', fields: { name: 'Jeanne', error: 'tél. 0612345678' } })}\nnot json\n`,
      { flag: 'a' },
    );
    const [handWritten, broken] = readLogTail(folder, 2);
    expect(handWritten).toEqual({ time: '2026-03-02T10:00:00.000Z', level: 'error', message: 'refus pour <email>', fields: { error: 'tél. <phone>', dropped: 1 } });
    expect(broken?.message).toBe('<unreadable line>');
    expect(readLogTail(join(folder, 'absent'))).toEqual([]);
  });
});

describe('a real backend error path', () => {
  const PERSON = {
    name: 'Résidence Les Glycines',
    address: '12 bis rue des Lilas',
    postcode: '80090',
    city: 'Amiens',
    notes: 'Gardienne Jeanne Dupont, jeanne.dupont@example.fr, 06 12 34 56 78, IBAN FR76 3000 6000 0112 3456 7890 189, NIR 2 85 05 80 006 084 36',
  };
  const planted = [
    'Glycines',
    'Lilas',
    '80090',
    'Jeanne',
    'Dupont',
    'jeanne.dupont',
    'example.fr',
    '06 12 34 56 78',
    'FR76',
    '3000 6000',
    '2 85 05 80',
    ADMIN.login,
    ADMIN.displayName,
    ADMIN.password,
  ];

  async function backendWithFileLog(dataDir: string) {
    const logFolder = logsFolderOf(dataDir);
    const backend = createBackend({ dataDir, automaticBackups: false, logger: createFileLogger({ folder: logFolder }) });
    const connection = backend.connect();
    await call(connection, 'auth.setup', ADMIN);
    return { backend, connection, logFolder };
  }

  it('logs the failure of a write that carried personal data without any of it', async () => {
    const dataDir = tempDir();
    const { backend, connection, logFolder } = await backendWithFileLog(dataDir);
    try {
      // An unexpected database error whose text quotes the record, the worst case for a log.
      const other = new Database(backend.databaseFile);
      other.exec(`CREATE TRIGGER leak BEFORE INSERT ON residence BEGIN
        SELECT RAISE(ABORT, 'refus : ' || NEW.name || ', ' || NEW.address || ', ' || NEW.postcode || ' ' || NEW.city || ' — ' || NEW.notes);
      END;`);
      other.close();
      expectError(await connection.invoke('residences.create', residenceInput(PERSON)), 'INTERNAL');
    } finally {
      backend.close();
    }

    const lines = readLines(join(logFolder, 'voisinage.log'));
    const failure = lines.find((line) => line.message === 'method failed');
    expect(failure?.level).toBe('error');
    expect((failure?.fields as Record<string, unknown>).method).toBe('residences.create');
    expect(String((failure?.fields as Record<string, unknown>).error)).toMatch(/^refus : <name>, <address>/);
    const text = allLogText(logFolder);
    for (const value of planted) expect(text, value).not.toContain(value);
  });

  it('logs a file-system failure without the path, which names the Windows user', async () => {
    const dataDir = join(tempDir(), 'Jeanne Dupont', 'Voisinage');
    mkdirSync(dataDir, { recursive: true });
    const { backend, connection, logFolder } = await backendWithFileLog(dataDir);
    try {
      writeFileSync(join(dataDir, 'sauvegardes'), 'a file where the backups folder should be');
      expectError(await connection.invoke('backups.create', {}), 'INTERNAL');
    } finally {
      backend.close();
    }
    const failure = readLines(join(logFolder, 'voisinage.log')).find((line) => line.message === 'method failed');
    expect((failure?.fields as Record<string, unknown>).method).toBe('backups.create');
    const text = allLogText(logFolder);
    expect(text).not.toContain('Jeanne');
    expect(text).not.toContain('Dupont');
    expect(text).not.toContain(dataDir);
  });
});
