import type { Content } from 'pdfmake/interfaces';
import { frenchDateTime } from '../../shared/clock-day.ts';
import { euros } from '../../shared/money.ts';
import { renderPdf } from '../../shared/pdf.ts';
import type { TillPayment } from './contract.ts';
import { PAYMENT_METHOD_LABELS, PAYMENT_PURPOSE_LABELS } from './kinds.ts';

/** domain.md: membership fees that give access to services entitle to no tax receipt; every receipt says so. */
const NOT_A_TAX_RECEIPT = 'Reçu de paiement — ce document n’est pas un reçu fiscal.';

const MM = 72 / 25.4;

/** A plain receipt, A6 portrait (what a counter's small printer or a folded A4 takes), numbered. */
export async function receiptPdf(office: { name: string; lines: string[] }, payment: TillPayment): Promise<Buffer> {
  const refund = payment.amountCents < 0;
  const row = (label: string, value: string): Content => ({
    columns: [
      { text: label, width: 78, color: '#444444' },
      { text: value, width: '*' },
    ],
    margin: [0, 0, 0, 3],
  });
  const content: Content[] = [
    { text: office.name, bold: true, fontSize: 11 },
    ...office.lines.map((line): Content => ({ text: line, fontSize: 8 })),
    { canvas: [{ type: 'line', x1: 0, y1: 6, x2: 105 * MM - 48, y2: 6, lineWidth: 0.5 }], margin: [0, 0, 0, 10] },
    { text: refund ? 'Reçu de remboursement' : 'Reçu de paiement', bold: true, fontSize: 13 },
    { text: `N° ${payment.receiptNumber}`, fontSize: 11, margin: [0, 0, 0, 10] },
    row('Date', frenchDateTime(payment.paidAt)),
    ...(payment.member ? [row('Adhérent', `${payment.member.name} (${payment.member.number})`)] : []),
    row('Objet', PAYMENT_PURPOSE_LABELS[payment.purpose]),
    row('Détail', payment.label),
    ...(payment.refundOf ? [row('Rembourse', `le reçu n° ${payment.refundOf.receiptNumber}`)] : []),
    row(refund ? 'Rendu en' : 'Payé par', PAYMENT_METHOD_LABELS[payment.method]),
    ...(payment.createdBy ? [row(refund ? 'Rendu par' : 'Encaissé par', payment.createdBy)] : []),
    {
      columns: [
        { text: refund ? 'Montant rendu' : 'Montant payé', width: 78, bold: true },
        { text: euros(Math.abs(payment.amountCents)), width: '*', bold: true, fontSize: 14 },
      ],
      margin: [0, 8, 0, 14],
    },
    { text: NOT_A_TAX_RECEIPT, italics: true, fontSize: 8 },
  ];
  return renderPdf({
    info: { title: `Reçu ${payment.receiptNumber}`, author: office.name, creator: 'Voisinage' },
    pageSize: 'A6',
    pageMargins: [24, 24, 24, 24],
    defaultStyle: { fontSize: 9 },
    content,
  });
}
