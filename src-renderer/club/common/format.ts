import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Offer } from '../../../src-main/club/offers/schemas.ts';
import { formatDate, formatMoney, type Language } from '../../format/index.ts';

/** Dates and amounts the way the chosen language writes them. */
export function useFormats() {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  return {
    date: (iso: string | null | undefined) => formatDate(iso, language),
    money: (cents: number) => formatMoney(cents, language),
  };
}

/** "10 % off", "100,00 € off", "Club price: 9,00 € instead of 21,50 €". */
export function advantageText(t: TFunction, money: (cents: number) => string, offer: Pick<Offer, 'kind' | 'value' | 'usualPriceCents'>): string {
  if (offer.kind === 'percentage') return t('club.offers.advantage.percentage', { value: offer.value });
  if (offer.kind === 'fixed_amount') return t('club.offers.advantage.fixed', { amount: money(offer.value) });
  if (offer.usualPriceCents === null) return t('club.offers.advantage.price', { price: money(offer.value) });
  return t('club.offers.advantage.priceInstead', { price: money(offer.value), usual: money(offer.usualPriceCents) });
}
