/**
 * The households part of `npm run bench`: 20,000 households (about 50,000 people) written into the large office,
 * indexed by the app's own refreshHouseholdSearch, then the one search measured through backend.invoke against the
 * same SQL written by hand on better-sqlite3.
 */
import Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import { SyncDb } from '../../db/query.ts';
import type { Connection } from '../core/backend.ts';
import { compose, contact } from '../demo/households.ts';
import { seededRandom } from '../demo/random.ts';
import { householdNameFrom, personColumns } from '../households/repository.ts';
import { refreshHouseholdSearch, searchTerms } from '../households/search-index.ts';

const HOUSEHOLDS = 20_000;
const RUNS = 100;

/** Households in the first dwellings of the office, straight into the file, then indexed in one transaction. */
export function buildHouseholds(file: string): { households: number; people: number; seconds: number } {
  const started = performance.now();
  const random = seededRandom(13);
  const sqlite = new Database(file);
  const db = new SyncDb(sqlite);
  const now = '2025-01-01T00:00:00.000Z';
  const dwellings = sqlite.prepare('SELECT id, typology FROM dwelling ORDER BY id LIMIT ?').all(HOUSEHOLDS) as { id: number; typology: string }[];
  const household = sqlite.prepare(
    `INSERT INTO household (name, external_id, is_tenant, created_at, updated_at) VALUES (?, ?, 1, ?, ?)`,
  );
  const occupancy = sqlite.prepare('INSERT INTO occupancy (household_id, dwelling_id, entered_on, created_at) VALUES (?, ?, ?, ?)');
  let personInsert: Database.Statement | undefined;
  let people = 0;
  sqlite.transaction(() => {
    dwellings.forEach((dwelling, index) => {
      const members = compose(random, dwelling.typology);
      contact(random, members);
      const id = Number(household.run(householdNameFrom(members), `LOC-${String(index + 1).padStart(6, '0')}`, now, now).lastInsertRowid);
      occupancy.run(id, dwelling.id, `${random.int(1990, 2024)}-0${random.int(1, 9)}-1${random.int(0, 9)}`, now);
      for (const member of members) {
        const row = { ...personColumns(member), household_id: id, created_at: now, updated_at: now };
        personInsert ??= sqlite.prepare(`INSERT INTO person (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row).map((c) => `@${c}`).join(', ')})`);
        personInsert.run(row);
        people++;
      }
    });
    const ids = (sqlite.prepare('SELECT id FROM household').pluck().all() as number[]);
    refreshHouseholdSearch(db, ids);
  })();
  sqlite.close();
  return { households: dwellings.length, people, seconds: (performance.now() - started) / 1000 };
}

const MATCHED = `FROM person_search
  JOIN person p ON p.id = person_search.rowid
  JOIN household h ON h.id = p.household_id
  WHERE person_search MATCH ? AND p.erased_at IS NULL AND h.erased_at IS NULL`;
const PLACE = `LEFT JOIN occupancy o ON o.household_id = h.id AND o.left_on IS NULL
  LEFT JOIN dwelling d ON d.id = o.dwelling_id
  LEFT JOIN residence r ON r.id = d.residence_id`;
const COLUMNS = `p.id AS person_id, p.civility, p.family_name, p.usage_name, p.first_name, p.phone, p.email, p.role,
  h.id AS household_id, h.name, h.is_tenant, h.external_id, d.id AS dwelling_id, d.internal_id, d.typology, d.floor,
  d.building, d.entrance, d.door, r.id AS residence_id, r.name AS residence_name, r.city`;

/** households.search written by hand: the same count, order and page, without zod, Kysely or mapping. */
function directSearch(sqlite: Database.Database) {
  const count = sqlite.prepare(`SELECT COUNT(*) ${MATCHED}`).pluck();
  const page = sqlite.prepare(
    `SELECT ${COLUMNS} FROM (
       SELECT p.id, p.sort_name, (p.id IN (SELECT rowid FROM person_search WHERE person_search MATCH ?)) AS by_name
       ${MATCHED} ORDER BY by_name DESC, p.sort_name, p.id LIMIT ? OFFSET ?) AS pg
     JOIN person p ON p.id = pg.id JOIN household h ON h.id = p.household_id ${PLACE}
     ORDER BY pg.by_name DESC, pg.sort_name, pg.id`,
  );
  const allCount = sqlite.prepare('SELECT COUNT(*) FROM household WHERE erased_at IS NULL').pluck();
  const allPage = sqlite.prepare(
    `SELECT ${COLUMNS} FROM (
       SELECT id, sort_name FROM household WHERE erased_at IS NULL ORDER BY sort_name, id LIMIT ? OFFSET ?) AS pg
     JOIN household h ON h.id = pg.id
     LEFT JOIN person p ON p.id = (SELECT p2.id FROM person p2 WHERE p2.household_id = h.id AND p2.erased_at IS NULL
       ORDER BY CASE p2.role WHEN 'holder' THEN 0 WHEN 'coholder' THEN 1 WHEN 'spouse' THEN 2 WHEN 'member' THEN 3 ELSE 4 END, p2.id LIMIT 1)
     ${PLACE} ORDER BY pg.sort_name, pg.id`,
  );
  return (query: string, limit: number, offset: number): { total: number; ids: string } => {
    const words = searchTerms(query);
    if (words.length === 0) {
      const rows = allPage.all(limit, offset) as { household_id: number; person_id: number | null }[];
      return { total: allCount.get() as number, ids: rows.map((r) => `${r.household_id}/${r.person_id}`).join(',') };
    }
    const match = words.map((word) => `"${word}"*`).join(' ');
    const total = count.get(match) as number;
    const rows = total === 0 ? [] : (page.all(`names : (${match})`, match, limit, offset) as { household_id: number; person_id: number }[]);
    return { total, ids: rows.map((r) => `${r.household_id}/${r.person_id}`).join(',') };
  };
}

/** The FTS5 match alone, first 100 ids: the floor under any search. */
function ftsOnly(sqlite: Database.Database) {
  const statement = sqlite.prepare('SELECT rowid FROM person_search WHERE person_search MATCH ? LIMIT 100').pluck();
  return (query: string) => {
    const words = searchTerms(query);
    return words.length === 0 ? [] : statement.all(words.map((word) => `"${word}"*`).join(' '));
  };
}

type Timer = (runs: number, a: () => unknown, b: () => unknown) => Promise<[{ p50: number; p95: number }, { p50: number; p95: number }]>;

export async function benchHouseholdSearch(file: string, backend: Connection, timePaired: Timer, row: (cells: string[], widths: number[]) => string) {
  const sqlite = new Database(file, { readonly: true });
  const direct = directSearch(sqlite);
  const fts = ftsOnly(sqlite);
  const samplePhone = sqlite.prepare("SELECT phone FROM person WHERE phone LIKE '+336%' LIMIT 1").pluck().get() as string;
  const national = `0${samplePhone.slice(3)}`;
  const spaced = national.replace(/(\d{2})(?=\d)/g, '$1 ');
  const queries: [string, string, number][] = [
    ['first name, no accents', 'helene', 0],
    ['name prefix', 'dup', 0],
    ['two words', 'gaelle lef', 0],
    ['phone typed "06 12 34 56 78"', spaced, 0],
    ['phone typed "+336…" (E.164)', samplePhone, 0],
    ['phone beginning', spaced.slice(0, 8), 0],
    ['e-mail', 'gmail', 0],
    ['residence name', 'tilleuls', 0],
    ['dwelling internal id', 'R12-7', 0],
    ['landlord id', 'LOC-001234', 0],
    ['town (thousands of matches)', 'amiens', 0],
    ['no match', 'xyzzy', 0],
    ['no search, first page', '', 0],
    ['no search, page at 10,000', '', 10_000],
  ];
  const widths = [40, 8, 12, 12, 12, 12, 7, 10];
  console.log(`\n(e) households.search on ${HOUSEHOLDS.toLocaleString('en')} households: backend.invoke vs hand-written better-sqlite3, page of 100, ${RUNS} runs each`);
  console.log(row(['query', 'matches', 'backend p50', 'backend p95', 'direct p50', 'direct p95', 'ratio', 'FTS alone'], widths));
  for (const [label, query, offset] of queries) {
    const viaBackend = await backend.invoke('households.search', { query, offset, limit: 100 });
    const byHand = direct(query, 100, offset);
    const backendIds = viaBackend.ok
      ? (viaBackend.data as { rows: { household: { id: number }; person: { id: number } | null }[] }).rows.map((r) => `${r.household.id}/${r.person?.id ?? null}`).join(',')
      : '?';
    const same = backendIds === byHand.ids;
    const [b, d] = await timePaired(RUNS, () => backend.invoke('households.search', { query, offset, limit: 100 }), () => direct(query, 100, offset));
    let ftsP50 = '';
    if (query) {
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        fts(query);
        samples.push(performance.now() - started);
      }
      samples.sort((x, y) => x - y);
      ftsP50 = `${samples[Math.floor(RUNS / 2)]!.toFixed(2)} ms`;
    }
    const ms = (value: number) => `${value.toFixed(2)} ms`;
    console.log(row([`${label} "${query}"`.slice(0, 40), `${byHand.total}${same ? '' : '!'}`, ms(b.p50), ms(b.p95), ms(d.p50), ms(d.p95), `×${(b.p50 / d.p50).toFixed(2)}`, ftsP50], widths));
    if (!same) console.log(`   ! the backend and the direct statement returned different rows for "${query}"`);
  }
  sqlite.close();
}
