import type { SyncDb } from '../../../db/query.ts';
import { addDays, frenchDate } from '../../shared/days.ts';
import { euros } from '../../shared/money.ts';
import type { CounterSettings } from '../../settings/fields.ts';
import { COPY_STATUS_LABELS } from '../catalogue/kinds.ts';
import { kitOf, partsOf, type KitPart } from '../catalogue/kits.ts';
import { findCopyByBarcode, type CopyWithItem } from '../catalogue/lookup.ts';
import { keptFor } from '../holds/queue.ts';
import { reservationShortage } from '../holds/reservations.ts';
import { memberStanding, type MemberStanding } from '../members/standing.ts';
import { MEMBER_NUMBER, normaliseMemberNumber } from '../members/numbers.ts';
import { openTillSession } from '../till/record-payment.ts';
import { findMember, getMember, memberLabel, type MemberIdentity } from './member-identity.ts';
import { defaultDueOn } from './rules.ts';

/*
 * Whether a member may take these copies now, and every reason why not, in French. Shared by the check-out (which
 * refuses with all the reasons at once) and the counter's scan (which shows a copy's reasons as soon as it is read).
 */

/** "E000123 (« Perceuse »)": how messages name a copy. */
export const copyLabel = (copy: Pick<CopyWithItem, 'barcode' | 'item'>) => `${copy.barcode} (« ${copy.item.title} »)`;

interface PlannedLoan {
  copy: CopyWithItem;
  dueOn: string;
  parts: KitPart[];
}

interface LoanAssessment {
  member: MemberIdentity;
  standing: MemberStanding;
  /** Reasons about the member or the whole loan: blocks, limit, deposit. */
  memberRefusals: string[];
  /** Reasons about each scanned code, in the order scanned. */
  copyRefusals: string[][];
  /** The loans to write, when nothing is refused. */
  plans: PlannedLoan[];
  depositCents: number;
}

interface LoanRequest {
  memberId: number;
  codes: readonly string[];
  lentOn: string;
  /** The operator's due date for every copy, or null for each record's loan length. */
  dueOn: string | null;
  today: string;
  counter: CounterSettings;
  /** Check-out: a deposit needs its payment method. The counter's scan only warns about a closed till. */
  depositMethodChosen: boolean | null;
}

function openLoanOf(db: SyncDb, copyId: number) {
  return db.get(
    db.q
      .selectFrom('loan')
      .innerJoin('member', 'member.id', 'loan.member_id')
      .select(['loan.member_id', 'loan.due_on', 'member.number'])
      .where('loan.copy_id', '=', copyId)
      .where('loan.returned_on', 'is', null),
  );
}

/** What stops this copy from going out to this member now (empty: it may). */
function copyRefusals(db: SyncDb, copy: CopyWithItem, member: MemberIdentity, dueOn: string, today: string): string[] {
  const label = copyLabel(copy);
  const kit = kitOf(db, copy.id);
  if (kit) return [`${label} fait partie du kit ${kit.barcode} (« ${kit.title} ») : scannez le kit, il se prête en entier.`];
  switch (copy.status) {
    case 'retired':
      return [`${label} est retiré du catalogue : il ne se prête plus.`];
    case 'in_repair':
      return [`${label} est en réparation : il ne peut pas être prêté.`];
    case 'on_loan': {
      const loan = openLoanOf(db, copy.id);
      if (loan?.member_id === member.id) return [`${label} est déjà prêté à cet adhérent (retour prévu le ${frenchDate(loan.due_on)}).`];
      return [`${label} est déjà en prêt jusqu’au ${frenchDate(loan?.due_on ?? null)} (adhérent ${loan?.number ?? 'inconnu'}) : il doit d’abord être rendu.`];
    }
    case 'reserved': {
      const holder = keptFor(db, copy.id, today);
      if (holder && holder.memberId !== member.id) return [`${label} est réservé pour ${memberLabel(findMember(db, holder.memberId)!)}.`];
      break;
    }
  }
  const reasons: string[] = [];
  for (const part of copy.item.kind === 'kit' ? partsOf(db, copy.id) : []) {
    if (part.status === 'in_repair' || part.status === 'retired') {
      reasons.push(`Le kit ${copy.barcode} est incomplet : la pièce ${part.barcode} (« ${part.title} ») est ${COPY_STATUS_LABELS[part.status].toLowerCase()}.`);
    }
  }
  const shortage = reservationShortage(db, copy.item.id, today, { copyId: copy.id, memberId: member.id, from: today, until: dueOn });
  if (shortage) {
    const first = shortage.reservations[0]!;
    const holder = findMember(db, first.memberId)!;
    reasons.push(
      shortage.on > today
        ? `${label} est réservé à partir du ${frenchDate(shortage.on)} : fixez un retour au plus tard le ${frenchDate(addDays(shortage.on, -1))}.`
        : `${label} est réservé du ${frenchDate(first.wantedFrom)} au ${frenchDate(first.wantedUntil)} pour ${memberLabel(holder)} : il ne peut pas sortir maintenant.`,
    );
  }
  return reasons;
}

function limitRefusal(member: MemberIdentity, standing: MemberStanding, wanted: number): string | null {
  if (standing.blocks.length > 0 || wanted <= standing.loansLeft) return null;
  const max = standing.maxLoans;
  if (standing.loansLeft === 0) return `Limite atteinte : ${member.number} a déjà ${standing.openLoans} prêt${standing.openLoans > 1 ? 's' : ''} en cours, le maximum autorisé (${max}).`;
  return `Limite dépassée : ${member.number} peut encore emprunter ${standing.loansLeft} objet${standing.loansLeft > 1 ? 's' : ''} (maximum ${max}) ; retirez-en ${wanted - standing.loansLeft}.`;
}

export function assessLoan(db: SyncDb, request: LoanRequest): LoanAssessment {
  const { today, counter } = request;
  const member = getMember(db, request.memberId);
  const standing = memberStanding(db, member.id, today, counter);
  const seen = new Set<number>();
  const plans: PlannedLoan[] = [];
  const perCode = request.codes.map((code) => {
    const copy = findCopyByBarcode(db, code);
    if (!copy) {
      const typed = normaliseMemberNumber(code);
      return MEMBER_NUMBER.test(typed)
        ? [`${typed} est un numéro d’adhérent, pas un objet : terminez ce prêt avant de scanner une autre carte.`]
        : [`Aucun exemplaire n’a le code-barres ${typed} : vérifiez le code.`];
    }
    if (seen.has(copy.id)) return [`${copy.barcode} est scanné deux fois.`];
    seen.add(copy.id);
    const dueOn = request.dueOn ?? defaultDueOn(request.lentOn, copy.item.loanDays, counter);
    const reasons = copyRefusals(db, copy, member, dueOn, today);
    if (reasons.length === 0) plans.push({ copy, dueOn, parts: copy.item.kind === 'kit' ? partsOf(db, copy.id) : [] });
    return reasons;
  });

  const memberRefusals = standing.blocks.map((block) => block.message);
  const limit = limitRefusal(member, standing, request.codes.length);
  if (limit) memberRefusals.push(limit);
  const depositCents = plans.reduce((sum, plan) => sum + plan.copy.item.depositCents, 0);
  if (depositCents > 0 && !openTillSession(db)) {
    memberRefusals.push(`Caution de ${euros(depositCents)} à encaisser, mais la caisse est fermée : ouvrez la caisse avant ce prêt.`);
  } else if (depositCents > 0 && request.depositMethodChosen === false) {
    memberRefusals.push(`Caution de ${euros(depositCents)} à encaisser : choisissez le moyen de paiement.`);
  }
  return { member, standing, memberRefusals, copyRefusals: perCode, plans, depositCents };
}

/** Every reason of an assessment, member first, as one list (empty: the loan may go ahead). */
export const allRefusals = (assessment: LoanAssessment) => [...assessment.memberRefusals, ...assessment.copyRefusals.flat()];
