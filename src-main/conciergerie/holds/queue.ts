import type { SyncDb } from '../../../db/query.ts';
import type { HandlerContext } from '../../core/context.ts';
import { addDays, daysBetween, todayIso } from '../../shared/days.ts';
import { kitOf } from '../catalogue/kits.ts';
import { findMember, memberLabel } from '../loans/member-identity.ts';
import { HOLD_COLLECT_DAYS } from '../loans/rules.ts';
import { reservationShortage } from './reservations.ts';

/*
 * The waiting list of a record: holds without dates (wanted_from null), first come first served. When a copy comes
 * back, the first member waiting gets it: the hold becomes 'ready' with that copy, the copy 'reserved' (put aside)
 * until they collect it within HOLD_COLLECT_DAYS days.
 */

/** The last day a ready hold may be collected. */
export const collectBy = (readyOn: string) => addDays(readyOn, HOLD_COLLECT_DAYS);

export const isPastCollection = (readyOn: string | null, today: string) => readyOn !== null && daysBetween(readyOn, today) > HOLD_COLLECT_DAYS;

/** A copy put aside (or to put aside) for a member, as the counter announces it. */
export interface SetAside {
  holdId: number;
  copyId: number;
  memberId: number;
  memberNumber: string;
  memberName: string;
  /** "À mettre de côté pour A00042 — Mme Dupont". */
  message: string;
}

/** The waiting-list holds of a record still waiting, in line order (first = next to be served). */
export function waitingLine(db: SyncDb, itemId: number) {
  return db.all(
    db.q
      .selectFrom('hold')
      .select(['id', 'member_id', 'created_at'])
      .where('item_id', '=', itemId)
      .where('wanted_from', 'is', null)
      .where('status', '=', 'waiting')
      .orderBy('created_at')
      .orderBy('id'),
  );
}

function setAsideFor(db: SyncDb, holdId: number, memberId: number, copyId: number): SetAside {
  const member = findMember(db, memberId)!;
  return {
    holdId,
    copyId,
    memberId,
    memberNumber: member.number,
    memberName: member.name,
    message: `À mettre de côté pour ${memberLabel(member)}`,
  };
}

/**
 * Who a copy put aside is kept for, as things stand today (a read: nothing is written). A hold past its collection
 * day no longer keeps it: the next member in line would get it at the next copy event.
 */
export function keptFor(db: SyncDb, copyId: number, today: string): SetAside | null {
  const ready = db.get(
    db.q.selectFrom('hold').select(['id', 'member_id', 'item_id', 'ready_on']).where('copy_id', '=', copyId).where('status', '=', 'ready'),
  );
  if (!ready) return null;
  if (!isPastCollection(ready.ready_on, today)) return setAsideFor(db, ready.id, ready.member_id, copyId);
  const next = waitingLine(db, ready.item_id)[0];
  return next ? setAsideFor(db, next.id, next.member_id, copyId) : null;
}

/**
 * A copy is on the shelf again: it goes to the first member waiting for its record (returned with the message the
 * counter shows), or becomes available. A part of a kit is never lent alone, so it is simply available. Nor is a
 * copy put aside when a reservation that has begun needs it.
 */
export function assignToNextInLine(ctx: HandlerContext, copyId: number): SetAside | null {
  const { db } = ctx;
  const now = ctx.nowIso();
  const today = todayIso(ctx.clock);
  const copy = db.get(db.q.selectFrom('copy').select(['id', 'item_id']).where('id', '=', copyId))!;
  const next = kitOf(db, copyId) ? undefined : waitingLine(db, copy.item_id)[0];
  const neededByReservation = next && reservationShortage(db, copy.item_id, today, { copyId, memberId: next.member_id, from: today, until: today });
  if (!next || neededByReservation) {
    db.run(db.q.updateTable('copy').set({ status: 'available', updated_at: now }).where('id', '=', copyId));
    return null;
  }
  db.run(
    db.q
      .updateTable('hold')
      .set({ status: 'ready', copy_id: copyId, ready_on: today, notified_on: null, updated_at: now })
      .where('id', '=', next.id),
  );
  db.run(db.q.updateTable('copy').set({ status: 'reserved', updated_at: now }).where('id', '=', copyId));
  return setAsideFor(db, next.id, next.member_id, copyId);
}
