import type { z } from 'zod';
import type { SyncDb } from '../../../db/query.ts';
import type { HandlerContext } from '../../core/context.ts';
import { AppError, invalidField } from '../../core/errors.ts';
import { frenchDate, todayIso } from '../../shared/days.ts';
import { euros } from '../../shared/money.ts';
import { counterSettings } from '../../settings/store.ts';
import { COPY_CONDITION_LABELS } from '../catalogue/kinds.ts';
import { kitOf, partsOf } from '../catalogue/kits.ts';
import { findCopyByBarcode, type CopyWithItem } from '../catalogue/lookup.ts';
import { copyBecameAvailable } from '../holds/release.ts';
import { balanceCents } from '../members/standing.ts';
import type { PaymentMethod } from '../till/kinds.ts';
import { recordPayment } from '../till/record-payment.ts';
import type { loansContract } from './contract.ts';
import { copyLabel } from './eligibility.ts';
import { getMember, memberLabel } from './member-identity.ts';
import { isWorse, weeksLate } from './rules.ts';
import { loanViewsByIds } from './views.ts';

type Input = z.output<(typeof loansContract)['loans.checkIn']['input']>;
type Output = z.input<(typeof loansContract)['loans.checkIn']['output']>;

const weeksText = (weeks: number) => `${weeks} semaine${weeks > 1 ? 's' : ''}`;

/** The open loan of the copy scanned; a part of a kit out on loan says to scan the kit. */
function openLoanOf(db: SyncDb, copy: CopyWithItem) {
  const loan = db.get(db.q.selectFrom('loan').selectAll().where('copy_id', '=', copy.id).where('returned_on', 'is', null));
  if (loan) return loan;
  const kit = kitOf(db, copy.id);
  if (kit?.status === 'on_loan') throw new AppError('CONFLICT', `${copyLabel(copy)} fait partie du kit ${kit.barcode} : scannez le kit pour le rendre en entier.`);
  throw new AppError('CONFLICT', `${copyLabel(copy)} n’est pas en prêt : il n’y a rien à rendre.`);
}

export function checkIn(ctx: HandlerContext, input: Input): Output {
  const { db } = ctx;
  const today = todayIso(ctx.clock);
  const counter = counterSettings(db);
  const copy = findCopyByBarcode(db, input.barcode);
  if (!copy) throw new AppError('NOT_FOUND', `Aucun exemplaire n’a le code-barres ${input.barcode.toUpperCase()} : vérifiez le code.`);
  const loan = openLoanOf(db, copy);
  const returnedOn = input.returnedOn ?? today;
  if (returnedOn > today) throw invalidField('returnedOn', 'La date de retour ne peut pas être dans le futur.');
  if (returnedOn < loan.lent_on) throw invalidField('returnedOn', `La date de retour précède celle du prêt (${frenchDate(loan.lent_on)}).`);
  const member = getMember(db, loan.member_id);
  const now = ctx.nowIso();
  const label = copyLabel(copy);
  const messages = [`${label} rendu par ${memberLabel(member)}.`];

  const condition = input.condition ?? copy.condition;
  if (isWorse(condition, copy.condition)) {
    db.run(db.q.updateTable('copy').set({ condition, updated_at: now }).where('id', '=', copy.id));
    messages.push(`État noté : ${COPY_CONDITION_LABELS[condition].toLowerCase()}${condition === 'damaged' ? ' (ouvrez une réparation si besoin)' : ''}.`);
  }

  const weeks = weeksLate(loan.due_on, returnedOn, counter.graceDays);
  const fee = weeks * counter.lateFeePerWeekCents;
  if (fee > 0) {
    db.run(
      db.q.insertInto('member_account_entry').values({
        member_id: member.id,
        kind: 'late_fee',
        amount_cents: fee,
        label: `Retard de ${weeksText(weeks)} — ${copy.item.title} (${copy.barcode})`,
        loan_id: loan.id,
        created_by: ctx.user?.id ?? null,
        created_at: now,
      }),
    );
  }
  const balance = balanceCents(db, member.id);
  if (fee > 0) messages.push(`Retard de ${weeksText(weeks)} : ${euros(fee)} ajoutés au compte (solde dû ${euros(balance)}).`);

  let deposit: Output['deposit'] = { action: 'none', amountCents: 0, receiptNumber: null };
  let note = input.note;
  let refundId: number | null = null;
  if (loan.deposit_cents > 0) {
    const paid = loan.deposit_payment_id === null ? undefined : db.get(db.q.selectFrom('payment').select('method').where('id', '=', loan.deposit_payment_id));
    const choice = input.deposit ?? { action: 'return' as const, method: (paid?.method ?? 'cash') as PaymentMethod };
    if (choice.action === 'return') {
      const refund = recordPayment(ctx, {
        memberId: member.id,
        method: choice.method,
        purpose: 'deposit_return',
        amountCents: -loan.deposit_cents,
        label: `Restitution de caution — ${copy.item.title} (${copy.barcode})`,
        refundOf: loan.deposit_payment_id,
      });
      refundId = refund.id;
      deposit = { action: 'returned', amountCents: loan.deposit_cents, receiptNumber: refund.receiptNumber };
      messages.push(`Caution de ${euros(loan.deposit_cents)} rendue (reçu ${refund.receiptNumber}).`);
    } else {
      note = [note, `Caution conservée : ${choice.reason}`].filter(Boolean).join(' — ');
      deposit = { action: 'kept', amountCents: loan.deposit_cents, receiptNumber: null };
      messages.push(`Caution de ${euros(loan.deposit_cents)} conservée.`);
    }
  }

  db.run(
    db.q
      .updateTable('loan')
      .set({
        returned_on: returnedOn,
        condition_in: condition,
        return_note: note,
        late_fee_cents: fee,
        deposit_refund_id: refundId,
        returned_by: ctx.user?.id ?? null,
        updated_at: now,
      })
      .where('id', '=', loan.id),
  );
  const partIds = copy.item.kind === 'kit' ? partsOf(db, copy.id).map((part) => part.copyId) : [];
  if (partIds.length > 0) db.run(db.q.updateTable('copy').set({ status: 'available', updated_at: now }).where('id', 'in', partIds).where('status', '=', 'on_loan'));
  const setAside = copyBecameAvailable(ctx, copy.id);
  messages.push(setAside ? `${setAside.message}.` : 'À ranger en rayon.');

  return {
    id: loan.id,
    loan: loanViewsByIds(db, [loan.id], today, counter)[0]!,
    weeksLate: weeks,
    lateFeeCents: fee,
    balanceCents: balance,
    deposit,
    setAside,
    message: messages.join(' '),
  };
}
