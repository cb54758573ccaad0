import type { Content, TableCell } from 'pdfmake/interfaces';
import { renderPdf } from '../../shared/pdf.ts';
import type { Recipient } from './recipients.ts';

/** A4 sheets of 24 labels, 3 across and 8 down (70 × 37 mm), no margin: the common office label sheet. */
const LABELS_PER_ROW = 3;
const ROWS_PER_PAGE = 8;
const PAGE = { width: 595.28, height: 841.89 };
const LABEL = { width: PAGE.width / LABELS_PER_ROW, height: Math.floor((PAGE.height / ROWS_PER_PAGE) * 100) / 100 };

const noLines = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

const label = (recipient: Recipient | undefined): TableCell =>
  recipient ? { stack: recipient.lines.map((text, index) => ({ text, bold: index === 0 })), margin: [16, 14, 8, 0] } : { text: '' };

export function labelsPdf(recipients: Recipient[], title: string): Promise<Buffer> {
  const perPage = LABELS_PER_ROW * ROWS_PER_PAGE;
  const pages: Content[] = [];
  for (let start = 0; start < Math.max(recipients.length, 1); start += perPage) {
    const body: TableCell[][] = [];
    for (let row = 0; row < ROWS_PER_PAGE; row++) {
      body.push(Array.from({ length: LABELS_PER_ROW }, (_, column) => label(recipients[start + row * LABELS_PER_ROW + column])));
    }
    pages.push({
      table: { widths: Array(LABELS_PER_ROW).fill(LABEL.width), heights: LABEL.height, body, dontBreakRows: true },
      layout: noLines,
      pageBreak: start > 0 ? 'before' : undefined,
    });
  }
  return renderPdf({
    info: { title, creator: 'Voisinage' },
    pageMargins: [0, 0, 0, 0],
    defaultStyle: { fontSize: 9, lineHeight: 1.1 },
    content: pages,
  });
}
