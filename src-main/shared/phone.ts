/*
 * French phone numbers: typed any way, stored in E.164, shown grouped by two. Shared by every module and the renderer:
 * no Node imports here.
 */

/** Spaces (ordinary, no-break, narrow no-break), dots and dashes people type inside numbers. */
export const SEPARATORS = /[\s\u00a0\u202f.\-]/g;

/**
 * A French phone number in E.164 (+33123456789), from what people type: "01 23 45 67 89", "0123456789",
 * "+33 1 23 45 67 89", "+33 (0)1 23 45 67 89", "0033 1 23 45 67 89". Other international numbers (+262…) are kept in
 * E.164 as typed. null when it is not a phone number.
 */
export function normalisePhone(text: string): string | null {
  const compact = text.replace(SEPARATORS, '').replace(/[()]/g, '');
  const national = /^0([1-9]\d{8})$/.exec(compact);
  if (national) return `+33${national[1]}`;
  const french = /^(?:\+|00)330?([1-9]\d{8})$/.exec(compact);
  if (french) return `+33${french[1]}`;
  if (/^(?:\+|00)33/.test(compact)) return null;
  const international = /^(?:\+|00)([1-9]\d{7,14})$/.exec(compact);
  return international ? `+${international[1]}` : null;
}

/** How a stored phone number is shown: "01 23 45 67 89" for a French one, E.164 as is otherwise. */
export function formatPhone(e164: string | null | undefined): string {
  if (!e164) return '';
  const french = /^\+33([1-9]\d{8})$/.exec(e164);
  return french ? `0${french[1]}`.replace(/(\d{2})(?=\d)/g, '$1 ') : e164;
}
