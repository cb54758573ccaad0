import type { Handlers } from '../../core/dispatch.ts';
import { todayIso } from '../../shared/days.ts';
import { officeIdentity } from '../till/office-identity.ts';
import type { servicesContract } from './contract.ts';
import { deliveryDates, listOrders } from './lists.ts';
import { advanceOrder, createOrder, getOrder, payOrder } from './orders.ts';
import { priceHandlers } from './prices.ts';
import { ticketPdf } from './ticket.ts';

export const servicesHandlers: Handlers<typeof servicesContract> = {
  ...priceHandlers,

  'services.orders': (filter, { db }) => listOrders(db, filter),

  'services.order': ({ id }, { db }) => getOrder(db, id),

  'services.deliveryDates': (_input, ctx) => deliveryDates(ctx.db, todayIso(ctx.clock)),

  'services.createOrder': (input, ctx) => createOrder(ctx, input),

  'services.advance': ({ id, status, method }, ctx) => advanceOrder(ctx, id, status, method),

  'services.pay': ({ id, method }, ctx) => ({ id, payment: payOrder(ctx, id, method) }),

  'services.ticketPdf': async ({ id }, { db }) => {
    const order = getOrder(db, id);
    const bytes = await ticketPdf(officeIdentity(db), order);
    return { fileName: `${order.kind === 'pressing' ? 'ticket' : 'commande'}-${order.number}.pdf`, base64: bytes.toString('base64') };
  },
};
