import type { Content, TableCell } from 'pdfmake/interfaces';
import type { SyncDb } from '../../../db/query.ts';
import { AppError } from '../../core/errors.ts';
import { frenchDate } from '../../shared/days.ts';
import { euros } from '../../shared/money.ts';
import { frenchPhone } from '../../shared/names.ts';
import { renderPdf } from '../../shared/pdf.ts';
import type { CounterSettings, OfficeSettings } from '../../settings/fields.ts';
import { COPY_CONDITION_LABELS, type CopyCondition } from '../catalogue/kinds.ts';
import { partsOfKits } from '../catalogue/kits.ts';
import { letterhead, postalAddress } from './documents.ts';
import { getMember } from './member-identity.ts';
import { MAX_RENEWALS } from './rules.ts';

/*
 * The loan form (fiche de prêt) the member signs: a free loan is a commodat (Code civil, art. 1875), so the form
 * states what is lent, until when, in what condition, what it is worth, the deposit, and who pays for repairs or loss.
 */

function formLoans(db: SyncDb, loanIds: readonly number[]) {
  return db.all(
    db.q
      .selectFrom('loan')
      .innerJoin('copy', 'copy.id', 'loan.copy_id')
      .innerJoin('item', 'item.id', 'copy.item_id')
      .select([
        'loan.id',
        'loan.member_id',
        'loan.copy_id',
        'loan.lent_on',
        'loan.due_on',
        'loan.condition_out',
        'loan.deposit_cents',
        'copy.barcode',
        'item.kind',
        'item.title',
        'item.author',
        'item.conditions',
        'item.replacement_value_cents',
      ])
      .where('loan.id', 'in', loanIds)
      .orderBy('loan.id'),
  );
}

function lateFeeRule(counter: CounterSettings): string {
  if (counter.lateFeePerWeekCents === 0) return 'Aucune pénalité de retard n’est appliquée, mais les emprunts sont suspendus tant qu’un objet est en retard.';
  const grace = counter.graceDays > 0 ? `au-delà de ${counter.graceDays} jour${counter.graceDays > 1 ? 's' : ''} de tolérance, ` : '';
  return `Tout retard, ${grace}entraîne une pénalité de ${euros(counter.lateFeePerWeekCents)} par semaine commencée et par objet, portée au compte de l’adhérent ; les emprunts sont suspendus tant qu’un objet est en retard ou qu’un solde reste dû.`;
}

interface LoanFormInput {
  loanIds: readonly number[];
  office: OfficeSettings;
  counter: CounterSettings;
  operatorName: string;
}

export async function loanFormPdf(db: SyncDb, { loanIds, office, counter, operatorName }: LoanFormInput): Promise<{ fileName: string; base64: string }> {
  const loans = formLoans(db, loanIds);
  if (loans.length !== new Set(loanIds).size) throw new AppError('NOT_FOUND', 'Prêt introuvable : la fiche ne peut pas être imprimée.');
  const memberIds = new Set(loans.map((loan) => loan.member_id));
  if (memberIds.size > 1) throw new AppError('VALIDATION', 'Une fiche de prêt concerne un seul adhérent : imprimez une fiche par adhérent.');
  const member = getMember(db, loans[0]!.member_id);
  const parts = partsOfKits(db, loans.filter((loan) => loan.kind === 'kit').map((loan) => loan.copy_id));
  const lentOn = loans.map((loan) => loan.lent_on).sort()[0]!;
  const totalValue = loans.reduce((sum, loan) => sum + loan.replacement_value_cents, 0);
  const totalDeposit = loans.reduce((sum, loan) => sum + loan.deposit_cents, 0);

  const header: TableCell[] = ['Code-barres', 'Objet', 'État au départ', 'Retour le', 'Valeur de remplacement', 'Caution'].map((text) => ({
    text,
    bold: true,
    fillColor: '#e8e8e8',
  }));
  const rows: TableCell[][] = loans.map((loan) => {
    const kitParts = parts.get(loan.copy_id) ?? [];
    return [
      { text: loan.barcode },
      {
        stack: [
          { text: loan.title, bold: true },
          ...(loan.author ? [{ text: loan.author }] : []),
          ...(kitParts.length > 0 ? [{ text: `Kit composé de : ${kitParts.map((part) => `${part.title} (${part.barcode})`).join(', ')}.` }] : []),
          ...(loan.conditions ? [{ text: `Conditions : ${loan.conditions}`, italics: true }] : []),
        ],
      },
      { text: COPY_CONDITION_LABELS[loan.condition_out as CopyCondition] ?? loan.condition_out },
      { text: frenchDate(loan.due_on), bold: true },
      { text: euros(loan.replacement_value_cents), alignment: 'right' },
      { text: loan.deposit_cents > 0 ? euros(loan.deposit_cents) : '—', alignment: 'right' },
    ];
  });
  const totals: TableCell[] = [
    { text: 'Total', bold: true, colSpan: 4 },
    {},
    {},
    {},
    { text: euros(totalValue), bold: true, alignment: 'right' },
    { text: totalDeposit > 0 ? euros(totalDeposit) : '—', bold: true, alignment: 'right' },
  ];

  const content: Content[] = [
    letterhead(office),
    { text: 'Fiche de prêt', style: 'title', margin: [0, 16, 0, 2] },
    { text: 'Prêt à usage gratuit (commodat, articles 1875 et suivants du Code civil)', italics: true, margin: [0, 0, 0, 10] },
    {
      columns: [
        { stack: [{ text: `Adhérent n° ${member.number}`, bold: true }, ...postalAddress(db, member.personId, member.householdId).map((text) => ({ text }))] },
        { stack: [{ text: `Prêté le ${frenchDate(lentOn)}` }, { text: `par ${operatorName || 'la conciergerie'}` }, ...(member.phone ? [{ text: `Tél. de l’adhérent : ${frenchPhone(member.phone)}` }] : [])], alignment: 'right' },
      ],
      margin: [0, 0, 0, 12],
    },
    { table: { headerRows: 1, widths: [62, '*', 55, 55, 70, 50], body: [header, ...rows, totals] }, layout: 'lightHorizontalLines' },
    { text: 'Engagements de l’emprunteur', style: 'heading' },
    {
      ul: [
        'Utiliser les objets avec soin, pour l’usage auquel ils sont destinés, et ne pas les prêter à un tiers.',
        'Les rendre à la date indiquée, complets et dans l’état où ils ont été reçus (état au départ ci-dessus).',
        'Réparations et perte : les réparations d’un objet abîmé sont à la charge de l’emprunteur, dans la limite de sa valeur de remplacement ; un objet perdu, volé ou hors d’usage est dû à sa valeur de remplacement indiquée ci-dessus.',
        totalDeposit > 0
          ? `La caution (${euros(totalDeposit)}) est rendue au retour des objets en bon état ; elle peut être conservée, en tout ou partie, pour couvrir une réparation ou une perte.`
          : 'Aucune caution n’est demandée pour ces objets.',
        lateFeeRule(counter),
        `Le prêt peut être renouvelé ${MAX_RENEWALS} fois, à la conciergerie, si aucun autre adhérent n’attend l’objet.`,
      ],
    },
    {
      columns: [
        { stack: [{ text: 'L’adhérent(e)', bold: true }, { text: 'Date et signature, précédées de « lu et approuvé »' }, { text: ' ', margin: [0, 40, 0, 0] }, { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.5 }] }] },
        { stack: [{ text: 'Pour la conciergerie', bold: true }, { text: operatorName || 'Nom et signature' }, { text: ' ', margin: [0, 40, 0, 0] }, { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.5 }] }] },
      ],
      margin: [0, 24, 0, 0],
    },
  ];
  const pdf = await renderPdf({
    info: { title: `Fiche de prêt ${member.number}`, author: office.name || 'Voisinage', creator: 'Voisinage' },
    pageMargins: [40, 40, 40, 48],
    styles: { title: { fontSize: 16, bold: true }, heading: { fontSize: 11, bold: true, margin: [0, 14, 0, 4] } },
    content,
    footer: (page, pages) => ({ text: `Fiche de prêt — ${member.number} — page ${page} / ${pages}`, alignment: 'center', fontSize: 8, margin: [40, 16, 40, 0] }),
  });
  return { fileName: `fiche-de-pret-${member.number}-${lentOn}.pdf`, base64: pdf.toString('base64') };
}
