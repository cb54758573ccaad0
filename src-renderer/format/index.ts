/** French formats for the UI; storage keeps ISO strings and integer cents. */
const LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;
export type Language = keyof typeof LOCALES;

export function formatDate(iso: string | null | undefined, language: Language = 'fr'): string {
  if (!iso) return '';
  const date = iso.length === 10 ? new Date(`${iso}T12:00:00`) : new Date(iso);
  return new Intl.DateTimeFormat(LOCALES[language], { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

export function formatNumber(value: number | null | undefined, language: Language = 'fr', digits = 0): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: digits }).format(value);
}

export function formatMoney(cents: number, language: Language = 'fr'): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: 'EUR' }).format(cents / 100);
}
