import type { SyncDb } from '../../db/query.ts';
import { lateFeeCents, loanLength, weeksLate } from '../conciergerie/loans/rules.ts';
import { memberStanding } from '../conciergerie/members/standing.ts';
import { addDays, daysBetween, todayIso } from '../shared/days.ts';
import { counterSettings } from '../settings/store.ts';
import type { Random } from './random.ts';

/*
 * The demo conciergerie's loans, on the catalogue and members demos: six months of returned loans (some late, their
 * fees written off but one member's), loans out now (a few overdue: one member blocked by them, with a first
 * reminder sent), every copy of a few popular records out with members waiting for them, a reservation with dates,
 * and a copy put aside for a member still to be told. Only records without a deposit are lent, since the till of
 * the demo never took one. Does nothing when there are no members or no copies.
 */

interface Copy {
  id: number;
  itemId: number;
  title: string;
  barcode: string;
  condition: string;
  loanDays: number;
}

const HISTORY_DAYS = 180;

/** Copies that may go out: on the shelf, not part of a kit, of records without a deposit. */
function lendableCopies(db: SyncDb): Copy[] {
  return db
    .all(
      db.q
        .selectFrom('copy')
        .innerJoin('item', 'item.id', 'copy.item_id')
        .select(['copy.id', 'copy.item_id', 'copy.barcode', 'copy.condition', 'item.title', 'item.loan_days'])
        .where('copy.status', '=', 'available')
        .where('item.kind', '!=', 'kit')
        .where('item.deposit_cents', '=', 0)
        .where((eb) => eb.not(eb.exists(eb.selectFrom('kit_part').select('kit_copy_id').whereRef('kit_part.part_copy_id', '=', 'copy.id'))))
        .orderBy('copy.id'),
    )
    .map((row) => ({ id: row.id, itemId: row.item_id, title: row.title, barcode: row.barcode, condition: row.condition, loanDays: row.loan_days ?? 0 }));
}

export function fillDemoLoans(db: SyncDb, now: string, random: Random): void {
  const today = todayIso({ now: () => new Date(now) });
  const counter = counterSettings(db);
  const members = db.all(db.q.selectFrom('member').innerJoin('person', 'person.id', 'member.person_id').select('member.id').where('person.erased_at', 'is', null).orderBy('member.id')).map((m) => m.id);
  const copies = lendableCopies(db).map((copy) => ({ ...copy, loanDays: copy.loanDays || loanLength(null, counter) }));
  if (members.length === 0 || copies.length === 0) return;
  const inForce = members.filter((id) => memberStanding(db, id, today, counter).membership !== null);
  const borrowers = inForce.length > 0 ? inForce : members;
  const pickMember = () => random.pick(borrowers);

  const insertLoan = (copy: Copy, memberId: number, lentOn: string, dueOn: string, returnedOn: string | null, feeCents: number) =>
    db.get(
      db.q
        .insertInto('loan')
        .values({
          copy_id: copy.id,
          member_id: memberId,
          lent_on: lentOn,
          due_on: dueOn,
          returned_on: returnedOn,
          renewals: 0,
          condition_out: copy.condition,
          condition_in: returnedOn ? copy.condition : null,
          return_note: '',
          deposit_cents: 0,
          deposit_payment_id: null,
          deposit_refund_id: null,
          late_fee_cents: feeCents,
          backdated: 0,
          lent_by: null,
          returned_by: null,
          created_at: `${lentOn}T10:00:00.000Z`,
          updated_at: `${returnedOn ?? lentOn}T10:00:00.000Z`,
        })
        .returning('id'),
    )!.id;
  const account = (memberId: number, kind: string, amountCents: number, label: string, loanId: number | null, on: string) =>
    db.run(
      db.q.insertInto('member_account_entry').values({
        member_id: memberId,
        kind,
        amount_cents: amountCents,
        label,
        loan_id: loanId,
        payment_id: null,
        created_by: null,
        created_at: `${on}T17:00:00.000Z`,
      }),
    );

  // ——— Six months of returns, copy by copy so that a copy is never out twice at once ———
  const unpaidMember = pickMember();
  for (const copy of copies.filter(() => random.next() < 0.35)) {
    let day = addDays(today, -HISTORY_DAYS + random.int(0, 20));
    while (true) {
      const lentOn = day;
      const dueOn = addDays(lentOn, copy.loanDays);
      const late = random.next() < 0.15;
      const returnedOn = late ? addDays(dueOn, random.int(2, 20)) : addDays(lentOn, random.int(3, copy.loanDays));
      if (daysBetween(returnedOn, today) < 5) break;
      const memberId = pickMember();
      const fee = lateFeeCents(dueOn, returnedOn, counter);
      const loanId = insertLoan(copy, memberId, lentOn, dueOn, returnedOn, fee);
      if (fee > 0) {
        const weeks = weeksLate(dueOn, returnedOn, counter.graceDays);
        account(memberId, 'late_fee', fee, `Retard de ${weeks} semaine${weeks > 1 ? 's' : ''} — ${copy.title} (${copy.barcode})`, loanId, returnedOn);
        // Written off at the desk, but for one member who still owes theirs (and cannot borrow until it is paid).
        if (memberId !== unpaidMember) account(memberId, 'waiver', -fee, 'Remise : premier retard, pénalité offerte', null, returnedOn);
      }
      day = addDays(returnedOn, random.int(1, 25));
    }
  }

  // ——— Loans out now ———
  const out = new Set<number>();
  const openLoans = new Map<number, number>();
  const lend = (copy: Copy, memberId: number, lentOn: string) => {
    insertLoan(copy, memberId, lentOn, addDays(lentOn, copy.loanDays), null, 0);
    db.run(db.q.updateTable('copy').set({ status: 'on_loan', updated_at: now }).where('id', '=', copy.id));
    out.add(copy.id);
    openLoans.set(memberId, (openLoans.get(memberId) ?? 0) + 1);
  };
  const shelf = () => copies.filter((copy) => !out.has(copy.id));
  const canTake = (memberId: number) => (openLoans.get(memberId) ?? 0) < 2;

  // A few overdue, all with one member, who is therefore blocked and got a first reminder a week ago.
  const late = pickMember();
  const lateLoans = shelf().slice(0, 2);
  lateLoans.forEach((copy) => lend(copy, late, addDays(today, -copy.loanDays - random.int(10, 20))));
  const lateIds = db.all(db.q.selectFrom('loan').select('id').where('member_id', '=', late).where('returned_on', 'is', null)).map((row) => row.id);
  if (lateIds.length > 0) {
    db.run(db.q.insertInto('loan_reminder').values({ member_id: late, level: 1, loan_ids: JSON.stringify(lateIds), sent_on: addDays(today, -7), created_by: null, created_at: now }));
  }
  // Every copy of three popular records out, with members waiting for them.
  const byItem = new Map<number, Copy[]>();
  for (const copy of shelf()) byItem.set(copy.itemId, [...(byItem.get(copy.itemId) ?? []), copy]);
  const popular = [...byItem.values()].filter((list) => list.length >= 2).slice(0, 3);
  for (const list of popular) {
    for (const copy of list) {
      const borrower = borrowers.find((id) => id !== late && canTake(id) && random.next() < 0.5) ?? borrowers.find((id) => id !== late && canTake(id));
      if (borrower !== undefined) lend(copy, borrower, addDays(today, -random.int(1, copy.loanDays - 1)));
    }
  }
  // Some more out, within their loan length.
  for (const copy of shelf().filter(() => random.next() < 0.08)) {
    const borrower = pickMember();
    if (borrower !== late && canTake(borrower)) lend(copy, borrower, addDays(today, -random.int(0, copy.loanDays - 1)));
  }

  // ——— Holds ———
  const hold = (itemId: number, memberId: number, values: { wantedFrom?: string; wantedUntil?: string; status: string; copyId?: number; readyOn?: string }, createdOn: string) =>
    db.run(
      db.q.insertInto('hold').values({
        item_id: itemId,
        member_id: memberId,
        wanted_from: values.wantedFrom ?? null,
        wanted_until: values.wantedUntil ?? null,
        status: values.status,
        copy_id: values.copyId ?? null,
        ready_on: values.readyOn ?? null,
        notified_on: null,
        closed_on: null,
        note: '',
        created_at: `${createdOn}T11:00:00.000Z`,
        updated_at: `${createdOn}T11:00:00.000Z`,
      }),
    );
  const borrowersOf = (itemId: number) =>
    new Set(db.all(db.q.selectFrom('loan').innerJoin('copy', 'copy.id', 'loan.copy_id').select('loan.member_id').where('copy.item_id', '=', itemId).where('loan.returned_on', 'is', null)).map((row) => row.member_id));
  for (const [index, list] of popular.entries()) {
    const busy = borrowersOf(list[0]!.itemId);
    const waiting = borrowers.filter((id) => !busy.has(id) && id !== late).slice(index, index + 1 + random.int(1, 2));
    waiting.forEach((memberId, place) => hold(list[0]!.itemId, memberId, { status: 'waiting' }, addDays(today, -10 + place)));
  }
  const onShelf = shelf();
  // A copy come back yesterday, put aside for a member who has not been told yet.
  const setAside = onShelf[0];
  if (setAside) {
    hold(setAside.itemId, pickMember(), { status: 'ready', copyId: setAside.id, readyOn: addDays(today, -1) }, addDays(today, -12));
    db.run(db.q.updateTable('copy').set({ status: 'reserved', updated_at: now }).where('id', '=', setAside.id));
  }
  // A reservation with dates, for a family party in ten days.
  const reserved = onShelf.find((copy) => copy.itemId !== setAside?.itemId);
  if (reserved) hold(reserved.itemId, pickMember(), { status: 'waiting', wantedFrom: addDays(today, 10), wantedUntil: addDays(today, 13) }, addDays(today, -3));
}
