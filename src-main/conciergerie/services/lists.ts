import { sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import type { OrderKind, ServiceOrder } from './contract.ts';
import { OPEN_STATUSES, orderQuery, toOrders } from './orders.ts';

interface OrderFilter {
  kind: OrderKind;
  status: 'open' | 'closed' | 'all';
  dueOn: string | null;
  offset: number;
  limit: number;
}

/** Orders of a kind, filtered by state and due date, paged, with their sums over the whole filter. */
export function listOrders(db: SyncDb, filter: OrderFilter) {
  let query = orderQuery(db).where('service_order.kind', '=', filter.kind);
  if (filter.status === 'open') query = query.where('service_order.status', 'in', OPEN_STATUSES);
  if (filter.status === 'closed') query = query.where('service_order.status', 'not in', OPEN_STATUSES);
  if (filter.dueOn) query = query.where('service_order.due_on', '=', filter.dueOn);
  const ids = query.clearSelect().select('service_order.id');
  const sums = db.get(
    db.q
      .selectFrom('service_order')
      .select([
        sql<number>`count(*)`.as('orders'),
        sql<number>`coalesce(sum((SELECT sum(quantity) FROM service_order_line WHERE order_id = service_order.id)), 0)`.as('items'),
        sql<number>`coalesce(sum(total_cents), 0)`.as('total'),
        sql<number>`coalesce(sum(CASE WHEN payment_id IS NULL OR (SELECT amount_cents FROM payment WHERE id = service_order.payment_id)
          + (SELECT coalesce(sum(amount_cents), 0) FROM payment r WHERE r.refund_of = service_order.payment_id) <= 0 THEN total_cents ELSE 0 END), 0)`.as('unpaid'),
      ])
      .where('id', 'in', ids)
      .where('status', '!=', 'cancelled'),
  )!;
  const total = db.get(db.q.selectFrom(ids.as('f')).select((eb) => eb.fn.countAll<number>().as('n')))!.n;
  // One delivery date: in the order they were taken (numbers); open ones: the next to hand over first; else the latest.
  const ordered = filter.dueOn
    ? query.orderBy('service_order.id')
    : filter.status === 'open'
      ? query.orderBy('service_order.due_on').orderBy('service_order.id')
      : query.orderBy('service_order.created_at', 'desc').orderBy('service_order.id', 'desc');
  const rows: ServiceOrder[] = toOrders(db, db.all(ordered.limit(filter.limit).offset(filter.offset)));
  return { rows, total, sums: { orders: sums.orders, items: sums.items, totalCents: sums.total, unpaidCents: sums.unpaid } };
}

/** Basket delivery dates from today on, with their orders and baskets (cancelled orders left out). */
export function deliveryDates(db: SyncDb, today: string) {
  return db
    .all(
      db.q
        .selectFrom('service_order')
        .select([
          'due_on',
          sql<number>`count(*)`.as('orders'),
          sql<number>`coalesce(sum((SELECT sum(quantity) FROM service_order_line WHERE order_id = service_order.id)), 0)`.as('items'),
          sql<number>`coalesce(sum(total_cents), 0)`.as('total'),
        ])
        .where('kind', '=', 'basket')
        .where('status', '!=', 'cancelled')
        .where('due_on', '>=', today)
        .groupBy('due_on')
        .orderBy('due_on')
        .limit(20),
    )
    .map((row) => ({ dueOn: row.due_on, orders: row.orders, items: row.items, totalCents: row.total }));
}
