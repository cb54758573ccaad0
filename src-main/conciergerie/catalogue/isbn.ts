/*
 * ISBN as librarians type them: ISBN-10 or ISBN-13, with or without hyphens or spaces, stored as the 13 digits of
 * the ISBN-13 (an ISBN-10 becomes 978 + its 9 digits + a new check digit). Shared with the renderer.
 */

type IsbnResult = { ok: true; isbn13: string } | { ok: false; message: string };

const FORMAT_MESSAGE = 'L’ISBN doit comporter 10 ou 13 chiffres (tirets et espaces acceptés), par ex. 978-2-07-036822-8.';
const CHECK_MESSAGE = 'Cet ISBN est incorrect (le dernier chiffre, la clé de contrôle, ne correspond pas) : vérifiez la saisie.';

function isbn13CheckDigit(first12: string): string {
  const sum = [...first12].reduce((total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3), 0);
  return String((10 - (sum % 10)) % 10);
}

function isbn10CheckDigit(first9: string): string {
  const sum = [...first9].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

export function parseIsbn(text: string): IsbnResult {
  const compact = text.replace(/[\s\u00a0\u202f-]/g, '').toUpperCase();
  if (/^\d{9}[\dX]$/.test(compact)) {
    if (isbn10CheckDigit(compact.slice(0, 9)) !== compact[9]) return { ok: false, message: CHECK_MESSAGE };
    const first12 = `978${compact.slice(0, 9)}`;
    return { ok: true, isbn13: first12 + isbn13CheckDigit(first12) };
  }
  if (/^97[89]\d{10}$/.test(compact)) {
    if (isbn13CheckDigit(compact.slice(0, 12)) !== compact[12]) return { ok: false, message: CHECK_MESSAGE };
    return { ok: true, isbn13: compact };
  }
  return { ok: false, message: FORMAT_MESSAGE };
}

/** A valid ISBN-13 from its first 12 digits (demo data, tests). */
export function isbn13From(first12: string): string {
  return first12 + isbn13CheckDigit(first12);
}
