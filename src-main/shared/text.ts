/**
 * Folds text for searching and sorting: lower case, accents removed, spaces collapsed.
 * SQLite's LOWER and LIKE only fold ASCII, so "Hélène" is stored and searched as "helene".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes LIKE wildcards so that a user's "%" or "_" is searched literally (used with ESCAPE '\'). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The words of a search query, folded; empty when the query is blank. */
export function searchWords(query: string | undefined): string[] {
  return query ? foldText(query).split(' ').filter(Boolean) : [];
}

/** A file-name-safe form of a name: "Étouvie — Le Cèdre" → "etouvie-le-cedre". */
export function slug(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
}
