import type { Content, TableCell } from 'pdfmake/interfaces';
import { renderPdf } from '../../shared/pdf.ts';
import { euros } from '../../shared/money.ts';
import type { TfpbAction } from './contract.ts';
import type { QpvReport, TfpbReport, Totals } from './report-data.ts';
import { SOURCE_LABELS, STATUS_LABELS } from './report-xlsx.ts';

/* The yearly report as a printable PDF (A4 landscape): one section per QPV, a table grouped by axis. */

const HEADERS = ['Action', 'Statut', 'Logts', 'Coût total', 'Valorisé', 'Cofinanceurs', 'Séances', 'Particip.', 'Foyers', 'Partenaires / résultat', 'Origine'];
const WIDTHS = ['*', 42, 30, 58, 58, 80, 36, 40, 34, 100, 48];

const right = (text: string, bold = false): TableCell => ({ text, alignment: 'right', bold });

const actionCells = (action: TfpbAction): TableCell[] => [
  { text: [action.subAction ? { text: `${action.subAction} — `, color: '#444444' } : '', action.label] },
  STATUS_LABELS[action.status],
  right(action.dwellings === null ? '—' : String(action.dwellings)),
  right(euros(action.costCents)),
  right(euros(action.claimedCents)),
  action.cofunders,
  right(String(action.sessions)),
  right(String(action.participants)),
  right(String(action.households)),
  [action.partners, action.resultIndicator, action.documents ? `Justificatifs : ${action.documents}` : ''].filter(Boolean).join('\n'),
  SOURCE_LABELS[action.source],
];

const totalCells = (label: string, totals: Totals): TableCell[] => [
  { text: label, bold: true },
  '',
  '',
  right(euros(totals.costCents), true),
  right(euros(totals.claimedCents), true),
  '',
  right(String(totals.sessions), true),
  right(String(totals.participants), true),
  right(String(totals.households), true),
  '',
  '',
];

function qpvSection(qpv: QpvReport, first: boolean): Content[] {
  const body: TableCell[][] = [HEADERS.map((header) => ({ text: header, bold: true, fillColor: '#e8eef5' }))];
  for (const group of qpv.axes) {
    body.push([{ text: group.label, bold: true, colSpan: HEADERS.length, fillColor: '#f3f3f3' }, ...HEADERS.slice(1).map(() => '')]);
    body.push(...group.actions.map(actionCells));
    body.push(totalCells(`Sous-total axe ${group.axis}`, group.totals));
  }
  body.push(totalCells(`Total QPV ${qpv.code}`, qpv.totals));
  return [
    { text: `QPV ${qpv.code}`, style: 'qpv', ...(first ? {} : { pageBreak: 'before' as const }) },
    { text: `Résidences : ${qpv.residences.join(', ') || '—'} · ${qpv.dwellings} logements du bailleur dans le QPV`, margin: [0, 0, 0, 6] },
    { table: { headerRows: 1, widths: WIDTHS, body }, layout: 'lightHorizontalLines', fontSize: 8 },
    {
      text: `Montant valorisé par logement : ${qpv.claimedPerDwellingCents === null ? '—' : euros(qpv.claimedPerDwellingCents)}`,
      bold: true,
      margin: [0, 8, 0, 0],
    },
  ];
}

export function reportPdf(report: TfpbReport, printedOn: string): Promise<Buffer> {
  const sections = report.qpvs.flatMap((qpv, index) => qpvSection(qpv, index === 0));
  return renderPdf({
    pageOrientation: 'landscape',
    pageMargins: [28, 36, 28, 40],
    info: { title: `Rapport TFPB ${report.year}` },
    content: [
      { text: `Abattement de TFPB – bilan des actions ${report.year}`, style: 'title' },
      { text: `${report.office || 'Bailleur'} · édité le ${printedOn}`, margin: [0, 0, 0, 10] },
      ...(sections.length > 0 ? sections : [{ text: 'Aucune action saisie ou calculée pour cette année.' }]),
      {
        text: 'Foyers distincts comptés par action : un foyer présent dans deux actions compte deux fois dans les totaux. Aucune donnée personnelle dans ce document.',
        fontSize: 8,
        color: '#444444',
        margin: [0, 12, 0, 0],
      },
    ],
    styles: { title: { fontSize: 15, bold: true }, qpv: { fontSize: 12, bold: true, margin: [0, 4, 0, 2] } },
    footer: (page, pages) => ({ text: `${page} / ${pages}`, alignment: 'right', margin: [0, 10, 28, 0], fontSize: 8 }),
  });
}
