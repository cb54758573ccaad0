import { formatMoney, type Language } from '../../format/index.ts';

/** A difference with its sign, as a till's count is read: "+0,50 €", "−2,00 €" (a true minus sign), "0,00 €". */
export function formatSignedMoney(cents: number, language: Language): string {
  const amount = formatMoney(Math.abs(cents), language);
  return cents > 0 ? `+${amount}` : cents < 0 ? `\u2212${amount}` : amount;
}
