import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { Connection } from '../../src-main/core/backend.ts';
import { addDays, daysBetween } from '../../src-main/shared/days.ts';
import { clearFlag, readRows, seedBalancePayment, seedFlag, seedItem, seedMember } from './conciergerie-fixtures.ts';
import { modelOffice } from './conciergerie-model-office.ts';

/*
 * Model-based test of the loan state machine: random sequences of check-outs, check-ins, renewals, days passing,
 * flags set and lifted and balances paid, run against the real backend and against a small model of the rules
 * written here. After every step the database must match the model; a call the model refuses must be refused and
 * change nothing.
 */

const START = '2026-03-02';
const FEE_PER_WEEK = 30;
const DEFAULT_DAYS = 14;
const MAX_LOANS = 3; // the monthly membership of the fixtures
/** Four books; the last one is lent 7 days, the others the counter's 14. */
const COPIES = ['E000001', 'E000002', 'E000003', 'E000004'];
const loanDays = (copy: number) => (copy === 3 ? 7 : DEFAULT_DAYS);

interface OpenLoan {
  member: number;
  due: string;
  renewals: number;
}

interface Model {
  today: string;
  flagged: boolean[];
  balance: number[];
  loans: Map<number, OpenLoan>;
}

interface Real {
  api: Pick<Connection, 'invoke'>;
  file: string;
  memberIds: number[];
  flagIds: (number | null)[];
  setDay(day: string): Promise<void>;
}

/** The model's own reading of the rules: a fee per week started late, blocks by flag, balance or overdue loan. */
const weeksLate = (due: string, on: string) => Math.max(0, Math.ceil(daysBetween(due, on) / 7));
const blocked = (m: Model, member: number) =>
  m.flagged[member]! || m.balance[member]! > 0 || [...m.loans.values()].some((loan) => loan.member === member && loan.due < m.today);
const openCount = (m: Model, member: number) => [...m.loans.values()].filter((loan) => loan.member === member).length;

/** Everything the loan calls may touch, to check that a refused call touched nothing. */
const snapshot = (file: string) =>
  JSON.stringify([
    readRows(file, 'SELECT * FROM loan ORDER BY id'),
    readRows(file, 'SELECT id, status, condition FROM copy ORDER BY id'),
    readRows(file, 'SELECT * FROM member_account_entry ORDER BY id'),
    readRows(file, 'SELECT * FROM payment ORDER BY id'),
  ]);

async function expectOutcome(real: Real, allowed: boolean, work: () => Promise<{ ok: boolean }>): Promise<void> {
  const before = snapshot(real.file);
  const result = await work();
  expect(result.ok, JSON.stringify(result)).toBe(allowed);
  if (!allowed) expect(snapshot(real.file)).toBe(before);
}

function checkInvariants(m: Model, real: Real): void {
  const open = readRows<{ barcode: string; member_id: number; due_on: string; renewals: number }>(
    real.file,
    'SELECT copy.barcode, loan.member_id, loan.due_on, loan.renewals FROM loan JOIN copy ON copy.id = loan.copy_id WHERE returned_on IS NULL ORDER BY copy.barcode',
  );
  const expected = [...m.loans.entries()]
    .sort(([a], [b]) => a - b)
    .map(([copy, loan]) => ({ barcode: COPIES[copy]!, member_id: real.memberIds[loan.member]!, due_on: loan.due, renewals: loan.renewals }));
  expect(open).toEqual(expected);
  // At most one open loan per copy, and the copy's status says whether it is out.
  expect(readRows(real.file, 'SELECT copy_id FROM loan WHERE returned_on IS NULL GROUP BY copy_id HAVING count(*) > 1')).toEqual([]);
  const statuses = readRows<{ barcode: string; status: string }>(real.file, 'SELECT barcode, status FROM copy ORDER BY barcode');
  expect(statuses).toEqual(COPIES.map((barcode, copy) => ({ barcode, status: m.loans.has(copy) ? 'on_loan' : 'available' })));
  // The balance is the sum of the late fees the model charged, less what was paid.
  const balances = real.memberIds.map(
    (id) => readRows<{ b: number }>(real.file, 'SELECT coalesce(sum(amount_cents), 0) AS b FROM member_account_entry WHERE member_id = ?', id)[0]!.b,
  );
  expect(balances).toEqual(m.balance);
}

type LoanCommand = fc.AsyncCommand<Model, Real>;

const command = (name: string, run: (m: Model, real: Real) => Promise<void>): LoanCommand => ({
  check: () => true,
  run: async (m, real) => {
    await run(m, real);
    checkInvariants(m, real);
  },
  toString: () => name,
});

const checkOut = (member: number, copies: number[]) =>
  command(`checkOut(m${member}, [${copies}])`, async (m, real) => {
    const allowed =
      !blocked(m, member) &&
      new Set(copies).size === copies.length &&
      copies.every((copy) => !m.loans.has(copy)) &&
      openCount(m, member) + copies.length <= MAX_LOANS;
    await expectOutcome(real, allowed, () => real.api.invoke('loans.checkOut', { memberId: real.memberIds[member], barcodes: copies.map((copy) => COPIES[copy]) }));
    if (allowed) for (const copy of copies) m.loans.set(copy, { member, due: addDays(m.today, loanDays(copy)), renewals: 0 });
  });

const checkIn = (copy: number) =>
  command(`checkIn(${copy})`, async (m, real) => {
    const loan = m.loans.get(copy);
    const before = snapshot(real.file);
    const result = await real.api.invoke('loans.checkIn', { barcode: COPIES[copy] });
    expect(result.ok).toBe(loan !== undefined);
    if (!loan) {
      expect(snapshot(real.file)).toBe(before);
      return;
    }
    const fee = weeksLate(loan.due, m.today) * FEE_PER_WEEK;
    expect(result.ok && (result.data as { lateFeeCents: number }).lateFeeCents).toBe(fee);
    m.balance[loan.member]! += fee;
    m.loans.delete(copy);
  });

const renew = (copy: number) =>
  command(`renew(${copy})`, async (m, real) => {
    const loan = m.loans.get(copy);
    const newDue = addDays(m.today, loanDays(copy));
    const allowed = loan !== undefined && loan.renewals < 2 && !blocked(m, loan.member) && newDue > loan.due;
    // The copy's open loan, or its latest one (back, so refused), or none at all.
    const id = readRows<{ id: number }>(real.file, 'SELECT loan.id FROM loan JOIN copy ON copy.id = loan.copy_id WHERE copy.barcode = ? ORDER BY loan.id DESC LIMIT 1', COPIES[copy])[0]?.id ?? 999_999;
    await expectOutcome(real, allowed, () => real.api.invoke('loans.renew', { id }));
    if (allowed) m.loans.set(copy, { ...loan!, due: newDue, renewals: loan!.renewals + 1 });
  });

const daysPass = (days: number) =>
  command(`daysPass(${days})`, async (m, real) => {
    m.today = addDays(m.today, days);
    await real.setDay(m.today);
  });

const toggleFlag = (member: number) =>
  command(`toggleFlag(m${member})`, async (m, real) => {
    if (m.flagged[member]) clearFlag(real.file, real.flagIds[member]!);
    else real.flagIds[member] = seedFlag(real.file, real.memberIds[member]!, 'Comportement à revoir avec l’équipe');
    m.flagged[member] = !m.flagged[member];
  });

const pay = (member: number) =>
  command(`pay(m${member})`, async (m, real) => {
    if (m.balance[member]! > 0) seedBalancePayment(real.file, real.memberIds[member]!, m.balance[member]!);
    m.balance[member] = 0;
  });

const member = fc.integer({ min: 0, max: 1 });
const copy = fc.integer({ min: 0, max: COPIES.length - 1 });
const commands = fc.commands(
  [
    fc.tuple(member, fc.array(copy, { minLength: 1, maxLength: 3 })).map(([who, copies]) => checkOut(who, copies)),
    fc.tuple(member, fc.array(copy, { minLength: 1, maxLength: 3 })).map(([who, copies]) => checkOut(who, copies)),
    copy.map(checkIn),
    copy.map(renew),
    fc.integer({ min: 1, max: 20 }).map(daysPass),
    member.map(toggleFlag),
    member.map(pay),
  ],
  { maxCommands: 40, size: 'medium' },
);

async function office(): Promise<Real & { close(): void }> {
  const office = await modelOffice(START, { defaultLoanDays: DEFAULT_DAYS, lateFeePerWeekCents: FEE_PER_WEEK, defaultDepositCents: 0, maxLoansPerMember: 5, graceDays: 0 });
  const { file } = office;
  const memberIds = [
    seedMember(file, { number: 'A00001', familyName: 'Dupont' }),
    seedMember(file, { number: 'A00002', familyName: 'Petit' }),
  ];
  COPIES.forEach((barcode, index) => seedItem(file, { kind: 'book', title: `Livre ${index + 1}`, loanDays: index === 3 ? 7 : null, barcodes: [barcode] }));
  return { ...office, memberIds, flagIds: [null, null] };
}

it('keeps loans, copy statuses and balances as the rules say, whatever the sequence of calls', async () => {
  await fc.assert(
    fc.asyncProperty(commands, async (cmds) => {
      const real = await office();
      try {
        const model: Model = { today: START, flagged: [false, false], balance: [0, 0], loans: new Map() };
        await fc.asyncModelRun(() => ({ model, real }), cmds);
      } finally {
        real.close();
      }
    }),
    { numRuns: 30 },
  );
}, 120_000);
