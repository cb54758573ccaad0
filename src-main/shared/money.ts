const EUROS = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** Cents as French euros for messages and printed documents: 120 → "1,20 €" (narrow no-break spaces as Intl gives). */
export function euros(cents: number): string {
  return EUROS.format(cents / 100);
}
