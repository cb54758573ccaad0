import type { SyncDb } from '../../../db/query.ts';
import type { HandlerContext } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { todayIso } from '../../shared/days.ts';
import type { CounterSettings } from '../../settings/fields.ts';
import type { OverdueMember } from './contract.ts';
import { findMember, membersById } from './member-identity.ts';
import { loanQuery, toLoanViews } from './views.ts';

/*
 * Overdue loans and repeated reminders. A reminder names the loans it is about; the next one about any of the same
 * loans goes one level up (1 friendly, 2 firmer, 3 and more: last notice), while a new episode of lateness, once the
 * earlier loans are back, starts again at 1. One reminder per member and day at most.
 */

interface ReminderRow {
  id: number;
  level: number;
  sent_on: string;
  loanIds: number[];
}

function groupBy<T, K>(values: readonly T[], key: (value: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const value of values) {
    const group = groups.get(key(value));
    if (group) group.push(value);
    else groups.set(key(value), [value]);
  }
  return groups;
}

/** The loans a reminder is about, from its loan_ids column (JSON); a damaged value names none. */
export function reminderLoanIds(json: string): number[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((id): id is number => Number.isInteger(id)) : [];
  } catch {
    return [];
  }
}

function remindersOf(db: SyncDb, memberIds: readonly number[]): Map<number, ReminderRow[]> {
  const byMember = new Map<number, ReminderRow[]>();
  if (memberIds.length === 0) return byMember;
  const rows = db.all(
    db.q
      .selectFrom('loan_reminder')
      .select(['id', 'member_id', 'level', 'sent_on', 'loan_ids'])
      .where('member_id', 'in', memberIds)
      .orderBy('sent_on', 'desc')
      .orderBy('id', 'desc'),
  );
  for (const row of rows) {
    const list = byMember.get(row.member_id) ?? [];
    list.push({ id: row.id, level: row.level, sent_on: row.sent_on, loanIds: reminderLoanIds(row.loan_ids) });
    byMember.set(row.member_id, list);
  }
  return byMember;
}

/** The latest reminder about any of these loans (newest first in `reminders`). */
const lastAbout = (reminders: ReminderRow[] | undefined, loanIds: readonly number[]) =>
  reminders?.find((reminder) => reminder.loanIds.some((id) => loanIds.includes(id)));

function overdueRows(db: SyncDb, today: string, memberIds?: readonly number[]) {
  let query = loanQuery(db).where('loan.returned_on', 'is', null).where('loan.due_on', '<', today);
  if (memberIds) query = query.where('loan.member_id', 'in', memberIds);
  return db.all(query.orderBy('loan.due_on').orderBy('loan.id'));
}

/** Overdue loans per member, the longest overdue first. */
export function overdueMembers(db: SyncDb, today: string, counter: CounterSettings): OverdueMember[] {
  const loans = toLoanViews(db, overdueRows(db, today), today, counter);
  const grouped = groupBy(loans, (loan) => loan.memberId);
  const members = membersById(db, grouped.keys());
  const reminders = remindersOf(db, [...grouped.keys()]);
  return [...grouped].map(([memberId, memberLoans]) => {
    const member = members.get(memberId)!;
    const last = lastAbout(reminders.get(memberId), memberLoans.map((loan) => loan.id));
    return {
      memberId,
      memberNumber: member.number,
      memberName: member.name,
      phone: member.phone,
      loans: memberLoans,
      oldestDueOn: memberLoans[0]!.dueOn,
      feeSoFarCents: memberLoans.reduce((sum, loan) => sum + loan.lateFeeCents, 0),
      lastReminder: last ? { level: last.level, sentOn: last.sent_on } : null,
      nextLevel: (last?.level ?? 0) + 1,
      remindedToday: last?.sent_on === today,
    };
  });
}

/** Records today's reminder of each member named who still has something overdue. */
export function recordReminders(ctx: HandlerContext, memberIds: readonly number[]) {
  const { db } = ctx;
  const today = todayIso(ctx.clock);
  const now = ctx.nowIso();
  const unique = [...new Set(memberIds)];
  const overdue = groupBy(overdueRows(db, today, unique), (row) => row.member_id);
  const reminders = remindersOf(db, unique);
  const recorded: { id: number; memberId: number; level: number; alreadyToday: boolean }[] = [];
  const skipped: { memberId: number; message: string }[] = [];
  for (const memberId of unique) {
    const loanIds = (overdue.get(memberId) ?? []).map((row) => row.id);
    if (loanIds.length === 0) {
      const member = findMember(db, memberId);
      skipped.push({ memberId, message: member ? `${member.number} n’a plus de prêt en retard : pas de relance.` : 'Adhérent introuvable.' });
      continue;
    }
    const last = lastAbout(reminders.get(memberId), loanIds);
    if (last?.sent_on === today) {
      recorded.push({ id: last.id, memberId, level: last.level, alreadyToday: true });
      continue;
    }
    const level = (last?.level ?? 0) + 1;
    const { id } = db.get(
      db.q
        .insertInto('loan_reminder')
        .values({ member_id: memberId, level, loan_ids: JSON.stringify(loanIds), sent_on: today, created_by: ctx.user?.id ?? null, created_at: now })
        .returning('id'),
    )!;
    recorded.push({ id, memberId, level, alreadyToday: false });
  }
  if (recorded.length === 0) throw new AppError('CONFLICT', 'Aucune relance à faire : ces adhérents n’ont plus de prêt en retard.');
  const fresh = recorded.filter((reminder) => !reminder.alreadyToday).length;
  const again = recorded.length - fresh;
  const message =
    `${fresh} relance${fresh > 1 ? 's' : ''} enregistrée${fresh > 1 ? 's' : ''}` +
    (again > 0 ? `, ${again} déjà faite${again > 1 ? 's' : ''} aujourd’hui (réimprimée${again > 1 ? 's' : ''})` : '') +
    (skipped.length > 0 ? `, ${skipped.length} adhérent${skipped.length > 1 ? 's' : ''} sans retard` : '') +
    '.';
  return { reminders: recorded, skipped, message };
}
