import { sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import { addDays, frenchDate } from '../../shared/days.ts';
import { euros } from '../../shared/money.ts';
import type { CounterSettings } from '../../settings/fields.ts';

/** Why a member may not borrow now; each kind is cleared a different way (renew, pay, bring back, lift the flag). */
type BlockKind = 'membership' | 'balance' | 'overdue' | 'flag';

export interface Block {
  kind: BlockKind;
  /** French, shown as is at the counter: "Adhésion expirée le 31/10/2026". */
  message: string;
  /** The operator's flag behind a 'flag' block, to clear it. */
  flagId?: number;
}

interface MembershipInForce {
  id: number;
  typeId: number;
  typeName: string;
  startsOn: string;
  endsOn: string;
  /** Shared by the whole household (another member of it may have taken it). */
  shared: boolean;
  maxLoans: number;
}

export interface MemberStanding {
  memberId: number;
  membership: MembershipInForce | null;
  /** The last day of the latest membership, even expired (null: never a member). */
  lastMembershipEnd: string | null;
  /** What the member owes (positive) or has in credit (negative), in cents. */
  balanceCents: number;
  openLoans: number;
  overdueLoans: number;
  /** How many copies the member may hold at once: their type's limit, within the office's ceiling. */
  maxLoans: number;
  blocks: Block[];
  /** How many more copies the member may take now (0 when blocked). */
  loansLeft: number;
}

/** What the member owes (positive) or has in credit (negative): the sum of their account's entries, in cents. */
export function balanceCents(db: SyncDb, memberId: number): number {
  return db.get(
    db.q.selectFrom('member_account_entry').select(sql<number>`coalesce(sum(amount_cents), 0)`.as('balance')).where('member_id', '=', memberId),
  )!.balance;
}

/** Memberships that cover a member: their own, or one shared by the household they belong to now. */
function coveringMemberships(db: SyncDb, memberId: number) {
  const household = db.get(
    db.q.selectFrom('member').innerJoin('person', 'person.id', 'member.person_id').select('person.household_id').where('member.id', '=', memberId),
  );
  return db.all(
    db.q
      .selectFrom('membership')
      .innerJoin('membership_type', 'membership_type.id', 'membership.type_id')
      .where((eb) =>
        eb.or([eb('membership.member_id', '=', memberId), eb('membership.household_id', '=', household?.household_id ?? -1)]),
      )
      .select([
        'membership.id',
        'membership.type_id',
        'membership.member_id',
        'membership.household_id',
        'membership.starts_on',
        'membership.ends_on',
        'membership_type.name as type_name',
        'membership_type.max_loans',
      ])
      .orderBy('membership.ends_on', 'desc'),
  );
}

/**
 * Whether a member may borrow today, and why not: no membership in force, an unpaid balance, items overdue beyond
 * the counter's grace days, or an operator's flag. The counter shows every reason at once, so that the member
 * hears everything to sort out in one go.
 */
export function memberStanding(db: SyncDb, memberId: number, today: string, counter: CounterSettings): MemberStanding {
  const memberships = coveringMemberships(db, memberId);
  const inForce = memberships.find((m) => m.starts_on <= today && m.ends_on >= today) ?? null;
  const lastMembershipEnd = memberships[0]?.ends_on ?? null;
  const balance = balanceCents(db, memberId);
  const overdueBefore = addDays(today, -counter.graceDays);
  const loans = db.get(
    db.q
      .selectFrom('loan')
      .select([sql<number>`count(*)`.as('open'), sql<number>`coalesce(sum(due_on < ${overdueBefore}), 0)`.as('overdue')])
      .where('member_id', '=', memberId)
      .where('returned_on', 'is', null),
  )!;
  const flags = db.all(
    db.q.selectFrom('member_flag').select(['id', 'reason']).where('member_id', '=', memberId).where('cleared_at', 'is', null).orderBy('id'),
  );

  const blocks: Block[] = [];
  if (!inForce) {
    blocks.push({
      kind: 'membership',
      message: lastMembershipEnd ? `Adhésion expirée le ${frenchDate(lastMembershipEnd)} : renouvelez-la pour emprunter.` : 'Aucune adhésion en cours : prenez une adhésion pour emprunter.',
    });
  }
  if (balance > 0) blocks.push({ kind: 'balance', message: `Solde impayé de ${euros(balance)} : à régler avant d’emprunter.` });
  if (loans.overdue > 0) {
    blocks.push({ kind: 'overdue', message: `${loans.overdue} objet${loans.overdue > 1 ? 's' : ''} en retard à rapporter avant d’emprunter.` });
  }
  for (const flag of flags) blocks.push({ kind: 'flag', message: `Bloqué par l’équipe : ${flag.reason}`, flagId: flag.id });

  const maxLoans = Math.min(inForce?.max_loans ?? counter.maxLoansPerMember, counter.maxLoansPerMember);
  return {
    memberId,
    membership: inForce && {
      id: inForce.id,
      typeId: inForce.type_id,
      typeName: inForce.type_name,
      startsOn: inForce.starts_on,
      endsOn: inForce.ends_on,
      shared: inForce.household_id !== null,
      maxLoans: inForce.max_loans,
    },
    lastMembershipEnd,
    balanceCents: balance,
    openLoans: loans.open,
    overdueLoans: loans.overdue,
    maxLoans,
    blocks,
    loansLeft: blocks.length > 0 ? 0 : Math.max(0, maxLoans - loans.open),
  };
}
