import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { Connection } from '../../src-main/core/backend.ts';
import { addDays, daysBetween } from '../../src-main/shared/days.ts';
import { call } from './helpers.ts';
import { readRows, seedItem, seedMember } from './conciergerie-fixtures.ts';
import { modelOffice } from './conciergerie-model-office.ts';

/*
 * Model-based test of the waiting list: members join and leave the list of a record with two copies, borrow and
 * return copies, days pass and copies put aside expire, in random order, against the real backend and a model of
 * the queue written here. After every step: positions run from 1 without gaps, a copy is put aside for one member at
 * most, and a copy coming back goes to the first in line.
 */

const START = '2026-03-02';
const LOAN_DAYS = 21;
const COLLECT_DAYS = 7;
const COPIES = ['E000001', 'E000002'];
const MEMBERS = 4;

interface Waiting {
  member: number;
  /** Creation order of the hold (its id order). */
  seq: number;
}

interface Model {
  today: string;
  nextSeq: number;
  queue: Waiting[];
  /** Copy → the member it is put aside for. */
  ready: Map<number, Waiting & { readyOn: string }>;
  /** Copy → borrower and due date. */
  loans: Map<number, { member: number; due: string }>;
}

interface Real {
  api: Pick<Connection, 'invoke'>;
  file: string;
  memberIds: number[];
  itemId: number;
  setDay(day: string): Promise<void>;
}

const clone = (m: Model): Model => ({ ...m, queue: [...m.queue], ready: new Map(m.ready), loans: new Map(m.loans) });
const commit = (m: Model, next: Model) => Object.assign(m, next);
const available = (m: Model) => COPIES.map((_, copy) => copy).filter((copy) => !m.loans.has(copy) && !m.ready.has(copy));

/** A copy on the shelf goes to the first in line, or stays available. Returns who gets it. */
function giveCopy(m: Model, copy: number): number | null {
  const next = m.queue.shift();
  if (!next) return null;
  m.ready.set(copy, { ...next, readyOn: m.today });
  return next.member;
}

/** What every write does first: copies put aside longer than the collection days go to the next in line. */
function settle(m: Model): void {
  const late = [...m.ready.entries()]
    .filter(([, hold]) => daysBetween(hold.readyOn, m.today) > COLLECT_DAYS)
    .sort(([, a], [, b]) => a.readyOn.localeCompare(b.readyOn) || a.seq - b.seq);
  for (const [copy] of late) {
    m.ready.delete(copy);
    giveCopy(m, copy);
  }
}

const activeHold = (m: Model, member: number) =>
  m.queue.some((hold) => hold.member === member) || [...m.ready.values()].some((hold) => hold.member === member);
const borrowing = (m: Model, member: number) => [...m.loans.values()].some((loan) => loan.member === member);
const overdue = (m: Model, member: number) => [...m.loans.values()].some((loan) => loan.member === member && loan.due < m.today);

async function checkInvariants(m: Model, real: Real): Promise<void> {
  const number = (member: number) => `A0000${member + 1}`;
  // Waiting in the model's order, numbered 1, 2, 3… with no gap.
  const lists = await call(real.api, 'holds.waitingLists', { itemId: null });
  const waiting = lists.lists.flatMap((list) => list.entries.filter((entry) => entry.status === 'waiting'));
  expect(waiting.map((entry) => [entry.memberNumber, entry.position])).toEqual(m.queue.map((hold, index) => [number(hold.member), index + 1]));
  // One ready hold per copy at most, for the member the model says.
  expect(readRows(real.file, "SELECT copy_id FROM hold WHERE status = 'ready' GROUP BY copy_id HAVING count(*) > 1")).toEqual([]);
  const ready = readRows<{ barcode: string; member_id: number }>(
    real.file,
    "SELECT copy.barcode, hold.member_id FROM hold JOIN copy ON copy.id = hold.copy_id WHERE hold.status = 'ready' ORDER BY copy.barcode",
  );
  expect(ready).toEqual([...m.ready.entries()].sort(([a], [b]) => a - b).map(([copy, hold]) => ({ barcode: COPIES[copy], member_id: real.memberIds[hold.member] })));
  // Copy statuses follow loans and copies put aside.
  const statuses = readRows<{ status: string }>(real.file, 'SELECT status FROM copy ORDER BY barcode').map((row) => row.status);
  expect(statuses).toEqual(COPIES.map((_, copy) => (m.loans.has(copy) ? 'on_loan' : m.ready.has(copy) ? 'reserved' : 'available')));
  const loans = readRows<{ barcode: string; member_id: number }>(
    real.file,
    'SELECT copy.barcode, loan.member_id FROM loan JOIN copy ON copy.id = loan.copy_id WHERE loan.returned_on IS NULL ORDER BY copy.barcode',
  );
  expect(loans).toEqual([...m.loans.entries()].sort(([a], [b]) => a - b).map(([copy, loan]) => ({ barcode: COPIES[copy], member_id: real.memberIds[loan.member] })));
}

type HoldCommand = fc.AsyncCommand<Model, Real>;

const command = (name: string, run: (m: Model, real: Real) => Promise<void>): HoldCommand => ({
  check: () => true,
  run: async (m, real) => {
    await run(m, real);
    await checkInvariants(m, real);
  },
  toString: () => name,
});

const latestHoldOf = (real: Real, member: number) =>
  readRows<{ id: number }>(real.file, 'SELECT id FROM hold WHERE member_id = ? ORDER BY id DESC LIMIT 1', real.memberIds[member])[0]?.id ?? 999_999;

const place = (member: number) =>
  command(`place(m${member})`, async (m, real) => {
    const next = clone(m);
    settle(next);
    const allowed = !activeHold(next, member) && !borrowing(next, member);
    const result = await real.api.invoke('holds.place', { memberId: real.memberIds[member], itemId: real.itemId });
    expect(result.ok, JSON.stringify(result)).toBe(allowed);
    if (!allowed) return;
    next.queue.push({ member, seq: next.nextSeq++ });
    const onShelf = available(next)[0];
    if (onShelf !== undefined) giveCopy(next, onShelf);
    commit(m, next);
  });

const cancel = (member: number) =>
  command(`cancel(m${member})`, async (m, real) => {
    const next = clone(m);
    settle(next);
    const result = await real.api.invoke('holds.cancel', { id: latestHoldOf(real, member) });
    expect(result.ok, JSON.stringify(result)).toBe(activeHold(next, member));
    if (!result.ok) return;
    next.queue = next.queue.filter((hold) => hold.member !== member);
    const copy = [...next.ready.entries()].find(([, hold]) => hold.member === member)?.[0];
    if (copy !== undefined) {
      next.ready.delete(copy);
      giveCopy(next, copy);
    }
    commit(m, next);
  });

const lend = (member: number) =>
  command(`lend(m${member})`, async (m, real) => {
    const next = clone(m);
    settle(next);
    const own = [...next.ready.entries()].find(([, hold]) => hold.member === member)?.[0];
    const copy = own ?? available(next)[0];
    const allowed = copy !== undefined && !overdue(next, member);
    const result = await real.api.invoke('loans.checkOut', { memberId: real.memberIds[member], barcodes: [COPIES[copy ?? 0]] });
    expect(result.ok, JSON.stringify(result)).toBe(allowed);
    if (!allowed) return;
    next.ready.delete(copy!);
    next.queue = next.queue.filter((hold) => hold.member !== member);
    next.loans.set(copy!, { member, due: addDays(next.today, LOAN_DAYS) });
    commit(m, next);
  });

const giveBack = (copy: number) =>
  command(`return(${copy})`, async (m, real) => {
    const result = await real.api.invoke('loans.checkIn', { barcode: COPIES[copy] });
    expect(result.ok, JSON.stringify(result)).toBe(m.loans.has(copy));
    if (!result.ok) return;
    const next = clone(m);
    settle(next);
    next.loans.delete(copy);
    const firstInLine = giveCopy(next, copy);
    const setAside = (result.data as { setAside: { memberId: number } | null }).setAside;
    expect(setAside?.memberId ?? null).toBe(firstInLine === null ? null : real.memberIds[firstInLine]);
    commit(m, next);
  });

const daysPass = (days: number) =>
  command(`daysPass(${days})`, async (m, real) => {
    m.today = addDays(m.today, days);
    await real.setDay(m.today);
  });

const release = command('releaseExpired', async (m, real) => {
  await call(real.api, 'holds.releaseExpired', {});
  settle(m);
});

const member = fc.integer({ min: 0, max: MEMBERS - 1 });
const commands = fc.commands(
  [
    member.map(place),
    member.map(place),
    member.map(cancel),
    member.map(lend),
    fc.integer({ min: 0, max: COPIES.length - 1 }).map(giveBack),
    fc.integer({ min: 1, max: 5 }).map(daysPass),
    fc.constant(release),
  ],
  { maxCommands: 40, size: 'medium' },
);

async function office(): Promise<Real & { close(): void }> {
  // No late fee: lateness blocks borrowing through the overdue rule alone, which the model follows.
  const office = await modelOffice(START, { defaultLoanDays: LOAN_DAYS, lateFeePerWeekCents: 0, defaultDepositCents: 0, maxLoansPerMember: 5, graceDays: 0 });
  const { file } = office;
  const memberIds = Array.from({ length: MEMBERS }, (_, index) => seedMember(file, { number: `A0000${index + 1}`, familyName: `Membre ${index + 1}` }));
  const { itemId } = seedItem(file, { kind: 'game', title: 'Dixit', barcodes: COPIES });
  return { ...office, memberIds, itemId };
}

it('keeps the waiting list in order and hands each copy to the first in line, whatever the sequence of calls', async () => {
  await fc.assert(
    fc.asyncProperty(commands, async (cmds) => {
      const real = await office();
      try {
        const model: Model = { today: START, nextSeq: 0, queue: [], ready: new Map(), loans: new Map() };
        await fc.asyncModelRun(() => ({ model, real }), cmds);
      } finally {
        real.close();
      }
    }),
    { numRuns: 30 },
  );
}, 120_000);
