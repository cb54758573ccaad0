import type { z } from 'zod';
import type { HandlerContext } from '../../core/context.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { frenchDate, todayIso } from '../../shared/days.ts';
import { counterSettings } from '../../settings/store.ts';
import { settleExpiredHolds } from '../holds/expiry.ts';
import { waitingLine } from '../holds/queue.ts';
import { reservationShortage } from '../holds/reservations.ts';
import { memberStanding } from '../members/standing.ts';
import type { loansContract } from './contract.ts';
import { defaultDueOn, MAX_RENEWALS } from './rules.ts';
import { loanViewsByIds } from './views.ts';

type Output = z.input<(typeof loansContract)['loans.renew']['output']>;

/** A new due date from today for the record's loan length, with every reason to refuse given at once. */
export function renew(ctx: HandlerContext, loanId: number): Output {
  const { db } = ctx;
  const today = todayIso(ctx.clock);
  const counter = counterSettings(db);
  const loan = db.get(
    db.q
      .selectFrom('loan')
      .innerJoin('copy', 'copy.id', 'loan.copy_id')
      .innerJoin('item', 'item.id', 'copy.item_id')
      .select(['loan.id', 'loan.member_id', 'loan.copy_id', 'loan.due_on', 'loan.returned_on', 'loan.renewals', 'item.id as item_id', 'item.title', 'item.loan_days'])
      .where('loan.id', '=', loanId),
  );
  if (!loan) throw notFound('Prêt');
  if (loan.returned_on) throw new AppError('CONFLICT', `Ce prêt est clos : l’objet a été rendu le ${frenchDate(loan.returned_on)}.`);
  settleExpiredHolds(ctx);

  const reasons: string[] = [];
  if (loan.renewals >= MAX_RENEWALS) reasons.push(`Déjà renouvelé ${MAX_RENEWALS} fois : l’objet doit revenir au comptoir.`);
  reasons.push(...memberStanding(db, loan.member_id, today, counter).blocks.map((block) => block.message));
  const othersWaiting = waitingLine(db, loan.item_id).some((hold) => hold.member_id !== loan.member_id);
  const onShelf = db.get(db.q.selectFrom('copy').select('id').where('item_id', '=', loan.item_id).where('status', '=', 'available').limit(1));
  if (othersWaiting && !onShelf) reasons.push(`Un autre adhérent attend « ${loan.title} » et aucun autre exemplaire n’est disponible.`);
  const dueOn = defaultDueOn(today, loan.loan_days, counter);
  if (dueOn <= loan.due_on) reasons.push(`Le prêt court déjà jusqu’au ${frenchDate(loan.due_on)} : il n’y a rien à prolonger.`);
  const shortage = reservationShortage(db, loan.item_id, today, { copyId: loan.copy_id, memberId: loan.member_id, from: today, until: dueOn });
  if (shortage) reasons.push(`« ${loan.title} » est réservé par un autre adhérent à partir du ${frenchDate(shortage.on)}.`);
  if (reasons.length > 0) throw new AppError('CONFLICT', `Renouvellement refusé. ${reasons.join(' ')}`, reasons.map((message) => ({ path: 'id', message })));

  const renewals = loan.renewals + 1;
  db.run(db.q.updateTable('loan').set({ due_on: dueOn, renewals, updated_at: ctx.nowIso() }).where('id', '=', loan.id));
  return {
    id: loan.id,
    loan: loanViewsByIds(db, [loan.id], today, counter)[0]!,
    message: `Prêt de « ${loan.title} » renouvelé : retour le ${frenchDate(dueOn)} (renouvellement ${renewals} sur ${MAX_RENEWALS}).`,
  };
}
