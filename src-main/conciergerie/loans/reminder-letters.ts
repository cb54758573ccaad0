import type { Content, TableCell } from 'pdfmake/interfaces';
import type { SyncDb } from '../../../db/query.ts';
import { AppError } from '../../core/errors.ts';
import { addDays, daysBetween, frenchDate } from '../../shared/days.ts';
import { euros } from '../../shared/money.ts';
import { renderPdf } from '../../shared/pdf.ts';
import type { CounterSettings, OfficeSettings } from '../../settings/fields.ts';
import { letterhead, postalAddress } from './documents.ts';
import { getMember, type MemberIdentity } from './member-identity.ts';
import { reminderLoanIds } from './overdue.ts';
import { lateFeeCents } from './rules.ts';

/*
 * Reminder letters for overdue loans, one per member: level 1 is a friendly reminder, level 2 firmer (borrowing
 * suspended), level 3 and beyond the last notice before the office's measures (replacement value invoiced).
 */

/** Days the member is given to bring things back after a firmer letter. */
const DAYS_GIVEN = 15;

interface LetterLoan {
  title: string;
  barcode: string;
  lentOn: string;
  dueOn: string;
  replacementValueCents: number;
}

interface Letter {
  member: MemberIdentity;
  level: number;
  sentOn: string;
  previousOn: string | null;
  loans: LetterLoan[];
}

/** Each reminder with the loans it named that are still out (loans brought back since are left out). */
function letters(db: SyncDb, reminderIds: readonly number[]): Letter[] {
  const reminders = db.all(db.q.selectFrom('loan_reminder').selectAll().where('id', 'in', reminderIds).orderBy('id'));
  if (reminders.length !== new Set(reminderIds).size) throw new AppError('NOT_FOUND', 'Relance introuvable : rechargez la liste des retards.');
  return reminders.flatMap((reminder) => {
    const ids = reminderLoanIds(reminder.loan_ids);
    const loans = ids.length === 0 ? [] : db.all(
      db.q
        .selectFrom('loan')
        .innerJoin('copy', 'copy.id', 'loan.copy_id')
        .innerJoin('item', 'item.id', 'copy.item_id')
        .select(['item.title', 'copy.barcode', 'loan.lent_on', 'loan.due_on', 'item.replacement_value_cents'])
        .where('loan.id', 'in', ids)
        .where('loan.returned_on', 'is', null)
        .orderBy('loan.due_on'),
    );
    if (loans.length === 0) return [];
    const previous = db.get(
      db.q
        .selectFrom('loan_reminder')
        .select('sent_on')
        .where('member_id', '=', reminder.member_id)
        .where('id', '<', reminder.id)
        .orderBy('id', 'desc')
        .limit(1),
    );
    const member = getMember(db, reminder.member_id);
    return [
      {
        member,
        level: reminder.level,
        sentOn: reminder.sent_on,
        previousOn: reminder.level > 1 ? (previous?.sent_on ?? null) : null,
        loans: loans.map((loan) => ({ title: loan.title, barcode: loan.barcode, lentOn: loan.lent_on, dueOn: loan.due_on, replacementValueCents: loan.replacement_value_cents })),
      },
    ];
  });
}

const SALUTATIONS: Record<string, string> = { madame: 'Madame', monsieur: 'Monsieur' };

function subject(level: number): string {
  if (level === 1) return 'Rappel : objets empruntés à rapporter';
  if (level === 2) return 'Deuxième relance : objets empruntés non rendus';
  return 'Dernier avis avant mesures : objets empruntés non rendus';
}

function body(letter: Letter, total: number, fee: number, counter: CounterSettings): Content[] {
  const them = letter.loans.length > 1 ? 'les objets ci-dessous' : 'l’objet ci-dessous';
  // "Malgré notre courrier du 02/03/2026, les objets…" or "Les objets…".
  const opening = letter.previousOn ? `Malgré notre courrier du ${frenchDate(letter.previousOn)}, ${them}` : `${them[0]!.toUpperCase()}${them.slice(1)}`;
  const deadline = frenchDate(addDays(letter.sentOn, DAYS_GIVEN));
  const feeLine = counter.lateFeePerWeekCents > 0 ? ` Les pénalités de retard s’élèvent à ce jour à ${euros(fee)} (${euros(counter.lateFeePerWeekCents)} par semaine commencée et par objet).` : '';
  if (letter.level === 1) {
    return [
      `Sauf erreur de notre part, ${them}, emprunté${letter.loans.length > 1 ? 's' : ''} à la conciergerie, aurai${letter.loans.length > 1 ? 'ent' : 't'} dû nous être rendu${letter.loans.length > 1 ? 's' : ''}. D’autres voisins les attendent peut-être : merci de les rapporter dès que possible, aux heures d’ouverture.${feeLine}`,
      'Si vous les avez rapportés entre-temps, merci de ne pas tenir compte de ce courrier. Si vous souhaitez les garder un peu plus longtemps, passez nous voir : un renouvellement est parfois possible.',
    ];
  }
  if (letter.level === 2) {
    return [
      `${opening} ne nous ${letter.loans.length > 1 ? 'ont' : 'a'} pas été rendu${letter.loans.length > 1 ? 's' : ''}. Nous vous demandons de ${letter.loans.length > 1 ? 'les' : 'le'} rapporter au plus tard le ${deadline}.${feeLine}`,
      'Vos emprunts sont suspendus jusqu’au retour des objets et au règlement des pénalités.',
    ];
  }
  return [
    `${opening} ne nous ${letter.loans.length > 1 ? 'ont' : 'a'} toujours pas été rendu${letter.loans.length > 1 ? 's' : ''}. Ce courrier est le dernier avis avant les mesures prévues par le règlement de la conciergerie.${feeLine}`,
    `Sans retour au plus tard le ${deadline}, la valeur de remplacement des objets non rendus, soit ${euros(total)}, vous sera facturée, et votre adhésion pourra être suspendue.`,
    'Si vous rencontrez une difficulté, contactez-nous : nous chercherons ensemble une solution.',
  ];
}

function letterContent(db: SyncDb, letter: Letter, office: OfficeSettings, counter: CounterSettings, first: boolean): Content[] {
  const salutation = SALUTATIONS[letter.member.civility] ?? 'Madame, Monsieur';
  const total = letter.loans.reduce((sum, loan) => sum + loan.replacementValueCents, 0);
  const fee = letter.loans.reduce((sum, loan) => sum + lateFeeCents(loan.dueOn, letter.sentOn, counter), 0);
  const header: TableCell[] = ['Objet', 'Code-barres', 'Emprunté le', 'À rendre le', 'Retard', 'Valeur'].map((text) => ({ text, bold: true, fillColor: '#e8e8e8' }));
  const rows: TableCell[][] = letter.loans.map((loan) => {
    const days = daysBetween(loan.dueOn, letter.sentOn);
    return [loan.title, loan.barcode, frenchDate(loan.lentOn), frenchDate(loan.dueOn), `${days} jour${days > 1 ? 's' : ''}`, { text: euros(loan.replacementValueCents), alignment: 'right' }];
  });
  return [
    first ? letterhead(office) : { stack: [letterhead(office)], pageBreak: 'before' },
    { columns: [{ text: '', width: '*' }, { width: 230, stack: postalAddress(db, letter.member.personId, letter.member.householdId).map((text) => ({ text })) }], margin: [0, 30, 0, 30] },
    { text: `${office.address.city ? `${office.address.city}, le` : 'Le'} ${frenchDate(letter.sentOn)}`, alignment: 'right', margin: [0, 0, 0, 12] },
    { text: [{ text: 'Objet : ', bold: true }, subject(letter.level)] },
    { text: `Adhérent n° ${letter.member.number}${letter.level > 1 ? ` — relance n° ${letter.level}` : ''}`, margin: [0, 0, 0, 14] },
    { text: `${salutation},`, margin: [0, 0, 0, 8] },
    ...body(letter, total, fee, counter).map((text) => ({ text, margin: [0, 0, 0, 8] as [number, number, number, number] })),
    { table: { headerRows: 1, widths: ['*', 60, 58, 58, 45, 55], body: [header, ...rows] }, layout: 'lightHorizontalLines', margin: [0, 4, 0, 12] },
    { text: `Nous vous prions d’agréer, ${salutation}, nos salutations distinguées.` },
    { text: `La conciergerie${office.name ? ` — ${office.name}` : ''}`, margin: [0, 24, 0, 0], bold: true },
  ];
}

export async function reminderLettersPdf(
  db: SyncDb,
  reminderIds: readonly number[],
  office: OfficeSettings,
  counter: CounterSettings,
): Promise<{ fileName: string; base64: string; count: number }> {
  const all = letters(db, reminderIds);
  if (all.length === 0) throw new AppError('CONFLICT', 'Les objets de ces relances ont tous été rendus depuis : il n’y a plus de lettre à imprimer.');
  const pdf = await renderPdf({
    info: { title: 'Lettres de relance', author: office.name || 'Voisinage', creator: 'Voisinage' },
    pageMargins: [50, 40, 50, 48],
    content: all.flatMap((letter, index) => letterContent(db, letter, office, counter, index === 0)),
  });
  const day = all.map((letter) => letter.sentOn).sort().at(-1)!;
  return { fileName: `relances-${day}.pdf`, base64: pdf.toString('base64'), count: all.length };
}
