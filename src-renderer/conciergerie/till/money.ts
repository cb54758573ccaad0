import { formatMoney, type Language } from '../../format/index.ts';

/*
 * Money in the conciergerie's forms: typed in euros with a decimal comma ("2,50"), sent as integer cents.
 * NumberInput gives a number, or '' when empty.
 */

export const EURO_INPUT = {
  decimalSeparator: ',',
  thousandSeparator: '\u202f',
  decimalScale: 2,
  fixedDecimalScale: true,
  allowNegative: false,
  suffix: ' €',
  clampBehavior: 'none',
} as const;

/** Euros from a NumberInput → cents; an empty field is sent as missing so that the backend says what is expected. */
export function centsFrom(value: number | string): number {
  if (value === '') return undefined as unknown as number;
  const euros = typeof value === 'number' ? value : Number(value.replace(/\s/g, '').replace(',', '.'));
  return Math.round(euros * 100);
}

/** A difference with its sign, as a till's count is read: "+0,50 €", "−2,00 €" (a true minus sign), "0,00 €". */
export function formatSignedMoney(cents: number, language: Language): string {
  const amount = formatMoney(Math.abs(cents), language);
  return cents > 0 ? `+${amount}` : cents < 0 ? `\u2212${amount}` : amount;
}
