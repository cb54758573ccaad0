import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/node';
import type { TfpbAction } from './contract.ts';
import type { QpvReport, TfpbReport, Totals } from './report-data.ts';

/* The yearly report as a workbook: one sheet per QPV, actions grouped by axis with sub-totals; euros as numbers. */

const EURO_FORMAT = '#,##0.00 "€"';
const HEADERS = [
  'Axe',
  'Sous-action',
  'Action',
  'Statut',
  'Logements concernés',
  'Coût total',
  'Montant valorisé',
  'Cofinanceurs',
  'Séances',
  'Participants',
  'Foyers distincts',
  'Partenaires',
  'Indicateur de résultat',
  'Justificatifs',
  'Origine',
];
const WIDTHS = [8, 22, 36, 10, 12, 14, 14, 24, 9, 12, 10, 24, 28, 24, 12];
export const SOURCE_LABELS = { manual: 'Saisie', event: 'Agenda', service: 'Conciergerie' } as const;
export const STATUS_LABELS = { planned: 'Prévue', done: 'Réalisée' } as const;

const text = (value: string, bold = false): Cell => (value ? { value, type: String, ...(bold ? { fontWeight: 'bold' as const } : {}) } : null);
const number = (value: number, bold = false): Cell => ({ value, type: Number, ...(bold ? { fontWeight: 'bold' as const } : {}) });
const money = (cents: number, bold = false): Cell => ({ value: cents / 100, type: Number, format: EURO_FORMAT, ...(bold ? { fontWeight: 'bold' as const } : {}) });

const actionRow = (action: TfpbAction): Row => [
  number(action.axis),
  text(action.subAction),
  text(action.label),
  text(STATUS_LABELS[action.status]),
  action.dwellings === null ? null : number(action.dwellings),
  money(action.costCents),
  money(action.claimedCents),
  text(action.cofunders),
  number(action.sessions),
  number(action.participants),
  number(action.households),
  text(action.partners),
  text(action.resultIndicator),
  text(action.documents),
  text(SOURCE_LABELS[action.source]),
];

const totalsRow = (label: string, totals: Totals): Row => [
  null,
  null,
  text(label, true),
  null,
  null,
  money(totals.costCents, true),
  money(totals.claimedCents, true),
  null,
  number(totals.sessions, true),
  number(totals.participants, true),
  number(totals.households, true),
];

function qpvSheet(report: TfpbReport, qpv: QpvReport): Row[] {
  const rows: Row[] = [
    [text(`Rapport TFPB ${report.year} – ${report.office || 'Bailleur'} – QPV ${qpv.code}`, true)],
    [text(`Résidences : ${qpv.residences.join(', ') || '—'}`)],
    [text('Logements du bailleur dans le QPV'), number(qpv.dwellings)],
    [],
    HEADERS.map((header) => text(header, true)),
  ];
  for (const group of qpv.axes) {
    rows.push([text(group.label, true)]);
    rows.push(...group.actions.map(actionRow));
    rows.push(totalsRow(`Sous-total axe ${group.axis}`, group.totals));
  }
  rows.push(totalsRow(`Total QPV ${qpv.code}`, qpv.totals));
  rows.push([]);
  rows.push([text('Montant valorisé par logement', true), qpv.claimedPerDwellingCents === null ? text('—') : money(qpv.claimedPerDwellingCents, true)]);
  rows.push([text('Foyers distincts : comptés par action ; un foyer présent dans deux actions compte deux fois dans les totaux.')]);
  return rows;
}

export async function reportWorkbook(report: TfpbReport): Promise<Buffer> {
  const sheets = report.qpvs.length > 0 ? report.qpvs : [];
  if (sheets.length === 0) {
    return writeXlsxFile([[text(`Rapport TFPB ${report.year} : aucune action saisie ou calculée.`, true)]], { sheet: 'TFPB' }).toBuffer();
  }
  return writeXlsxFile(
    sheets.map((qpv) => ({ sheet: qpv.code, data: qpvSheet(report, qpv), columns: WIDTHS.map((width) => ({ width })) })),
  ).toBuffer();
}
