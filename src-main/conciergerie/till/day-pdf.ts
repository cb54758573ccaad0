import type { Content, TableCell } from 'pdfmake/interfaces';
import { frenchDateTime, frenchTime } from '../../shared/clock-day.ts';
import { frenchDate } from '../../shared/days.ts';
import { euros } from '../../shared/money.ts';
import { renderPdf } from '../../shared/pdf.ts';
import type { TillPayment, TillSession, TillTotals } from './contract.ts';
import { PAYMENT_METHOD_LABELS, PAYMENT_PURPOSE_LABELS } from './kinds.ts';

interface DaySheet {
  office: { name: string; lines: string[] };
  day: string;
  totals: TillTotals;
  sessions: TillSession[];
  payments: TillPayment[];
}

/** Figures are right-aligned, their headings too. */
const FIGURES = new Set(['Nombre', 'Montant', 'Fond', 'Attendu', 'Compté', 'Écart']);
const head = (titles: string[]): TableCell[] => titles.map((text) => ({ text, bold: true, fillColor: '#e8e8e8', alignment: FIGURES.has(text) ? 'right' : 'left' }));
const money = (cents: number | null): TableCell => ({ text: cents === null ? '—' : euros(cents), alignment: 'right' });

function table(widths: (string | number)[], header: string[], body: TableCell[][]): Content {
  return { table: { headerRows: 1, widths, body: [head(header), ...body] }, layout: 'lightHorizontalLines', margin: [0, 0, 0, 12] };
}

/** The day's sheet for the receipts book: takings by method and purpose, the sessions and their counts, every payment. */
export async function daySummaryPdf({ office, day, totals, sessions, payments }: DaySheet): Promise<Buffer> {
  const content: Content[] = [
    { text: `Journée de caisse du ${frenchDate(day)}`, fontSize: 15, bold: true },
    { text: [office.name, ...office.lines].join(' · '), fontSize: 8, margin: [0, 2, 0, 12] },
    {
      text: `${totals.count} encaissement${totals.count > 1 ? 's' : ''}, total ${euros(totals.totalCents)}${totals.refundsCents ? ` (dont remboursements ${euros(totals.refundsCents)})` : ''}.`,
      margin: [0, 0, 0, 10],
    },
    { text: 'Par moyen de paiement', bold: true, margin: [0, 0, 0, 4] },
    table(['*', 80, 90], ['Moyen', 'Nombre', 'Montant'], totals.byMethod.map((m) => [PAYMENT_METHOD_LABELS[m.method], { text: String(m.count), alignment: 'right' }, money(m.amountCents)])),
    { text: 'Par objet', bold: true, margin: [0, 0, 0, 4] },
    totals.byPurpose.length
      ? table(['*', 80, 90], ['Objet', 'Nombre', 'Montant'], totals.byPurpose.map((p) => [PAYMENT_PURPOSE_LABELS[p.purpose], { text: String(p.count), alignment: 'right' }, money(p.amountCents)]))
      : { text: 'Aucun encaissement.', margin: [0, 0, 0, 12] },
    { text: 'Sessions de caisse', bold: true, margin: [0, 0, 0, 4] },
    sessions.length
      ? table(
          ['*', '*', 60, 60, 60, 60],
          ['Ouverture', 'Clôture', 'Fond', 'Attendu', 'Compté', 'Écart'],
          sessions.map((s) => [
            `${frenchDateTime(s.openedAt)}${s.openedBy ? `\n${s.openedBy}` : ''}`,
            s.closedAt ? `${frenchDateTime(s.closedAt)}${s.closedBy ? `\n${s.closedBy}` : ''}` : 'ouverte',
            money(s.openingCashCents),
            money(s.expectedCashCents),
            money(s.countedCashCents),
            money(s.differenceCents),
          ]),
        )
      : { text: 'Aucune session ce jour-là.', margin: [0, 0, 0, 12] },
    { text: 'Encaissements', bold: true, margin: [0, 0, 0, 4] },
    payments.length
      ? table(
          [70, 36, '*', 70, 60],
          ['Reçu', 'Heure', 'Détail', 'Moyen', 'Montant'],
          [...payments].reverse().map((p) => [
            p.receiptNumber,
            frenchTime(p.paidAt),
            `${p.label}${p.member ? `\n${p.member.name} (${p.member.number})` : ''}`,
            PAYMENT_METHOD_LABELS[p.method],
            money(p.amountCents),
          ]),
        )
      : { text: 'Aucun encaissement.' },
  ];
  return renderPdf({
    info: { title: `Journée de caisse du ${frenchDate(day)}`, author: office.name, creator: 'Voisinage' },
    pageMargins: [40, 40, 40, 48],
    defaultStyle: { fontSize: 9 },
    content,
    footer: (page, pages) => ({ text: `Page ${page} / ${pages}`, alignment: 'right', fontSize: 8, margin: [40, 16, 40, 0] }),
  });
}
