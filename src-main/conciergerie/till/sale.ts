import type { z } from 'zod';
import type { HandlerContext } from '../../core/context.ts';
import { invalidField } from '../../core/errors.ts';
import type { tillContract } from './contract.ts';
import { recordPayment } from './record-payment.ts';

type SaleInput = z.output<(typeof tillContract)['till.sale']['input']>;

/**
 * A sale at the counter. From the price list (a service of kind "other": photocopies, a repair workshop…): its
 * price times the quantity, purpose "Services". Otherwise a free label and amount, purpose "Autre". Pressing and
 * baskets are sold through their ticket or order, which keeps what was paid for.
 */
export function sell(ctx: HandlerContext, sale: SaleInput) {
  const { db } = ctx;
  if (sale.memberId !== null && !db.get(db.q.selectFrom('member').select('id').where('id', '=', sale.memberId))) {
    throw invalidField('memberId', 'Cet adhérent n’existe pas : cherchez-le de nouveau, ou vendez sans adhérent.');
  }
  if (sale.serviceId !== null) {
    const service = db.get(db.q.selectFrom('service').selectAll().where('id', '=', sale.serviceId));
    if (!service || service.archived_at) throw invalidField('serviceId', 'Ce service n’est plus au tarif : choisissez-en un autre.');
    if (service.kind !== 'other') {
      throw invalidField('serviceId', `« ${service.label} » se vend sur un ${service.kind === 'pressing' ? 'ticket de pressing' : 'bon de commande de paniers'} (écran Services).`);
    }
    const amountCents = service.price_cents * sale.quantity;
    const label = `${sale.label || service.label}${sale.quantity > 1 ? ` × ${sale.quantity}` : ''}`;
    return { ...recordPayment(ctx, { memberId: sale.memberId, method: sale.method, purpose: 'service', amountCents, label }), amountCents };
  }
  if (!sale.label) throw invalidField('label', 'Indiquez ce qui est vendu (il figure sur le reçu).');
  if (sale.amountCents === null) throw invalidField('amountCents', 'Indiquez le montant de la vente.');
  const amountCents = sale.amountCents * sale.quantity;
  const label = `${sale.label}${sale.quantity > 1 ? ` × ${sale.quantity}` : ''}`;
  return { ...recordPayment(ctx, { memberId: sale.memberId, method: sale.method, purpose: 'other', amountCents, label }), amountCents };
}
