import type { SyncDb } from '../../../db/query.ts';
import type { CounterSettings } from '../../settings/fields.ts';
import { holdsOfMember } from '../holds/lists.ts';
import type { MemberIdentity } from '../loans/member-identity.ts';
import { openLoansOf } from '../loans/queries.ts';
import { memberStanding } from '../members/standing.ts';
import type { CounterMember } from './contract.ts';

/** What the operator sees once a card is scanned: who, until when, what they owe, what blocks them, what they have. */
export function counterMember(db: SyncDb, member: MemberIdentity, today: string, counter: CounterSettings): CounterMember {
  const standing = memberStanding(db, member.id, today, counter);
  const holds = holdsOfMember(db, member.id, today);
  return {
    id: member.id,
    number: member.number,
    name: member.name,
    phone: member.phone,
    membership: standing.membership && { typeName: standing.membership.typeName, endsOn: standing.membership.endsOn },
    lastMembershipEnd: standing.lastMembershipEnd,
    balanceCents: standing.balanceCents,
    blocks: standing.blocks.map(({ kind, message }) => ({ kind, message })),
    loansLeft: standing.loansLeft,
    maxLoans: standing.maxLoans,
    openLoans: openLoansOf(db, member.id, today, counter),
    readyHolds: holds.filter((hold) => hold.status === 'ready'),
    waitingHolds: holds.filter((hold) => hold.status === 'waiting'),
  };
}
