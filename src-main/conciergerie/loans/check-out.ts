import type { z } from 'zod';
import type { HandlerContext } from '../../core/context.ts';
import { AppError, invalidField } from '../../core/errors.ts';
import { addDays, daysBetween, frenchDate, todayIso } from '../../shared/days.ts';
import { counterSettings } from '../../settings/store.ts';
import { settleExpiredHolds } from '../holds/expiry.ts';
import { collectHolds } from '../holds/fulfil.ts';
import { recordPayment } from '../till/record-payment.ts';
import type { loansContract } from './contract.ts';
import { allRefusals, assessLoan } from './eligibility.ts';
import { memberLabel } from './member-identity.ts';
import { MAX_BACKDATED_DAYS, MAX_LOAN_DAYS } from './rules.ts';
import { loanViewsByIds } from './views.ts';

type Input = z.output<(typeof loansContract)['loans.checkOut']['input']>;
type Output = z.input<(typeof loansContract)['loans.checkOut']['output']>;

/** A back-dated loan stays within 60 days and never in the future; a due date follows the loan and stays reasonable. */
function checkDates(lentOn: string, dueOn: string | null, today: string): void {
  if (lentOn > today) throw invalidField('lentOn', 'Un prêt ne peut pas être daté dans le futur.');
  if (daysBetween(lentOn, today) > MAX_BACKDATED_DAYS) {
    throw invalidField('lentOn', `Un prêt oublié peut être antidaté de ${MAX_BACKDATED_DAYS} jours au plus (pas avant le ${frenchDate(addDays(today, -MAX_BACKDATED_DAYS))}).`);
  }
  if (dueOn === null) return;
  if (dueOn <= lentOn) throw invalidField('dueOn', 'La date de retour doit suivre la date du prêt.');
  if (daysBetween(lentOn, dueOn) > MAX_LOAN_DAYS) throw invalidField('dueOn', `Un prêt ne peut pas dépasser ${MAX_LOAN_DAYS} jours.`);
}

/** "3 prêts enregistrés pour A00042 — Mme Dupont, retour le 23/03/2026." */
function summary(count: number, who: string, dueDates: string[]): string {
  const sorted = [...new Set(dueDates)].sort();
  const due = sorted.length === 1 ? `retour le ${frenchDate(sorted[0]!)}` : `retours du ${frenchDate(sorted[0]!)} au ${frenchDate(sorted.at(-1)!)}`;
  return `${count} prêt${count > 1 ? 's' : ''} enregistré${count > 1 ? 's' : ''} pour ${who}, ${due}.`;
}

export function checkOut(ctx: HandlerContext, input: Input): Output {
  const { db } = ctx;
  const today = todayIso(ctx.clock);
  const counter = counterSettings(db);
  const lentOn = input.lentOn ?? today;
  checkDates(lentOn, input.dueOn, today);
  // Holds past their collection day hand their copies on first, so that the check sees who keeps what today.
  settleExpiredHolds(ctx);
  const assessment = assessLoan(db, {
    memberId: input.memberId,
    codes: input.barcodes,
    lentOn,
    dueOn: input.dueOn,
    today,
    counter,
    depositMethodChosen: input.depositMethod !== null,
  });
  const { member } = assessment;
  const reasons = allRefusals(assessment);
  if (reasons.length > 0) {
    const issues = [
      ...assessment.memberRefusals.map((message) => ({ path: 'memberId', message })),
      ...assessment.copyRefusals.flatMap((messages, index) => messages.map((message) => ({ path: `barcodes.${index}`, message }))),
    ];
    throw new AppError('CONFLICT', `Prêt refusé. ${reasons.join(' ')}`, issues);
  }

  const now = ctx.nowIso();
  const loanIds: number[] = [];
  const deposits: Output['deposits'] = [];
  for (const { copy, dueOn, parts } of assessment.plans) {
    const { id } = db.get(
      db.q
        .insertInto('loan')
        .values({
          copy_id: copy.id,
          member_id: member.id,
          lent_on: lentOn,
          due_on: dueOn,
          returned_on: null,
          renewals: 0,
          condition_out: copy.condition,
          condition_in: null,
          return_note: '',
          deposit_cents: copy.item.depositCents,
          deposit_payment_id: null,
          deposit_refund_id: null,
          late_fee_cents: 0,
          backdated: lentOn < today ? 1 : 0,
          lent_by: ctx.user?.id ?? null,
          returned_by: null,
          created_at: now,
          updated_at: now,
        })
        .returning('id'),
    )!;
    loanIds.push(id);
    db.run(db.q.updateTable('copy').set({ status: 'on_loan', updated_at: now }).where('id', '=', copy.id));
    // The parts of a kit go out with it.
    const partIds = parts.map((part) => part.copyId);
    if (partIds.length > 0) db.run(db.q.updateTable('copy').set({ status: 'on_loan', updated_at: now }).where('id', 'in', partIds).where('status', '=', 'available'));
    collectHolds(ctx, member.id, copy.item.id, copy.id);
    if (copy.item.depositCents > 0) {
      const payment = recordPayment(ctx, {
        memberId: member.id,
        method: input.depositMethod!,
        purpose: 'deposit',
        amountCents: copy.item.depositCents,
        label: `Caution — ${copy.item.title} (${copy.barcode})`,
      });
      db.run(db.q.updateTable('loan').set({ deposit_payment_id: payment.id }).where('id', '=', id));
      deposits.push({ ...payment, amountCents: copy.item.depositCents, loanId: id });
    }
  }
  const loans = loanViewsByIds(db, loanIds, today, counter);
  return { loans, deposits, message: summary(loans.length, memberLabel(member), loans.map((loan) => loan.dueOn)) };
}
