import type { InferResult } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import { notFound } from '../../core/errors.ts';
import { courtesyName, personName } from '../../shared/names.ts';
import { normaliseMemberNumber } from '../members/numbers.ts';

/** Who a member is, as the counter, loan forms and reminder letters name them. */
export interface MemberIdentity {
  id: number;
  number: string;
  personId: number;
  householdId: number;
  /** As stored: 'madame', 'monsieur' or 'unspecified' (letters open with it). */
  civility: string;
  /** "Hélène Dubois". */
  name: string;
  /** "Mme Dubois": how the counter says for whom a copy is put aside. */
  courtesyName: string;
  phone: string | null;
  email: string | null;
}

function memberQuery(db: SyncDb) {
  return db.q
    .selectFrom('member')
    .innerJoin('person', 'person.id', 'member.person_id')
    .select([
      'member.id',
      'member.number',
      'person.id as person_id',
      'person.household_id',
      'person.civility',
      'person.family_name',
      'person.usage_name',
      'person.first_name',
      'person.phone',
      'person.email',
    ]);
}

type MemberRow = InferResult<ReturnType<typeof memberQuery>>[number];

function toIdentity(row: MemberRow): MemberIdentity {
  return {
    id: row.id,
    number: row.number,
    personId: row.person_id,
    householdId: row.household_id,
    civility: row.civility,
    name: personName(row),
    courtesyName: courtesyName(row),
    phone: row.phone,
    email: row.email,
  };
}

/** "A00042 — Mme Dupont": what the counter says to put a copy aside for, or whom it is reserved for. */
export const memberLabel = (member: Pick<MemberIdentity, 'number' | 'courtesyName'>) => `${member.number} — ${member.courtesyName}`;

export function findMember(db: SyncDb, memberId: number): MemberIdentity | undefined {
  const row = db.get(memberQuery(db).where('member.id', '=', memberId));
  return row && toIdentity(row);
}

export function getMember(db: SyncDb, memberId: number): MemberIdentity {
  const member = findMember(db, memberId);
  if (!member) throw notFound('Adhérent');
  return member;
}

/** The member whose card was scanned (trimmed, case-insensitive), or undefined. */
export function findMemberByNumber(db: SyncDb, typed: string): MemberIdentity | undefined {
  const row = db.get(memberQuery(db).where('member.number', '=', normaliseMemberNumber(typed)));
  return row && toIdentity(row);
}

/** Several members at once, by id (lists of loans and holds). */
export function membersById(db: SyncDb, ids: Iterable<number>): Map<number, MemberIdentity> {
  const unique = [...new Set(ids)];
  const members = new Map<number, MemberIdentity>();
  for (let start = 0; start < unique.length; start += 500) {
    for (const row of db.all(memberQuery(db).where('member.id', 'in', unique.slice(start, start + 500)))) members.set(row.id, toIdentity(row));
  }
  return members;
}
