/**
 * The last guard between the app and its log files: whatever a caller passes, a log line keeps only allow-listed
 * fields, and every text is checked for what looks like personal data (e-mail, French phone number, IBAN, NIR, long
 * digit runs, quoted values, file paths, names). The first guard stays the convention of src-main/core/logger.ts:
 * log method names, codes and counts, never inputs.
 */

export type LogFields = Record<string, string | number | boolean>;

/** Fields a log line may carry; any other key is dropped (only their number is kept, as `dropped`). */
const ALLOWED_FIELDS: ReadonlySet<string> = new Set([
  'method',
  'code',
  'reason',
  'error',
  'count',
  'total',
  'ms',
  'schemaVersion',
  'version',
  'module',
  'kind',
  'status',
  'scheme',
  'signal',
  'role',
  'level',
  'step',
  'attempts',
  'sizeBytes',
  'port',
  'platform',
  'ok',
  'dropped',
]);

/** Fields holding free text (an error's message): scrubbed and truncated, not refused outright. */
const FREE_TEXT_FIELDS: ReadonlySet<string> = new Set(['error']);

const MAX_MESSAGE_CHARS = 200;
const MAX_ERROR_CHARS = 300;
/** A short value (a code, a method name) longer than this, or with spaces and longer than the next, is free text. */
const MAX_TOKEN_CHARS = 64;
const MAX_SPACED_TOKEN_CHARS = 24;
/** Where src-main/core cuts error messages before logging them. */
const UPSTREAM_CUT = 200;

const NAME_WORD = "(?:\\p{Lu}[\\p{Ll}'’]+|\\p{Lu}{2,})";
const PARTICLE = "(?:(?:de la|de|du|des|le|la|les|van|von|ben|el)[ ]+|d['’])";
const digitsIn = (text: string) => text.replace(/\D/g, '').length;

type Mask = string | ((match: string) => string);

/** Order matters: the most specific patterns first, so that an IBAN is not half-eaten by the phone pattern. */
const PATTERNS: readonly [RegExp, Mask][] = [
  [/\bhttps?:\/\/\S+/giu, '<url>'],
  [/[^\s<>()'"«»,;:]+@[^\s<>()'"«»,;:]+/gu, '<email>'],
  // IBAN: country code, check digits, then groups of 4 (spaced or not); mostly digits.
  [/\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/giu, (m) => (digitsIn(m) >= 8 ? '<iban>' : m)],
  // NIR: sex, year, month (or 20-99 when unknown), department (2A/2B: Corsica), commune, order, optional key.
  [/\b[12][ .]?\d{2}[ .]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .]?(?:\d{2}|2[AB])[ .]?\d{3}[ .]?\d{3}(?:[ .]?\d{2})?\b/giu, '<nir>'],
  // French phone numbers: 0X XX XX XX XX, +33 X…, 0033 X…, with spaces, dots or dashes.
  [/(?:\+33[ .-]?(?:\(0\))?|\b0033[ .-]?|\b0)[1-9](?:[ .-]?\d{2}){4}\b/gu, '<phone>'],
  // Street addresses ("12 bis rue des Lilas") up to the next comma, and postcodes with their town ("80000 Amiens").
  [
    /\b\d{1,4}(?:[ ]?(?:bis|ter|[a-d]))?,?[ ]+(?:rue|avenue|av\.|boulevard|bd|allée|chemin|impasse|place|route|quai|cours|square|cité|passage|résidence|lotissement|hameau|voie|sentier|rond-point)\b[^,;\n]*/giu,
    '<address>',
  ],
  [/\b\d{5}[ ]+\p{Lu}[\p{L}'’-]*(?:[ -]+(?:(?:sur|sous|en|lès|les|le|la|de|du|des)[ -]+)?\p{Lu}[\p{L}'’-]*)*/gu, '<place>'],
  // Long opaque tokens (session ids, keys): letters and digits mixed, 24 characters or more.
  [/\b(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{24,}\b/gu, '<token>'],
  // Any other run of 5 digits or more (postcodes, account numbers…); "24.21.0" or an ISO date are not runs.
  [/\d(?:[ ]?\d){4,}/gu, '<digits>'],
  // Values quoted by the app's own messages (« … ») or by Node's (' … ', " … ").
  [/«[^»]*»/gu, '<quoted>'],
  [/"[^"\n]*"/gu, '<quoted>'],
  [/(?<!\p{L})'[^'\n]*'(?!\p{L})/gu, '<quoted>'],
  // File paths: C:\Users\Jeanne Dupont\…, \\server\share\…, /home/jeanne/… (user names live in paths).
  [/(?:\b[A-Za-z]:[\\/]|\\\\)[^\n'"«»<>|?*]*/gu, '<path>'],
  [/(?<![\w.])\/(?:[^\s/'"«»<>]+\/)+[^\s'"«»<>]*/gu, '<path>'],
  // Names: capitalised words in a row ("Jeanne Dupont", "DUPONT Jeanne", "Les Tilleuls", "Jean de La Fontaine");
  // capitals only ("NOT NULL") is SQLite's wording, not a name.
  [
    new RegExp(`(?<!\\p{L})${NAME_WORD}(?:[ -]+${PARTICLE}?${NAME_WORD})+(?!\\p{L})`, 'gu'),
    (m) => (/\p{Lu}\p{Ll}/u.test(m) ? '<name>' : m),
  ],
];

/** Masks whatever looks like personal data in a free text, then truncates it. */
export function scrubText(text: string, maxChars = MAX_ERROR_CHARS): string {
  // Truncated first as well, so that a huge input costs nothing; a second time since masks change the length.
  let result = text.slice(0, maxChars * 2).replace(/[\r\n\t]+/g, ' ');
  // Callers cut error messages at 200 characters, possibly in the middle of an e-mail that no pattern would then
  // recognise: the last, maybe partial, word of a text that long goes.
  if (text.length >= UPSTREAM_CUT) result = result.replace(/\S*$/u, '…');
  for (const [pattern, mask] of PATTERNS) result = result.replace(pattern, (match) => (typeof mask === 'string' ? mask : mask(match)));
  return result.length > maxChars ? `${result.slice(0, maxChars)}…` : result;
}

/** A short value (method name, code, reason) is kept as is only when nothing in it needs masking. */
function scrubToken(value: string): string {
  if (value.length > MAX_TOKEN_CHARS || (/\s/.test(value) && value.length > MAX_SPACED_TOKEN_CHARS)) return '<text>';
  return scrubText(value, MAX_TOKEN_CHARS) === value ? value : '<masked>';
}

/** The fields a log line may carry: allow-listed keys, checked values; the number of dropped keys as `dropped`. */
export function scrubFields(fields: unknown): LogFields {
  const kept: LogFields = {};
  if (fields === null || typeof fields !== 'object') return kept;
  let dropped = 0;
  for (const [key, value] of Object.entries(fields)) {
    if (!ALLOWED_FIELDS.has(key)) {
      dropped++;
      continue;
    }
    if (typeof value === 'boolean') kept[key] = value;
    else if (typeof value === 'number') {
      if (Number.isFinite(value)) kept[key] = value;
      else dropped++;
    } else if (typeof value === 'string') kept[key] = FREE_TEXT_FIELDS.has(key) ? scrubText(value) : scrubToken(value);
    else dropped++;
  }
  if (dropped > 0) kept.dropped = dropped;
  return kept;
}

export function scrubMessage(message: unknown): string {
  return typeof message === 'string' ? scrubText(message, MAX_MESSAGE_CHARS) : '<message>';
}
