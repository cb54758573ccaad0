/**
 * `npm run bench`: prints figures, asserts nothing (shared machines are noisy).
 * Builds a large office in a temp folder, then measures the backend against the same work done directly on
 * better-sqlite3 in the same run: start-up on the large file, residence search, and dispatch overhead; then the
 * households search (bench-households.ts), the counter loop (bench-counter.ts), the agenda and the federation export
 * (bench-agenda.ts).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, cpus, platform, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { planMigrations } from '../../db/migrate.ts';
import { migrations } from '../../db/migrations/index.ts';
import { openDatabase } from '../../db/open.ts';
import { type Backend, createBackend } from '../core/backend.ts';
import { benchHouseholdSearch, buildHouseholds } from './bench-households.ts';
import { benchCounter, buildCounterOffice } from './bench-counter.ts';
import { benchAgenda } from './bench-agenda.ts';
import { seededRandom } from '../demo/random.ts';
import { dwellingColumns, residenceColumns } from '../residences/repository.ts';
import type { DwellingFields, ResidenceFields } from '../residences/fields.ts';
import { TYPOLOGIES } from '../residences/fields.ts';
import { escapeLike, searchWords } from '../shared/text.ts';

const BENCH_ACCOUNT = { login: 'banc', displayName: "Banc d'essai", password: 'banc-d-essai-2026' };

/** A signed-in connection: the benchmark measures the real path, rights check included. */
async function signIn(backend: Backend) {
  const connection = backend.connect();
  await connection.invoke('auth.login', { login: BENCH_ACCOUNT.login, password: BENCH_ACCOUNT.password });
  return Object.assign(connection, { close: () => backend.close() });
}

const RESIDENCES = 5_000;
const SEARCH_RUNS = 200;
const GET_RUNS = 2_000;
const START_RUNS = 11;

const PREFIXES = ['Résidence', 'Les', 'Le Clos', 'Cité', 'Hameau', 'Domaine', 'Square', 'Villa', 'Parc', 'Îlot'];
const NOUNS = [
  'Tilleuls', 'Marronniers', 'Peupliers', 'Cèdre', 'Érables', 'Émile-Zola', 'Jean-Jaurès', 'Hortillonnages',
  'Saint-Ladre', 'Beffroi', 'Pré-Porus', 'Étouvie', 'Noël-Lefèvre', 'Jules-Verne', 'Pierre-Rollin', 'Acacias',
  'Glycines', 'Châtaigniers', 'Hêtres', 'Bleuets', 'Coquelicots', 'Jonquilles', 'Violettes', 'Aubépines',
  'Mésanges', 'Hirondelles', 'Fauvettes', 'Alouettes', 'Écluse', 'Halage', 'Moulin', 'Cathédrale',
  'Gare', 'Citadelle', 'Remparts', 'Prés', 'Étangs', 'Sources', 'Coteaux', 'Vergers',
];
const CITIES: [string, string][] = [
  ['Amiens', '80000'], ['Abbeville', '80100'], ['Albert', '80300'], ['Corbie', '80800'], ['Doullens', '80600'],
  ['Péronne', '80200'], ['Montdidier', '80500'], ['Ham', '80400'], ['Roye', '80700'], ['Saint-Quentin', '02100'],
  ['Château-Thierry', '02400'], ['Soissons', '02200'], ['Laon', '02000'], ['Beauvais', '60000'], ['Compiègne', '60200'],
  ['Creil', '60100'], ['Noyon', '60400'], ['Chauny', '02300'], ['Hirson', '02500'], ['Crépy-en-Valois', '60800'],
];

/** Writes the large office straight into the file, in one transaction, with the app's own column mapping. */
function buildLargeOffice(file: string): { residences: number; dwellings: number } {
  const random = seededRandom(7);
  const db = new Database(file);
  const now = new Date('2025-01-01T00:00:00Z').toISOString();
  const insertInto = (table: string, columns: string[]) =>
    db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
  let residenceInsert: Database.Statement | undefined;
  let dwellingInsert: Database.Statement | undefined;
  let dwellings = 0;
  db.transaction(() => {
    for (let i = 0; i < RESIDENCES; i++) {
      const [city, postcode] = CITIES[Math.floor(i / (PREFIXES.length * NOUNS.length)) % CITIES.length]!;
      const noun = NOUNS[Math.floor(i / PREFIXES.length) % NOUNS.length]!;
      const inQpv = i % 3 === 0;
      const fields: ResidenceFields = {
        name: `${PREFIXES[i % PREFIXES.length]} ${noun} — ${city}`,
        address: `${random.int(1, 120)} rue ${NOUNS[random.int(0, NOUNS.length - 1)]}`,
        postcode,
        city,
        inseeCode: null,
        qpvCode: inQpv ? `QN0${postcode.slice(0, 2)}${String(random.int(1, 40)).padStart(2, '0')}M` : null,
        qpvCheckedOn: inQpv ? '2024-01-15' : null,
        qpvSource: inQpv ? 'Décret 2023-1314' : null,
        yearBuilt: random.int(1950, 2020),
        notes: '',
      };
      const residenceRow = { ...residenceColumns(fields), created_at: now, updated_at: now };
      residenceInsert ??= insertInto('residence', Object.keys(residenceRow));
      const id = Number(residenceInsert.run(residenceRow).lastInsertRowid);
      const count = random.int(5, 35);
      for (let n = 1; n <= count; n++) {
        const dwelling: DwellingFields = {
          internalId: `R${i + 1}-${n}`,
          rplsId: `80${String(i + 1).padStart(5, '0')}${String(n).padStart(3, '0')}`,
          typology: random.pick(TYPOLOGIES.slice(0, 6)),
          floor: Math.floor((n - 1) / 4),
          surfaceM2: random.int(250, 1200) / 10,
          building: 'A',
          entrance: '1',
          door: String(n),
        };
        const dwellingRow = { ...dwellingColumns(dwelling), residence_id: id, created_at: now, updated_at: now };
        dwellingInsert ??= insertInto('dwelling', Object.keys(dwellingRow));
        dwellingInsert.run(dwellingRow);
        dwellings++;
      }
    }
  })();
  db.close();
  return { residences: RESIDENCES, dwellings };
}

interface Stats {
  p50: number;
  p95: number;
  min: number;
  max: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95), min: sorted[0]!, max: sorted.at(-1)! };
}

async function timeOnce(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * Times two ways of doing the same work, interleaved run by run (alternating which goes first), so that noise from
 * other processes on a shared machine falls on both alike. A warm-up fills statement and page caches first.
 */
async function timePaired(runs: number, a: () => unknown, b: () => unknown): Promise<[Stats, Stats]> {
  for (let i = 0; i < Math.min(20, runs); i++) await Promise.all([a(), b()]);
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      samplesA.push(await timeOnce(a));
      samplesB.push(await timeOnce(b));
    } else {
      samplesB.push(await timeOnce(b));
      samplesA.push(await timeOnce(a));
    }
  }
  return [stats(samplesA), stats(samplesB)];
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
const us = (value: number) => `${(value * 1000).toFixed(0)} µs`;
const row = (cells: string[], widths: number[]) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');

/** The search of residences.list, written by hand on better-sqlite3: same filters, order and page. */
function directSearch(db: Database.Database) {
  const cache = new Map<number, { page: Database.Statement; count: Database.Statement }>();
  return (search: string, limit: number) => {
    const words = searchWords(search);
    let statements = cache.get(words.length);
    if (!statements) {
      const where = ['archived_at IS NULL', ...words.map(() => "search_text LIKE ? ESCAPE '\\'")].join(' AND ');
      statements = {
        count: db.prepare(`SELECT COUNT(*) FROM residence WHERE ${where}`).pluck(),
        page: db.prepare(
          `SELECT id, name, address, postcode, city, qpv_code, archived_at,
             (SELECT COUNT(*) FROM dwelling d WHERE d.residence_id = residence.id AND d.archived_at IS NULL) AS dwellingCount
           FROM residence WHERE ${where} ORDER BY sort_name, id LIMIT ? OFFSET 0`,
        ),
      };
      cache.set(words.length, statements);
    }
    const patterns = words.map((word) => `%${escapeLike(word)}%`);
    return { total: statements.count.get(...patterns) as number, rows: statements.page.all(...patterns, limit) as { id: number }[] };
  };
}

function directByDwellingCount(db: Database.Database): Database.Statement {
  return db.prepare(
    `SELECT id, name, address, postcode, city, qpv_code, archived_at,
       (SELECT COUNT(*) FROM dwelling d WHERE d.residence_id = residence.id AND d.archived_at IS NULL) AS dwellingCount
     FROM residence WHERE archived_at IS NULL ORDER BY dwellingCount DESC, sort_name, id LIMIT 100`,
  );
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'voisinage-bench-'));
  try {
    const require = createRequire(import.meta.url);
    const betterSqliteVersion = (require('better-sqlite3/package.json') as { version: string }).version;
    console.log('Voisinage benchmark (figures only, no pass/fail)');
    console.log(
      `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
        `${platform()} ${arch()}; Node ${process.version}; better-sqlite3 ${betterSqliteVersion}`,
    );

    // Build: the app creates the schema, then the rows go straight in.
    let started = performance.now();
    const fresh = createBackend({ dataDir });
    await fresh.connect().invoke('auth.setup', BENCH_ACCOUNT);
    const file = fresh.databaseFile;
    fresh.close();
    const built = buildLargeOffice(file);
    const people = buildHouseholds(file);
    const conciergerie = buildCounterOffice(file);
    const buildSeconds = (performance.now() - started) / 1000;
    const sizeMb = statSync(file).size / 2 ** 20;
    console.log(
      `Database: ${built.residences.toLocaleString('en')} residences, ${built.dwellings.toLocaleString('en')} dwellings, ` +
        `${people.households.toLocaleString('en')} households, ${people.people.toLocaleString('en')} people ` +
        `(indexed by refreshHouseholdSearch in ${people.seconds.toFixed(1)} s), ` +
        `${sizeMb.toFixed(1)} MiB (built in ${buildSeconds.toFixed(1)} s) in ${dataDir}\n`,
    );

    console.log(
      `Conciergerie: ${conciergerie.members.toLocaleString('en')} members, ${conciergerie.copies.toLocaleString('en')} copies, ` +
        `${conciergerie.pastLoans.toLocaleString('en')} past loans, ${conciergerie.openLoans.toLocaleString('en')} loans out (written in ${conciergerie.seconds.toFixed(1)} s)\n`,
    );

    // (a) Start-up on the large existing database.
    const startSamples: number[] = [];
    const openSamples: number[] = [];
    const planSamples: number[] = [];
    const firstPageSamples: number[] = [];
    for (let run = 0; run < START_RUNS; run++) {
      started = performance.now();
      const sqlite = openDatabase(file);
      openSamples.push(performance.now() - started);
      started = performance.now();
      planMigrations(sqlite, migrations);
      planSamples.push(performance.now() - started);
      sqlite.close();

      started = performance.now();
      const backend = createBackend({ dataDir });
      startSamples.push(performance.now() - started);
      const connection = await signIn(backend);
      started = performance.now();
      await connection.invoke('residences.list', {});
      firstPageSamples.push(performance.now() - started);
      backend.close();
    }
    const widthsA = [52, 10, 10, 10];
    console.log(`(a) Backend start-up on the large database, ${START_RUNS} runs`);
    console.log(row(['step', 'median', 'min', 'max'], widthsA));
    for (const [label, samples] of [
      ['createBackend (open + quick_check + migration check)', startSamples],
      ['openDatabase alone (pragmas + quick_check)', openSamples],
      ['planMigrations alone (read + checksums)', planSamples],
      ['then first residences.list page (cold statements)', firstPageSamples],
    ] as const) {
      const s = stats(samples);
      console.log(row([label, ms(s.p50), ms(s.min), ms(s.max)], widthsA));
    }

    // (b) and (c): the same searches through the backend and by hand, on one open backend.
    const backend = await signIn(createBackend({ dataDir }));
    const direct = new Database(file);
    const searchDirect = directSearch(direct);
    const queries: [string, string][] = [
      ['word prefix', 'tilleu'],
      ['no accents', 'etouvie'],
      ['3 words, no accents', 'emile zola amiens'],
      ['city', 'saint-quentin'],
      ['QPV code prefix', 'qn002'],
      ['no match', 'xyzzy'],
      ['no search, first page', ''],
    ];
    const widthsB = [40, 8, 12, 12, 12, 12, 7];
    console.log(`\n(b) residences.list through backend.invoke vs (c) hand-written better-sqlite3 statement, page of 100, ${SEARCH_RUNS} runs each`);
    console.log(row(['query', 'matches', 'backend p50', 'backend p95', 'direct p50', 'direct p95', 'ratio'], widthsB));
    for (const [label, search] of queries) {
      const viaBackend = await backend.invoke('residences.list', { search, limit: 100 });
      const byHand = searchDirect(search, 100);
      const sameRows = viaBackend.ok && JSON.stringify((viaBackend.data as { rows: { id: number }[] }).rows.map((r) => r.id)) === JSON.stringify(byHand.rows.map((r) => r.id));
      const [b, d] = await timePaired(
        SEARCH_RUNS,
        () => backend.invoke('residences.list', { search, limit: 100 }),
        () => searchDirect(search, 100),
      );
      console.log(
        row([`${label} "${search}"`, `${byHand.total}${sameRows ? '' : '!'}`, ms(b.p50), ms(b.p95), ms(d.p50), ms(d.p95), `×${(b.p50 / d.p50).toFixed(2)}`], widthsB),
      );
      if (!sameRows) console.log(`   ! the backend and the direct statement returned different rows for "${search}"`);
    }
    const byCount = directByDwellingCount(direct);
    const [sortedB, sortedD] = await timePaired(
      SEARCH_RUNS,
      () => backend.invoke('residences.list', { sort: 'dwellingCount', direction: 'desc', limit: 100 }),
      () => byCount.all(),
    );
    console.log(
      row(['sorted by dwelling count, desc', String(RESIDENCES), ms(sortedB.p50), ms(sortedB.p95), ms(sortedD.p50), ms(sortedD.p95), `×${(sortedB.p50 / sortedD.p50).toFixed(2)}`], widthsB),
    );

    // (d) Dispatch overhead on a small read: residences.get vs the same two statements by hand.
    const random = seededRandom(11);
    const residenceById = direct.prepare(
      `SELECT residence.*, (SELECT COUNT(*) FROM dwelling d WHERE d.residence_id = residence.id AND d.archived_at IS NULL) AS dwellingCount
       FROM residence WHERE id = ?`,
    );
    const dwellingsOf = direct.prepare(
      'SELECT * FROM dwelling WHERE residence_id = ? ORDER BY building, entrance, floor, door, internal_id',
    );
    let id = 1;
    const [getViaBackend, getDirect] = await timePaired(
      GET_RUNS,
      () => backend.invoke('residences.get', { id: (id = random.int(1, RESIDENCES)) }),
      () => [residenceById.get(id), dwellingsOf.all(id)], // the same residence as the backend just read
    );
    const widthsD = [52, 10, 10];
    console.log(`\n(d) residences.get (one residence and its ~20 dwellings), ${GET_RUNS} runs each`);
    console.log(row(['path', 'p50', 'p95'], widthsD));
    console.log(row(['backend.invoke (zod in, Kysely compile, mapping)', us(getViaBackend.p50), us(getViaBackend.p95)], widthsD));
    console.log(row(['hand-written better-sqlite3 statements', us(getDirect.p50), us(getDirect.p95)], widthsD));
    console.log(row(['dispatch overhead (difference of medians)', us(getViaBackend.p50 - getDirect.p50), ''], widthsD));

    await benchHouseholdSearch(file, backend, timePaired, row);
    await benchCounter(file, backend, row);
    await benchAgenda(file, backend, row);

    direct.close();
    backend.close();
    console.log('\nmatches: total rows matching the search (a "!" would mean the two paths disagreed).');
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
