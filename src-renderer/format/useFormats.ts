import { useTranslation } from 'react-i18next';
import { formatDateTime } from './datetime.ts';
import { formatDate, formatMoney, formatNumber, type Language } from './index.ts';

/** Dates, amounts and numbers the way the UI's language writes them. */
export function useFormats() {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  return {
    date: (iso: string | null | undefined) => formatDate(iso, language),
    dateTime: (iso: string) => formatDateTime(iso, language),
    money: (cents: number) => formatMoney(cents, language),
    number: (value: number | null | undefined, digits?: number) => formatNumber(value, language, digits),
  };
}
