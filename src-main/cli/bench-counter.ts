/**
 * The counter part of `npm run bench`: a large conciergerie written into the large office with SQL (20,000 members,
 * 60,000 copies, 300,000 past loans, loans out and holds), then the counter loop measured through backend.invoke, as
 * the counter screen calls it: scan the card, scan the copy, confirm the loan, scan the copy back, confirm the return.
 */
import Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import type { Connection } from '../core/backend.ts';
import { generatedBarcodeOf } from '../conciergerie/catalogue/barcodes.ts';
import { searchText } from '../conciergerie/catalogue/search-text.ts';
import { lateFeeCents } from '../conciergerie/loans/rules.ts';
import { memberNumberOf } from '../conciergerie/members/numbers.ts';
import { systemClock } from '../core/clock.ts';
import { seededRandom } from '../demo/random.ts';
import { addDays, todayIso } from '../shared/days.ts';

export const MEMBERS = 20_000;
export const COPIES = 60_000;
const PAST_LOANS = 300_000;
const COPIES_PER_ITEM = 3;
const OPEN_LOANS = 8_000;
const HOLDS_CLOSED = 20_000;
const HOLDS_WAITING = 1_000;
const ROUNDS = 300;

const WORDS = ['Jardin', 'Maison', 'Voyage', 'Cuisine', 'Lune', 'Rivière', 'Forêt', 'Ville', 'Mer', 'Étoile', 'Montagne', 'Hiver', 'Été', 'Nuit', 'Ombre'];

interface CounterOffice {
  members: number;
  copies: number;
  pastLoans: number;
  openLoans: number;
  seconds: number;
}

/** Members among the people already written, with a yearly membership in force; the catalogue; years of loans. */
export function buildCounterOffice(file: string): CounterOffice {
  const started = performance.now();
  const random = seededRandom(17);
  const today = todayIso(systemClock);
  const sqlite = new Database(file);
  const now = new Date().toISOString();
  const insert = (table: string, columns: string[]) => sqlite.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  sqlite.transaction(() => {
    const people = sqlite.prepare('SELECT id FROM person ORDER BY id LIMIT ?').pluck().all(MEMBERS) as number[];
    const member = insert('member', ['person_id', 'number', 'joined_on', 'created_at', 'updated_at']);
    const membership = insert('membership', ['type_id', 'member_id', 'starts_on', 'ends_on', 'periods', 'price_cents', 'created_at']);
    people.forEach((personId, index) => {
      const id = Number(member.run(personId, memberNumberOf(index + 1), addDays(today, -random.int(30, 2000)), now, now).lastInsertRowid);
      const startsOn = addDays(today, -random.int(1, 300));
      membership.run(2, id, startsOn, addDays(startsOn, 364), 1, 1000, now);
    });

    const item = insert('item', ['kind', 'title', 'author', 'replacement_value_cents', 'deposit_cents', 'search_text', 'created_at', 'updated_at']);
    const copy = insert('copy', ['item_id', 'barcode', 'condition', 'status', 'created_at', 'updated_at']);
    for (let i = 0; i < COPIES / COPIES_PER_ITEM; i++) {
      const title = `${random.pick(WORDS)} ${random.pick(WORDS).toLowerCase()} ${i + 1}`;
      const kind = random.pick(['book', 'book', 'game', 'object'] as const);
      const itemId = Number(item.run(kind, title, '', random.int(500, 20_000), 0, searchText(title, '', null, ''), now, now).lastInsertRowid);
      for (let n = 0; n < COPIES_PER_ITEM; n++) copy.run(itemId, generatedBarcodeOf(i * COPIES_PER_ITEM + n + 1), 'good', 'available', now, now);
    }

    // Three years of returns: about one in twenty late, its fee charged then written off.
    const loan = insert('loan', ['copy_id', 'member_id', 'lent_on', 'due_on', 'returned_on', 'renewals', 'condition_out', 'condition_in', 'return_note', 'deposit_cents', 'late_fee_cents', 'backdated', 'created_at', 'updated_at']);
    const entry = insert('member_account_entry', ['member_id', 'kind', 'amount_cents', 'label', 'loan_id', 'created_at']);
    for (let i = 0; i < PAST_LOANS; i++) {
      const lentOn = addDays(today, -random.int(30, 1100));
      const dueOn = addDays(lentOn, 21);
      const late = random.next() < 0.05;
      const returnedOn = late ? addDays(dueOn, random.int(1, 30)) : addDays(lentOn, random.int(2, 21));
      const fee = lateFeeCents(dueOn, returnedOn, { graceDays: 0, lateFeePerWeekCents: 30 });
      const memberId = random.int(1, MEMBERS);
      const id = Number(loan.run(random.int(1, COPIES), memberId, lentOn, dueOn, returnedOn, 0, 'good', 'good', '', 0, fee, 0, now, now).lastInsertRowid);
      if (fee > 0) {
        entry.run(memberId, 'late_fee', fee, 'Retard', id, now);
        entry.run(memberId, 'waiver', -fee, 'Remise', null, now);
      }
    }
    // Loans out now, with the members of the first half of the file, within their due dates.
    const out = new Set<number>();
    while (out.size < OPEN_LOANS) out.add(random.int(1, COPIES));
    const lent = sqlite.prepare("UPDATE copy SET status = 'on_loan' WHERE id = ?");
    for (const copyId of out) {
      const lentOn = addDays(today, -random.int(0, 20));
      loan.run(copyId, random.int(1, MEMBERS / 2), lentOn, addDays(lentOn, 21), null, 0, 'good', null, '', 0, 0, 0, now, now);
      lent.run(copyId);
    }
    // Holds of the past (collected or cancelled) and members waiting for copies out.
    const hold = insert('hold', ['item_id', 'member_id', 'status', 'closed_on', 'created_at', 'updated_at']);
    for (let i = 0; i < HOLDS_CLOSED; i++) {
      hold.run(random.int(1, COPIES / COPIES_PER_ITEM), random.int(1, MEMBERS), random.pick(['collected', 'cancelled', 'expired']), addDays(today, -random.int(10, 1000)), now, now);
    }
    const outItems = [...out].map((copyId) => Math.ceil(copyId / COPIES_PER_ITEM));
    for (let i = 0; i < HOLDS_WAITING; i++) hold.run(outItems[i]!, random.int(MEMBERS / 2 + 1, MEMBERS), 'waiting', null, now, now);
  })();
  sqlite.close();
  return { members: MEMBERS, copies: COPIES, pastLoans: PAST_LOANS, openLoans: OPEN_LOANS, seconds: (performance.now() - started) / 1000 };
}

interface Stats {
  p50: number;
  p95: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

async function timed(samples: number[], work: () => Promise<{ ok: boolean }>): Promise<void> {
  const started = performance.now();
  const result = await work();
  samples.push(performance.now() - started);
  if (!result.ok) throw new Error(`counter loop refused: ${JSON.stringify(result)}`);
}

/**
 * The counter loop, ROUNDS times, each time a member without loans out and a copy on the shelf (the loan is
 * returned in the same round, so the database stays the same size). A warm-up round fills the statement caches.
 */
export async function benchCounter(file: string, backend: Connection, row: (cells: string[], widths: number[]) => string): Promise<void> {
  const sqlite = new Database(file, { readonly: true });
  // Members of the second half have nothing out; copies on the shelf whose record nobody waits for.
  const members = sqlite.prepare('SELECT number FROM member WHERE id > ? ORDER BY id LIMIT ?').pluck().all(MEMBERS / 2, ROUNDS + 1) as string[];
  const copies = sqlite
    .prepare("SELECT barcode FROM copy WHERE status = 'available' AND item_id NOT IN (SELECT item_id FROM hold WHERE status = 'waiting') ORDER BY id DESC LIMIT ?")
    .pluck()
    .all(ROUNDS + 1) as string[];
  sqlite.close();
  const steps = { member: [] as number[], copy: [] as number[], checkOut: [] as number[], scanBack: [] as number[], checkIn: [] as number[], toLoan: [] as number[], loop: [] as number[] };
  for (let round = 0; round <= ROUNDS; round++) {
    const samples = round === 0 ? { member: [], copy: [], checkOut: [], scanBack: [], checkIn: [] } : steps;
    const started = performance.now();
    let memberId = 0;
    await timed(samples.member, async () => {
      const scanned = await backend.invoke('counter.scan', { code: members[round]! });
      memberId = scanned.ok ? (scanned.data as { member: { id: number } }).member.id : 0;
      return scanned;
    });
    await timed(samples.copy, () => backend.invoke('counter.scan', { code: copies[round]!, memberId, pending: [] }));
    await timed(samples.checkOut, () => backend.invoke('loans.checkOut', { memberId, barcodes: [copies[round]!] }));
    const lentAt = performance.now();
    await timed(samples.scanBack, () => backend.invoke('counter.scan', { code: copies[round]! }));
    await timed(samples.checkIn, () => backend.invoke('loans.checkIn', { barcode: copies[round]! }));
    if (round > 0) {
      steps.toLoan.push(lentAt - started);
      steps.loop.push(performance.now() - started);
    }
  }
  const widths = [58, 10, 10];
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(`\n(f) Counter loop through backend.invoke on ${MEMBERS.toLocaleString('en')} members, ${COPIES.toLocaleString('en')} copies, ${PAST_LOANS.toLocaleString('en')} past loans, ${ROUNDS} rounds`);
  console.log(row(['step', 'p50', 'p95'], widths));
  for (const [label, samples] of [
    ['counter.scan of the member card (card, loans, holds)', steps.member],
    ['counter.scan of the copy for that member (every check)', steps.copy],
    ['loans.checkOut (one write transaction)', steps.checkOut],
    ['scan to confirmed loan (the three above)', steps.toLoan],
    ['counter.scan of the copy brought back', steps.scanBack],
    ['loans.checkIn (fee, copy to the next in line)', steps.checkIn],
    ['whole loop: lend and take back', steps.loop],
  ] as const) {
    const s = stats(samples);
    console.log(row([label, ms(s.p50), ms(s.p95)], widths));
  }
}
