import type { Content } from 'pdfmake/interfaces';
import { code128Svg } from '../../shared/barcode.ts';
import { frenchDate } from '../../shared/days.ts';
import { renderPdf } from '../../shared/pdf.ts';

/*
 * The member card, credit-card size (ISO/IEC 7810 ID-1, 85.6 × 54 mm): the office, the member's name, the number as
 * a Code 128 barcode (what the counter's keyboard-wedge scanners read) and as a QR code (for phones), and the end
 * of the membership. Printed on card stock, or on an A4 sheet with a dashed outline to cut out.
 */

const MM = 72 / 25.4;
const CARD_WIDTH = 85.6 * MM;
const CARD_HEIGHT = 54 * MM;
const CARD_MARGIN = 8;

interface CardFacts {
  officeName: string;
  memberName: string;
  number: string;
  /** The last day of the membership in force (or already paid ahead), null when there is none. */
  validUntil: string | null;
}

function cardContent(card: CardFacts): Content {
  const inner = CARD_WIDTH - 2 * CARD_MARGIN;
  return {
    stack: [
      { text: card.officeName, bold: true, fontSize: 8, color: '#1f4e79' },
      { text: 'Carte d’adhérent · Conciergerie', fontSize: 6.5, color: '#444444', margin: [0, 1, 0, 4] },
      { text: card.memberName, bold: true, fontSize: 10.5 },
      { text: `N° ${card.number}`, fontSize: 9, margin: [0, 1, 0, 1] },
      {
        text: card.validUntil ? `Adhésion valable jusqu’au ${frenchDate(card.validUntil)}` : 'Adhésion à renouveler à la conciergerie',
        fontSize: 7,
        margin: [0, 0, 0, 4],
      },
      {
        columns: [
          { svg: code128Svg(card.number, { height: 11, withText: false }), width: inner - 66, height: 44 },
          { qr: card.number, fit: 60, alignment: 'right', width: 60 },
        ],
        columnGap: 6,
      },
    ],
  };
}

export async function memberCardPdf(card: CardFacts, format: 'card' | 'sheet'): Promise<Buffer> {
  const info = { title: `Carte d’adhérent ${card.number}`, author: card.officeName, creator: 'Voisinage' };
  if (format === 'card') {
    return renderPdf({
      info,
      pageSize: { width: CARD_WIDTH, height: CARD_HEIGHT },
      pageMargins: [CARD_MARGIN, CARD_MARGIN - 2, CARD_MARGIN, 2],
      content: [cardContent(card)],
    });
  }
  return renderPdf({
    info,
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    content: [
      { text: 'Carte d’adhérent à découper', bold: true, fontSize: 12, margin: [0, 0, 0, 4] },
      { text: 'Découpez la carte en suivant le pointillé ; une pochette plastique la protège.', fontSize: 9, margin: [0, 0, 0, 12] },
      {
        table: { widths: [CARD_WIDTH - 2 * CARD_MARGIN], heights: [CARD_HEIGHT - 2 * CARD_MARGIN], body: [[cardContent(card)]] },
        layout: {
          hLineStyle: () => ({ dash: { length: 3, space: 2 } }),
          vLineStyle: () => ({ dash: { length: 3, space: 2 } }),
          paddingLeft: () => CARD_MARGIN,
          paddingRight: () => CARD_MARGIN,
          paddingTop: () => CARD_MARGIN - 2,
          paddingBottom: () => 2,
        },
      },
    ],
  });
}
