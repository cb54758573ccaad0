import type { z } from 'zod';
import type { HandlerContext } from '../../core/context.ts';
import { AppError, invalidField, notFound } from '../../core/errors.ts';
import { daysBetween, frenchDate, todayIso } from '../../shared/days.ts';
import { getMember, memberLabel, type MemberIdentity } from '../loans/member-identity.ts';
import { MAX_LOAN_DAYS } from '../loans/rules.ts';
import type { holdsContract } from './contract.ts';
import { settleExpiredHolds } from './expiry.ts';
import { assignToNextInLine, waitingLine, type SetAside } from './queue.ts';
import { reservationShortage } from './reservations.ts';
import { holdViewById } from './views.ts';

type PlaceInput = z.output<(typeof holdsContract)['holds.place']['input']>;
type PlaceOutput = z.input<(typeof holdsContract)['holds.place']['output']>;
type CancelOutput = z.input<(typeof holdsContract)['holds.cancel']['output']>;

function lendableItem(ctx: HandlerContext, itemId: number) {
  const { db } = ctx;
  const item = db.get(db.q.selectFrom('item').select(['id', 'title', 'retired_at']).where('id', '=', itemId));
  if (!item) throw notFound('Fiche du catalogue');
  const copies = db.get(
    db.q
      .selectFrom('copy')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('item_id', '=', itemId)
      .where('status', '!=', 'retired')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('kit_part').select('kit_copy_id').whereRef('kit_part.part_copy_id', '=', 'copy.id')))),
  )!.n;
  if (item.retired_at || copies === 0) throw new AppError('CONFLICT', `« ${item.title} » n’a aucun exemplaire à prêter : il ne peut pas être réservé.`);
  return item;
}

function assertNotBorrowing(ctx: HandlerContext, member: MemberIdentity, item: { id: number; title: string }): void {
  const borrowing = ctx.db.get(
    ctx.db.q
      .selectFrom('loan')
      .innerJoin('copy', 'copy.id', 'loan.copy_id')
      .select('loan.due_on')
      .where('loan.member_id', '=', member.id)
      .where('copy.item_id', '=', item.id)
      .where('loan.returned_on', 'is', null),
  );
  if (borrowing) throw new AppError('CONFLICT', `${member.number} a déjà « ${item.title} » en prêt (retour prévu le ${frenchDate(borrowing.due_on)}).`);
}

function joinQueue(ctx: HandlerContext, member: MemberIdentity, item: { id: number; title: string }, note: string) {
  const { db } = ctx;
  const today = todayIso(ctx.clock);
  const already = db.get(
    db.q
      .selectFrom('hold')
      .select(['id', 'status'])
      .where('member_id', '=', member.id)
      .where('item_id', '=', item.id)
      .where('wanted_from', 'is', null)
      .where('status', 'in', ['waiting', 'ready']),
  );
  if (already?.status === 'ready') throw new AppError('CONFLICT', `Un exemplaire de « ${item.title} » est déjà mis de côté pour ${member.number}.`);
  if (already) {
    const position = waitingLine(db, item.id).findIndex((hold) => hold.id === already.id) + 1;
    throw new AppError('CONFLICT', `${member.number} est déjà dans la file d’attente de « ${item.title} » (position ${position}).`);
  }
  assertNotBorrowing(ctx, member, item);
  const now = ctx.nowIso();
  const { id } = db.get(
    db.q
      .insertInto('hold')
      .values({ item_id: item.id, member_id: member.id, wanted_from: null, wanted_until: null, status: 'waiting', copy_id: null, ready_on: null, notified_on: null, closed_on: null, note, created_at: now, updated_at: now })
      .returning('id'),
  )!;
  // A copy on the shelf is put aside at once (for the first in line, who is this member unless others waited).
  const onShelf = db.get(
    db.q
      .selectFrom('copy')
      .select('id')
      .where('item_id', '=', item.id)
      .where('status', '=', 'available')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('kit_part').select('kit_copy_id').whereRef('kit_part.part_copy_id', '=', 'copy.id'))))
      .orderBy('id')
      .limit(1),
  );
  const setAside = onShelf ? assignToNextInLine(ctx, onShelf.id) : null;
  const hold = holdViewById(db, id, today)!;
  const message =
    hold.status === 'ready'
      ? `Un exemplaire de « ${item.title} » est disponible : ${setAside!.message} (${hold.copyBarcode}).`
      : `${memberLabel(member)} est en position ${hold.position} dans la file d’attente de « ${item.title} ».`;
  return { ...hold, message, setAside };
}

function reserveDates(ctx: HandlerContext, member: MemberIdentity, item: { id: number; title: string }, from: string, until: string, note: string) {
  const { db } = ctx;
  const today = todayIso(ctx.clock);
  if (from < today) throw invalidField('wantedFrom', 'Une réservation commence aujourd’hui ou plus tard.');
  if (until < from) throw invalidField('wantedUntil', 'La fin de la réservation doit suivre son début.');
  if (daysBetween(from, until) + 1 > MAX_LOAN_DAYS) throw invalidField('wantedUntil', `Une réservation ne dépasse pas ${MAX_LOAN_DAYS} jours.`);
  const overlapping = db.get(
    db.q
      .selectFrom('hold')
      .select(['wanted_from', 'wanted_until'])
      .where('member_id', '=', member.id)
      .where('item_id', '=', item.id)
      .where('status', '=', 'waiting')
      .where('wanted_from', '<=', until)
      .where('wanted_until', '>=', from),
  );
  if (overlapping) {
    throw new AppError('CONFLICT', `${member.number} a déjà réservé « ${item.title} » du ${frenchDate(overlapping.wanted_from)} au ${frenchDate(overlapping.wanted_until)}.`);
  }
  const shortage = reservationShortage(db, item.id, today, { memberId: member.id, from, until, wantsOne: true });
  if (shortage) {
    throw new AppError(
      'CONFLICT',
      `Aucun exemplaire de « ${item.title} » n’est libre le ${frenchDate(shortage.on)} : tous sont déjà réservés ou prêtés ce jour-là. Choisissez d’autres dates.`,
      [{ path: 'wantedFrom', message: `Aucun exemplaire libre le ${frenchDate(shortage.on)}.` }],
    );
  }
  const now = ctx.nowIso();
  const { id } = db.get(
    db.q
      .insertInto('hold')
      .values({ item_id: item.id, member_id: member.id, wanted_from: from, wanted_until: until, status: 'waiting', copy_id: null, ready_on: null, notified_on: null, closed_on: null, note, created_at: now, updated_at: now })
      .returning('id'),
  )!;
  const hold = holdViewById(db, id, today)!;
  return { ...hold, message: `« ${item.title} » réservé pour ${memberLabel(member)} du ${frenchDate(from)} au ${frenchDate(until)}.`, setAside: null };
}

export function placeHold(ctx: HandlerContext, input: PlaceInput): PlaceOutput {
  const member = getMember(ctx.db, input.memberId);
  const item = lendableItem(ctx, input.itemId);
  settleExpiredHolds(ctx);
  if (input.wantedFrom === null && input.wantedUntil === null) return joinQueue(ctx, member, item, input.note);
  if (input.wantedFrom === null) throw invalidField('wantedFrom', 'Indiquez le premier jour de la réservation.');
  if (input.wantedUntil === null) throw invalidField('wantedUntil', 'Indiquez le dernier jour de la réservation.');
  return reserveDates(ctx, member, item, input.wantedFrom, input.wantedUntil, input.note);
}

function activeHold(ctx: HandlerContext, id: number) {
  const hold = ctx.db.get(ctx.db.q.selectFrom('hold').selectAll().where('id', '=', id));
  if (!hold) throw notFound('Réservation');
  if (hold.status !== 'waiting' && hold.status !== 'ready') {
    throw new AppError('CONFLICT', 'Cette réservation est close (retirée, annulée ou expirée) : elle ne change plus.');
  }
  return hold;
}

export function cancelHold(ctx: HandlerContext, id: number): CancelOutput {
  const { db } = ctx;
  // Settled first: a hold that expired meanwhile is reported as such rather than cancelled.
  settleExpiredHolds(ctx);
  const hold = activeHold(ctx, id);
  const today = todayIso(ctx.clock);
  db.run(db.q.updateTable('hold').set({ status: 'cancelled', closed_on: today, updated_at: ctx.nowIso() }).where('id', '=', id));
  const setAside: SetAside | null = hold.status === 'ready' && hold.copy_id !== null ? assignToNextInLine(ctx, hold.copy_id) : null;
  const view = holdViewById(db, id, today)!;
  const member = getMember(db, hold.member_id);
  const what = hold.wanted_from === null ? `${memberLabel(member)} quitte la file d’attente de « ${view.title} ».` : `Réservation de « ${view.title} » annulée pour ${memberLabel(member)}.`;
  const next = hold.status === 'ready' ? (setAside ? ` L’exemplaire ${view.copyBarcode} passe au suivant : ${setAside.message}.` : ` L’exemplaire ${view.copyBarcode} est à ranger en rayon.`) : '';
  return { ...view, message: `${what}${next}`, setAside };
}

export function markNotified(ctx: HandlerContext, id: number) {
  const { db } = ctx;
  settleExpiredHolds(ctx);
  const hold = activeHold(ctx, id);
  if (hold.status !== 'ready') throw new AppError('CONFLICT', 'Aucun exemplaire n’est encore mis de côté pour cette réservation : rien à annoncer.');
  const today = todayIso(ctx.clock);
  if (hold.notified_on) throw new AppError('CONFLICT', `L’adhérent a déjà été prévenu le ${frenchDate(hold.notified_on)}.`);
  db.run(db.q.updateTable('hold').set({ notified_on: today, updated_at: ctx.nowIso() }).where('id', '=', id));
  const view = holdViewById(db, id, today)!;
  return { ...view, message: `${view.memberNumber} prévenu : « ${view.title} » l’attend jusqu’au ${frenchDate(view.collectBy)}.` };
}
