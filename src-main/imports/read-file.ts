import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { AppError } from '../core/errors.ts';
import { IMPORT_MAX_BYTES } from './targets.ts';

const IMPORT_MAX_ROWS = 100_000;
const MAX_COLUMNS = 200;

type FileFormat = 'csv' | 'xlsx';
type TextEncoding = 'utf-8-bom' | 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** A file as a table of texts: its header, then its data rows with the row number a spreadsheet would show. */
export interface RawTable {
  format: FileFormat;
  /** null for .xlsx. */
  encoding: TextEncoding | null;
  /** null for .xlsx. */
  separator: ';' | ',' | '\t' | '|' | null;
  headers: string[];
  /** Data rows only (blank rows left out), each as long as the header. */
  rows: { line: number; cells: string[] }[];
}

const refuse = (message: string) => new AppError('VALIDATION', message, [{ path: 'file', message }]);

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;

/** Decodes the base64 the renderer sent; refuses an empty or too heavy file with a French message. */
export function decodeFile(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw refuse('Le fichier est vide.');
  if (bytes.length > IMPORT_MAX_BYTES) {
    throw refuse(`Le fichier pèse ${megabytes(bytes.length)} : 20 Mo au plus. Exportez moins de colonnes ou découpez-le en plusieurs fichiers.`);
  }
  return bytes;
}

const startsWith = (bytes: Buffer, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

/** Reads a CSV or .xlsx file (decided by its content, not its name) into a table of texts. */
export async function readImportFile(name: string, bytes: Buffer): Promise<RawTable> {
  const lower = name.toLowerCase();
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw refuse(
      'Ce classeur est au format Excel 97-2003 (.xls) ou protégé par un mot de passe : ouvrez-le dans Excel ou ' +
        'LibreOffice et enregistrez-le au format .xlsx ou CSV, sans mot de passe.',
    );
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (lower.endsWith('.ods')) throw refuse('Les classeurs OpenDocument (.ods) ne sont pas lus : enregistrez-le au format .xlsx ou CSV.');
    return tableFrom('xlsx', null, null, await readXlsx(bytes));
  }
  return readCsv(bytes);
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  let data: unknown[][];
  try {
    data = (await readSheet(bytes)) as unknown[][];
  } catch {
    throw refuse('Ce classeur .xlsx est illisible (fichier abîmé ou incomplet) : exportez-le de nouveau depuis votre logiciel.');
  }
  return data.map((row) => row.map(cellText));
}

/** A spreadsheet cell as the person sees it: dates as JJ/MM/AAAA, numbers without a thousands separator. */
function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(cell.getUTCDate())}/${pad(cell.getUTCMonth() + 1)}/${cell.getUTCFullYear()}`;
  }
  if (typeof cell === 'boolean') return cell ? 'VRAI' : 'FAUX';
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(cell).replace('.', ',');
  return String(cell).trim();
}

/** Which text encoding the bytes are in: a byte-order mark decides, else valid UTF-8, else Windows-1252. */
export function detectEncoding(bytes: Buffer): TextEncoding {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8-bom';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

function decodeText(bytes: Buffer, encoding: TextEncoding): string {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  // TextDecoder drops a UTF-8 or UTF-16 byte-order mark itself.
  return new TextDecoder(label).decode(bytes);
}

const SEPARATORS = [';', ',', '\t', '|'] as const;
type Separator = (typeof SEPARATORS)[number];

/**
 * The separator that cuts the first lines into the same number of columns (more than one) most often; ties go to
 * ";" (French spreadsheets), then ",". A title line above the header ("Export du 03/03/2025") does not mislead it.
 */
export function detectSeparator(text: string): Separator {
  let best: { separator: Separator; score: number } | null = null;
  for (const separator of SEPARATORS) {
    const sample = Papa.parse<string[]>(text, { delimiter: separator, preview: 30 }).data.filter((row) => row.some((cell) => cell.trim() !== ''));
    const counts = new Map<number, number>();
    for (const row of sample) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    const [width, times] = [...counts].filter(([w]) => w >= 2).sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
    if (width < 2) continue;
    const score = (times / sample.length) * 1000 + Math.min(width, 999);
    if (!best || score > best.score) best = { separator, score };
  }
  return best?.separator ?? ';';
}

function readCsv(bytes: Buffer): RawTable {
  const encoding = detectEncoding(bytes);
  const text = decodeText(bytes, encoding);
  if (/\u0000/.test(text.slice(0, 4096))) {
    throw refuse("Ce fichier n'est ni un CSV ni un classeur .xlsx : exportez la liste des locataires au format CSV ou Excel (.xlsx).");
  }
  const separator = detectSeparator(text);
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false });
  const rows = parsed.data.map((row) => row.map((cell) => cell.trim()));
  return tableFrom('csv', encoding, separator, rows);
}

/**
 * Splits the header (the first row with two filled cells at least: a title line above it is skipped) from the data
 * rows, numbered as a spreadsheet shows them (from 1).
 */
function tableFrom(format: FileFormat, encoding: TextEncoding | null, separator: Separator | null, all: string[][]): RawTable {
  const blank = (row: string[]) => row.every((cell) => cell === '');
  if (all.every(blank)) throw refuse('Le fichier ne contient aucune ligne.');
  const filled = all.findIndex((row) => row.filter((cell) => cell !== '').length >= 2);
  const headerIndex = filled >= 0 ? filled : all.findIndex((row) => !blank(row));
  const headerRow = all[headerIndex]!;
  let width = headerRow.length;
  while (width > 0 && headerRow[width - 1] === '') width--;
  if (width > MAX_COLUMNS) throw refuse(`Le fichier compte ${width} colonnes : ${MAX_COLUMNS} au plus.`);
  if (width < 2) {
    throw refuse(
      "Une seule colonne a été trouvée : la première ligne doit donner le titre de chaque colonne, séparés par « ; », « , » ou une tabulation.",
    );
  }
  const headers = headerRow.slice(0, width).map((header, i) => header || `Colonne ${i + 1}`);
  const rows: RawTable['rows'] = [];
  for (let i = headerIndex + 1; i < all.length; i++) {
    const row = all[i]!;
    if (blank(row)) continue;
    const cells = Array.from({ length: width }, (_, c) => row[c] ?? '');
    rows.push({ line: i + 1, cells });
  }
  if (rows.length === 0) throw refuse('Le fichier ne contient que la ligne des titres : aucune ligne à importer.');
  if (rows.length > IMPORT_MAX_ROWS) {
    throw refuse(`Le fichier compte ${rows.length.toLocaleString('fr-FR')} lignes : ${IMPORT_MAX_ROWS.toLocaleString('fr-FR')} au plus par import.`);
  }
  return { format, encoding, separator, headers, rows };
}
