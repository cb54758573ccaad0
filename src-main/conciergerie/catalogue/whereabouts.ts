import type { SyncDb } from '../../../db/query.ts';
import { frenchDate } from '../../shared/days.ts';
import { personName } from '../../shared/names.ts';
import { kitOf } from './kits.ts';

/*
 * Where a copy that is not on the shelf is: with which member and until when (its open loan, read from the loan
 * table, or its kit's), or set aside for which member (the hold it is ready for).
 */

interface MemberRef {
  number: string;
  name: string;
}

interface CopyLoan {
  dueOn: string;
  member: MemberRef;
}

const memberColumns = ['member.number', 'person.civility', 'person.family_name', 'person.usage_name', 'person.first_name'] as const;

type MemberRow = { number: string; civility: string; family_name: string; usage_name: string; first_name: string };
const memberRef = (row: MemberRow): MemberRef => ({ number: row.number, name: personName(row) });

/** The open loan of each copy given that is out (absent from the map: not on loan). */
export function openLoansOf(db: SyncDb, copyIds: readonly number[]): Map<number, CopyLoan> {
  if (copyIds.length === 0) return new Map();
  const rows = db.all(
    db.q
      .selectFrom('loan')
      .innerJoin('member', 'member.id', 'loan.member_id')
      .innerJoin('person', 'person.id', 'member.person_id')
      .select(['loan.copy_id', 'loan.due_on', ...memberColumns])
      .where('loan.copy_id', 'in', copyIds)
      .where('loan.returned_on', 'is', null),
  );
  return new Map(rows.map((row) => [row.copy_id, { dueOn: row.due_on, member: memberRef(row) }]));
}

/** The member each copy given is set aside for (a ready hold), if any. */
export function readyHoldsOf(db: SyncDb, copyIds: readonly number[]): Map<number, MemberRef> {
  if (copyIds.length === 0) return new Map();
  const rows = db.all(
    db.q
      .selectFrom('hold')
      .innerJoin('member', 'member.id', 'hold.member_id')
      .innerJoin('person', 'person.id', 'member.person_id')
      .select(['hold.copy_id', ...memberColumns])
      .where('hold.copy_id', 'in', copyIds)
      .where('hold.status', '=', 'ready'),
  );
  return new Map(rows.flatMap((row) => (row.copy_id === null ? [] : [[row.copy_id, memberRef(row)] as const])));
}

const who = (member: MemberRef) => `l’adhérent ${member.number}${member.name ? ` (${member.name})` : ''}`;

/**
 * "en prêt chez l’adhérent A00042 (Hélène Dubois), à rendre le 12/12/2026", for a refusal about a copy that is out;
 * a part of a kit is out with its kit, whose loan says who has it.
 */
export function loanWhereabouts(db: SyncDb, copyId: number): string {
  const loan = openLoansOf(db, [copyId]).get(copyId);
  if (loan) return `en prêt chez ${who(loan.member)}, à rendre le ${frenchDate(loan.dueOn)}`;
  const kit = kitOf(db, copyId);
  const kitLoan = kit && openLoansOf(db, [kit.copyId]).get(kit.copyId);
  return kitLoan ? `en prêt avec le kit ${kit.barcode} chez ${who(kitLoan.member)}, à rendre le ${frenchDate(kitLoan.dueOn)}` : 'en prêt';
}

/** "réservé pour l’adhérent A00042 (Hélène Dubois)", for a refusal about a copy set aside. */
export function holdWhereabouts(db: SyncDb, copyId: number): string {
  const member = readyHoldsOf(db, [copyId]).get(copyId);
  return member ? `réservé pour ${who(member)}` : 'réservé pour un adhérent';
}
