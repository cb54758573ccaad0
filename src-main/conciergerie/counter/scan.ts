import type { SyncDb } from '../../../db/query.ts';
import type { CounterSettings } from '../../settings/fields.ts';
import { COPY_STATUS_LABELS } from '../catalogue/kinds.ts';
import { kitOf, partsOf } from '../catalogue/kits.ts';
import { findCopyByBarcode, type CopyWithItem } from '../catalogue/lookup.ts';
import { keptFor } from '../holds/queue.ts';
import { assessLoan, copyLabel } from '../loans/eligibility.ts';
import { findMemberByNumber } from '../loans/member-identity.ts';
import { defaultDueOn } from '../loans/rules.ts';
import { loanQuery, toLoanViews } from '../loans/views.ts';
import { MEMBER_NUMBER, normaliseMemberNumber } from '../members/numbers.ts';
import type { PaymentMethod } from '../till/kinds.ts';
import type { CopyBrief, ScanResult } from './contract.ts';
import { counterMember } from './member-card.ts';

export interface Scan {
  code: string;
  memberId: number | null;
  pending: readonly string[];
}

function brief(db: SyncDb, copy: CopyWithItem): CopyBrief {
  return {
    id: copy.id,
    barcode: copy.barcode,
    itemId: copy.item.id,
    title: copy.item.title,
    itemKind: copy.item.kind,
    status: copy.status,
    condition: copy.condition,
    depositCents: copy.item.depositCents,
    replacementValueCents: copy.item.replacementValueCents,
    parts: copy.item.kind === 'kit' ? partsOf(db, copy.id).map(({ copyId, barcode, title }) => ({ copyId, barcode, title })) : [],
  };
}

/** Where a copy stands, for a scan with no member selected. */
function whereabouts(db: SyncDb, copy: CopyWithItem, today: string): string {
  const label = copyLabel(copy);
  const kit = kitOf(db, copy.id);
  if (kit) return `${label} fait partie du kit ${kit.barcode} (« ${kit.title} ») : scannez le kit.`;
  if (copy.status === 'reserved') {
    const holder = keptFor(db, copy.id, today);
    if (holder) return `${label} : ${holder.message.charAt(0).toLowerCase()}${holder.message.slice(1)}. Scannez sa carte pour le lui prêter.`;
  }
  if (copy.status === 'available' || copy.status === 'reserved') return `${label} est disponible : scannez d’abord la carte de l’adhérent pour le prêter.`;
  return `${label} : ${COPY_STATUS_LABELS[copy.status].toLowerCase()}.`;
}

/** A card or a barcode, read at the counter: what it is and what the operator can do with it now. */
export function scanCode(db: SyncDb, scan: Scan, today: string, counter: CounterSettings): ScanResult {
  const typed = normaliseMemberNumber(scan.code);
  if (MEMBER_NUMBER.test(typed)) {
    const member = findMemberByNumber(db, typed);
    if (!member) return { kind: 'unknown', code: typed, message: `Aucun adhérent n’a le numéro ${typed} : vérifiez la carte.` };
    return { kind: 'member', member: counterMember(db, member, today, counter) };
  }
  const copy = findCopyByBarcode(db, scan.code);
  if (!copy) return { kind: 'unknown', code: typed, message: `Code ${typed} inconnu : ce n’est ni une carte d’adhérent ni un exemplaire du catalogue.` };

  const loan = db.all(loanQuery(db).where('loan.copy_id', '=', copy.id).where('loan.returned_on', 'is', null))[0];
  if (loan && (scan.memberId === null || loan.member_id === scan.memberId)) {
    const paid = loan.deposit_payment_id === null ? undefined : db.get(db.q.selectFrom('payment').select('method').where('id', '=', loan.deposit_payment_id));
    return {
      kind: 'return',
      copy: brief(db, copy),
      loan: toLoanViews(db, [loan], today, counter)[0]!,
      depositMethod: (paid?.method as PaymentMethod | undefined) ?? null,
    };
  }
  if (scan.memberId === null) return { kind: 'copy', copy: brief(db, copy), message: whereabouts(db, copy, today) };

  // Assessed with the copies already scanned, so that the limit and double scans show at once.
  const assessment = assessLoan(db, {
    memberId: scan.memberId,
    codes: [...scan.pending, scan.code],
    lentOn: today,
    dueOn: null,
    today,
    counter,
    depositMethodChosen: null,
  });
  const own = assessment.copyRefusals.at(-1) ?? [];
  const refusals = [...assessment.memberRefusals, ...own];
  return { kind: 'lend', copy: brief(db, copy), dueOn: defaultDueOn(today, copy.item.loanDays, counter), refusals };
}
