/*
 * Money in forms: typed in euros with a decimal comma ("2,50"), sent to the backend as integer cents.
 * Mantine's NumberInput gives a number, or '' when empty (or a string while typing).
 */

/** NumberInput props for an amount in euros. */
export const EURO_INPUT = {
  decimalSeparator: ',',
  thousandSeparator: '\u202f',
  decimalScale: 2,
  fixedDecimalScale: true,
  allowNegative: false,
  suffix: ' €',
  clampBehavior: 'none',
} as const;

/** Euros typed → integer cents; an empty field is sent as missing, so that the backend says what is expected. */
export function euroToCents(value: number | string): number {
  if (value === '') return undefined as unknown as number;
  const euros = typeof value === 'number' ? value : Number(value.replace(/\s/g, '').replace(',', '.'));
  return Math.round(euros * 100);
}

export const centsToEuro = (cents: number): number => cents / 100;
