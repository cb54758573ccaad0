import type { TFunction } from 'i18next';
import type { Offer } from '../../../src-main/club/offers/schemas.ts';

/** "10 % off", "100,00 € off", "Club price: 9,00 € instead of 21,50 €". */
export function advantageText(t: TFunction, money: (cents: number) => string, offer: Pick<Offer, 'kind' | 'value' | 'usualPriceCents'>): string {
  if (offer.kind === 'percentage') return t('club.offers.advantage.percentage', { value: offer.value });
  if (offer.kind === 'fixed_amount') return t('club.offers.advantage.fixed', { amount: money(offer.value) });
  if (offer.usualPriceCents === null) return t('club.offers.advantage.price', { price: money(offer.value) });
  return t('club.offers.advantage.priceInstead', { price: money(offer.value), usual: money(offer.usualPriceCents) });
}
