import type { Content, TableCell } from 'pdfmake/interfaces';
import type { SyncDb } from '../../../db/query.ts';
import { AppError } from '../../core/errors.ts';
import { code128Svg } from '../../shared/barcode.ts';
import { localDayRange } from '../../shared/clock-day.ts';
import { renderPdf } from '../../shared/pdf.ts';
import type { LabelSelection } from './contract.ts';

/*
 * Barcode labels on A4 sheets of 3 × 8 self-adhesive labels (70 × 37 mm, the common "24 per sheet"): each with the
 * Code 128 barcode the counter's scanner reads, the barcode in clear, a shortened title and the office's name.
 */

export interface Label {
  barcode: string;
  title: string;
}

const COLUMNS = 3;
const ROWS = 8;
const PER_SHEET = COLUMNS * ROWS;
const A4_WIDTH = 595.28;
const A4_HEIGHT = 841.89;
const LABEL_WIDTH = A4_WIDTH / COLUMNS;
// A hair under an eighth of the page, so that rounding never pushes the eighth row onto a new sheet.
const LABEL_HEIGHT = A4_HEIGHT / ROWS - 0.5;
const TITLE_LENGTH = 45;

/** "Les Aventures de Tintin : Le Secret de la Licorne" → "Les Aventures de Tintin : Le Secret de la…". */
function shortTitle(title: string): string {
  if (title.length <= TITLE_LENGTH) return title;
  const cut = title.slice(0, TITLE_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > TITLE_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function labelCell(label: Label, officeName: string): TableCell {
  return {
    stack: [
      { text: officeName, fontSize: 7, color: '#444444', noWrap: true },
      { text: shortTitle(label.title), fontSize: 8.5, bold: true, margin: [0, 1, 0, 2] },
      { svg: code128Svg(label.barcode, { height: 9, withText: false }), fit: [LABEL_WIDTH - 36, 34], alignment: 'center' },
      { text: label.barcode, fontSize: 10, bold: true, alignment: 'center', characterSpacing: 1, margin: [0, 2, 0, 0] },
    ],
    margin: [16, 14, 16, 4],
  };
}

const EMPTY: TableCell = { text: '' };

/** The sheets as pages of a borderless table, each cell one label; `startAt` skips labels already used (1–24). */
export async function labelsPdf(labels: Label[], officeName: string, startAt: number): Promise<Buffer> {
  const cells: TableCell[] = [...Array<TableCell>(startAt - 1).fill(EMPTY), ...labels.map((label) => labelCell(label, officeName || 'Conciergerie'))];
  const sheets: Content[] = [];
  for (let start = 0; start < cells.length; start += PER_SHEET) {
    const sheet = cells.slice(start, start + PER_SHEET);
    while (sheet.length % COLUMNS !== 0) sheet.push(EMPTY);
    const body: TableCell[][] = [];
    for (let row = 0; row < sheet.length; row += COLUMNS) body.push(sheet.slice(row, row + COLUMNS));
    sheets.push({
      table: { widths: Array(COLUMNS).fill(LABEL_WIDTH), heights: LABEL_HEIGHT, body, dontBreakRows: true },
      layout: { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 0, paddingRight: () => 0, paddingTop: () => 0, paddingBottom: () => 0 },
      ...(start > 0 ? { pageBreak: 'before' as const } : {}),
    });
  }
  return renderPdf({
    info: { title: 'Étiquettes des exemplaires', author: officeName || 'Voisinage', creator: 'Voisinage' },
    pageSize: 'A4',
    pageMargins: [0, 0, 0, 0],
    content: sheets,
  });
}

/** The copies a label sheet is for, by barcode; retired copies never get a label. */
export function labelsFor(db: SyncDb, selection: LabelSelection): Label[] {
  let query = db.q
    .selectFrom('copy')
    .innerJoin('item', 'item.id', 'copy.item_id')
    .select(['copy.barcode', 'item.title'])
    .where('copy.status', '!=', 'retired')
    .orderBy('copy.barcode');
  if (selection.by === 'copies') query = query.where('copy.id', 'in', selection.copyIds);
  if (selection.by === 'item') query = query.where('copy.item_id', '=', selection.itemId);
  if (selection.by === 'addedOn') {
    // created_at is UTC; the day asked for is the office's local day.
    const { start, end } = localDayRange(selection.day);
    query = query.where('copy.created_at', '>=', start).where('copy.created_at', '<', end);
  }
  const labels = db.all(query);
  if (labels.length === 0) {
    throw new AppError('NOT_FOUND', selection.by === 'addedOn' ? 'Aucun exemplaire n’a été ajouté ce jour-là.' : 'Aucun exemplaire à étiqueter (les exemplaires retirés n’ont pas d’étiquette).');
  }
  return labels;
}
