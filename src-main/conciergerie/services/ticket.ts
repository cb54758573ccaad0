import type { Content, TableCell } from 'pdfmake/interfaces';
import { frenchDateTime } from '../../shared/clock-day.ts';
import { code128Svg } from '../../shared/barcode.ts';
import { frenchDate } from '../../shared/days.ts';
import { euros } from '../../shared/money.ts';
import { renderPdf } from '../../shared/pdf.ts';
import type { ServiceOrder } from './contract.ts';

/**
 * The customer's ticket (A6): its number as text and barcode (scanned back at pick-up), who, what, when to come
 * back, the total and whether it is paid. A pressing ticket is handed over at drop-off; a basket order slip when
 * the order is taken.
 */
export async function ticketPdf(office: { name: string; lines: string[] }, order: ServiceOrder): Promise<Buffer> {
  const pressing = order.kind === 'pressing';
  const body: TableCell[][] = [
    ['Qté', 'Article', 'Prix', 'Total'].map((text, index) => ({ text, bold: true, alignment: index >= 2 ? 'right' : 'left' })),
    ...order.lines.map((line): TableCell[] => [
      String(line.quantity),
      line.label,
      { text: euros(line.unitPriceCents), alignment: 'right' },
      { text: euros(line.totalCents), alignment: 'right' },
    ]),
    [{ text: 'Total', bold: true, colSpan: 3 }, '', '', { text: euros(order.totalCents), bold: true, alignment: 'right' }],
  ];
  const paid = order.paid && order.payment
    ? `Payé le ${frenchDateTime(order.payment.paidAt)} (reçu n° ${order.payment.receiptNumber}).`
    : pressing
      ? 'À payer au retrait.'
      : 'À payer à la livraison.';
  const content: Content[] = [
    { text: office.name, bold: true, fontSize: 10 },
    ...office.lines.map((line): Content => ({ text: line, fontSize: 7.5 })),
    { text: pressing ? 'Ticket de pressing' : 'Commande de paniers', bold: true, fontSize: 13, margin: [0, 10, 0, 0] },
    { text: `N° ${order.number}`, fontSize: 11 },
    { svg: code128Svg(order.number, { height: 8, withText: false }), width: 150, height: 32, margin: [0, 4, 0, 8] },
    { text: `Client : ${order.customer.name}${order.customer.memberNumber ? ` (${order.customer.memberNumber})` : ''}` },
    { text: `${pressing ? 'Déposé le' : 'Commandé le'} ${frenchDateTime(order.createdAt)}` },
    { text: `${pressing ? 'À retirer à partir du' : 'Livraison le'} ${frenchDate(order.dueOn)}`, bold: true, margin: [0, 0, 0, 8] },
    { table: { headerRows: 1, widths: [22, '*', 42, 46], body }, layout: 'lightHorizontalLines', margin: [0, 0, 0, 8] },
    { text: paid, bold: !order.paid },
    ...(order.notes ? [{ text: `Notes : ${order.notes}`, margin: [0, 4, 0, 0] } as Content] : []),
    { text: pressing ? 'Présentez ce ticket pour retirer vos vêtements.' : 'Présentez ce bon pour retirer vos paniers.', italics: true, fontSize: 8, margin: [0, 10, 0, 0] },
  ];
  return renderPdf({
    info: { title: `${pressing ? 'Ticket' : 'Commande'} ${order.number}`, author: office.name, creator: 'Voisinage' },
    pageSize: 'A6',
    pageMargins: [22, 22, 22, 22],
    defaultStyle: { fontSize: 9 },
    content,
  });
}
