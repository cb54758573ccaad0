import { type InferResult, sql } from 'kysely';
import type { z } from 'zod';
import type { SyncDb } from '../../../db/query.ts';
import type { HandlerContext } from '../../core/context.ts';
import { AppError, invalidField, notFound } from '../../core/errors.ts';
import { frenchDate, todayIso } from '../../shared/days.ts';
import { euros } from '../../shared/money.ts';
import { personName } from '../../shared/names.ts';
import type { PaymentMethod } from '../till/kinds.ts';
import { refundPayment } from '../till/payments.ts';
import { recordPayment, type RecordedPayment } from '../till/record-payment.ts';
import type { OrderKind, OrderStatus, ServiceOrder, servicesContract } from './contract.ts';

/*
 * Pressing tickets (dropped → ready → collected) and basket orders (ordered → delivered), either of them cancelled
 * while open. Paid at drop-off or at pick-up through the till; a cancelled paid order is refunded.
 */

/** How messages name an order: « Le ticket de pressing P-000012 est payé », « La commande de paniers C-000003 est payée ». */
const WORDS: Record<OrderKind, { noun: string; The: string; the: string; e: string }> = {
  pressing: { noun: 'ticket de pressing', The: 'Le', the: 'le', e: '' },
  basket: { noun: 'commande de paniers', The: 'La', the: 'la', e: 'e' },
};
const PREFIX: Record<OrderKind, string> = { pressing: 'P', basket: 'C' };
const FIRST_STATUS: Record<OrderKind, OrderStatus> = { pressing: 'dropped', basket: 'ordered' };
const STATUS_LABELS: Record<OrderStatus, string> = {
  dropped: 'déposé',
  ready: 'prêt',
  collected: 'retiré',
  ordered: 'commandé',
  delivered: 'livré',
  cancelled: 'annulé',
};
/** Where each state may go. */
const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  dropped: ['ready', 'collected', 'cancelled'],
  ready: ['collected', 'cancelled'],
  ordered: ['delivered', 'cancelled'],
  collected: [],
  delivered: [],
  cancelled: [],
};
export const OPEN_STATUSES: readonly OrderStatus[] = ['dropped', 'ready', 'ordered'];

const refunded = sql<number>`(SELECT coalesce(-sum(r.amount_cents), 0) FROM payment r WHERE r.refund_of = service_order.payment_id)`;

export function orderQuery(db: SyncDb) {
  return db.q
    .selectFrom('service_order')
    .leftJoin('member', 'member.id', 'service_order.member_id')
    .leftJoin('person', 'person.id', 'member.person_id')
    .leftJoin('payment', 'payment.id', 'service_order.payment_id')
    .selectAll('service_order')
    .select([
      'member.number as member_number',
      'person.civility',
      'person.first_name',
      'person.usage_name',
      'person.family_name',
      'payment.receipt_number',
      'payment.method as payment_method',
      'payment.paid_at',
      'payment.amount_cents as paid_cents',
      refunded.as('refunded'),
    ]);
}

type OrderRow = InferResult<ReturnType<typeof orderQuery>>[number];

const isPaid = (row: Pick<OrderRow, 'payment_id' | 'paid_cents' | 'refunded'>) => row.payment_id !== null && (row.paid_cents ?? 0) - row.refunded > 0;

/** The orders with their lines, in the order given. */
export function toOrders(db: SyncDb, rows: OrderRow[]): ServiceOrder[] {
  const lines = rows.length
    ? db.all(db.q.selectFrom('service_order_line').selectAll().where('order_id', 'in', rows.map((row) => row.id)).orderBy('id'))
    : [];
  return rows.map((row) => {
    const own = lines.filter((line) => line.order_id === row.id);
    return {
      id: row.id,
      number: row.number,
      kind: row.kind as OrderKind,
      status: row.status as OrderStatus,
      customer: {
        memberId: row.member_id,
        memberNumber: row.member_number,
        name:
          row.member_id !== null
            ? personName({ civility: row.civility ?? '', first_name: row.first_name ?? '', usage_name: row.usage_name ?? '', family_name: row.family_name ?? '' })
            : row.customer_name,
      },
      createdAt: row.created_at,
      dueOn: row.due_on,
      closedAt: row.closed_at,
      totalCents: row.total_cents,
      summary: own.map((line) => `${line.quantity} ${line.label}`).join(', '),
      lines: own.map((line) => ({
        serviceId: line.service_id,
        label: line.label,
        quantity: line.quantity,
        unitPriceCents: line.unit_price_cents,
        totalCents: line.quantity * line.unit_price_cents,
      })),
      payment:
        row.payment_id !== null && row.receipt_number !== null && row.paid_at !== null
          ? { id: row.payment_id, receiptNumber: row.receipt_number, method: row.payment_method as PaymentMethod, paidAt: row.paid_at, refundedCents: row.refunded }
          : null,
      paid: isPaid(row),
      notes: row.notes,
    };
  });
}

function orderRow(db: SyncDb, id: number): OrderRow {
  const row = db.get(orderQuery(db).where('service_order.id', '=', id));
  if (!row) throw notFound('Commande');
  return row;
}

export const getOrder = (db: SyncDb, id: number): ServiceOrder => toOrders(db, [orderRow(db, id)])[0]!;

function nextOrderNumber(db: SyncDb, kind: OrderKind): string {
  const prefix = `${PREFIX[kind]}-`;
  const last = db.get(db.q.selectFrom('service_order').select('number').where('number', 'like', `${prefix}%`).orderBy('number', 'desc').limit(1));
  return `${prefix}${String(last ? Number(last.number.slice(2)) + 1 : 1).padStart(6, '0')}`;
}

/** Pays the whole order (its row as read) at the till; refused when it is cancelled or already paid. */
function payRow(ctx: HandlerContext, row: OrderRow, method: PaymentMethod): RecordedPayment & { amountCents: number } {
  const { noun, The, e } = WORDS[row.kind as OrderKind];
  if (row.status === 'cancelled') throw new AppError('CONFLICT', `${The} ${noun} ${row.number} est annulé${e} : il n’y a rien à payer.`);
  if (isPaid(row)) throw new AppError('CONFLICT', `${The} ${noun} ${row.number} est déjà payé${e} (reçu ${row.receipt_number}).`);
  const { summary } = toOrders(ctx.db, [row])[0]!;
  const what = row.kind === 'pressing' ? `Pressing, ticket ${row.number}` : `Paniers du ${frenchDate(row.due_on)}, commande ${row.number}`;
  const payment = recordPayment(ctx, { memberId: row.member_id, method, purpose: 'service', amountCents: row.total_cents, label: `${what} : ${summary}` });
  ctx.db.run(ctx.db.q.updateTable('service_order').set({ payment_id: payment.id, updated_at: ctx.nowIso() }).where('id', '=', row.id));
  return { ...payment, amountCents: row.total_cents };
}

/** Pays the whole order at the till; refused when it is cancelled or already paid. */
export const payOrder = (ctx: HandlerContext, id: number, method: PaymentMethod) => payRow(ctx, orderRow(ctx.db, id), method);

type CreateInput = z.output<(typeof servicesContract)['services.createOrder']['input']>;

export function createOrder(ctx: HandlerContext, input: CreateInput) {
  const { db } = ctx;
  if (input.memberId !== null && !db.get(db.q.selectFrom('member').select('id').where('id', '=', input.memberId))) {
    throw invalidField('memberId', 'Cet adhérent n’existe pas : cherchez-le de nouveau.');
  }
  if (input.memberId === null && !input.customerName) throw invalidField('customerName', 'Indiquez l’adhérent, ou le nom du client s’il n’est pas adhérent.');
  if (input.dueOn < todayIso(ctx.clock)) {
    throw invalidField('dueOn', input.kind === 'pressing' ? 'La date de retrait ne peut pas être passée.' : 'La date de livraison ne peut pas être passée.');
  }
  const lines = input.lines.map((line, index) => {
    const service = db.get(db.q.selectFrom('service').selectAll().where('id', '=', line.serviceId));
    const path = `lines.${index}.serviceId`;
    if (!service || service.archived_at) throw invalidField(path, 'Ce service n’est plus au tarif : choisissez-en un autre.');
    if (service.kind !== input.kind) throw invalidField(path, `« ${service.label} » n’est pas un service de ${input.kind === 'pressing' ? 'pressing' : 'paniers'}.`);
    return { service_id: service.id, label: service.label, quantity: line.quantity, unit_price_cents: service.price_cents };
  });
  const now = ctx.nowIso();
  const number = nextOrderNumber(db, input.kind);
  const { id } = db.get(
    db.q
      .insertInto('service_order')
      .values({
        number,
        kind: input.kind,
        member_id: input.memberId,
        customer_name: input.memberId === null ? input.customerName : '',
        status: FIRST_STATUS[input.kind],
        due_on: input.dueOn,
        total_cents: lines.reduce((total, line) => total + line.quantity * line.unit_price_cents, 0),
        payment_id: null,
        notes: input.notes,
        closed_at: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id'),
  )!;
  for (const line of lines) db.run(db.q.insertInto('service_order_line').values({ ...line, order_id: id }));
  const payment = input.payNow ? payOrder(ctx, id, input.payNow) : null;
  return { id, number, payment };
}

/** Moves an order to its next state; pays what is collected unpaid, refunds what is cancelled paid. */
export function advanceOrder(ctx: HandlerContext, id: number, target: OrderStatus, method: PaymentMethod | null) {
  const row = orderRow(ctx.db, id);
  const { noun, The, the, e } = WORDS[row.kind as OrderKind];
  const status = row.status as OrderStatus;
  if (!NEXT[status].includes(target)) {
    throw new AppError('CONFLICT', `Impossible de passer ${the} ${noun} ${row.number} de l’état « ${STATUS_LABELS[status]} » à l’état « ${STATUS_LABELS[target]} ».`);
  }
  let payment: (RecordedPayment & { amountCents: number }) | null = null;
  if ((target === 'collected' || target === 'delivered') && !isPaid(row)) {
    if (!method) throw invalidField('method', `${The} ${noun} ${row.number} n’est pas payé${e} : choisissez le moyen de paiement (${euros(row.total_cents)}).`);
    payment = payRow(ctx, row, method);
  }
  if (target === 'cancelled' && isPaid(row)) {
    const left = (row.paid_cents ?? 0) - row.refunded;
    if (!method) throw invalidField('method', `${The} ${noun} ${row.number} a été payé${e} : choisissez comment rendre ${euros(left)}.`);
    const refund = refundPayment(ctx, { paymentId: row.payment_id!, amountCents: left, method, reason: `${noun} ${row.number} annulé${e}` });
    payment = { ...refund, amountCents: -left };
  }
  const now = ctx.nowIso();
  const closes = NEXT[target].length === 0;
  ctx.db.run(ctx.db.q.updateTable('service_order').set({ status: target, closed_at: closes ? now : null, updated_at: now }).where('id', '=', id));
  return { id, payment };
}
