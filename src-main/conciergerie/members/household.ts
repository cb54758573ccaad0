import { sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import { ROLE_ORDER } from '../../households/repository.ts';
import type { CounterSettings } from '../../settings/fields.ts';
import { personName } from '../../shared/names.ts';
import type { HouseholdPerson } from './contract.ts';
import { summaryQuery, toSummary } from './repository.ts';
import { memberStanding } from './standing.ts';

/** The people of a household in the household page's order (holders first, then by age), each with their membership (type, end, balance, blocked) if a member. */
export function membersOfHousehold(db: SyncDb, householdId: number, today: string, counter: CounterSettings): HouseholdPerson[] {
  const people = db.all(
    db.q
      .selectFrom('person')
      .select(['id', 'civility', 'first_name', 'usage_name', 'family_name'])
      .where('household_id', '=', householdId)
      .where('erased_at', 'is', null)
      .orderBy(ROLE_ORDER)
      .orderBy(sql`coalesce(person.birth_date, '9999')`)
      .orderBy('id'),
  );
  const members = new Map(db.all(summaryQuery(db, today).where('person.household_id', '=', householdId)).map((row) => [row.person_id, toSummary(row)]));
  return people.map((person) => {
    const member = members.get(person.id);
    if (!member) return { personId: person.id, name: personName(person), member: null };
    const standing = memberStanding(db, member.id, today, counter);
    return {
      personId: person.id,
      name: member.name,
      member: {
        id: member.id,
        number: member.number,
        membershipEndsOn: member.membershipEndsOn,
        inForce: member.inForce,
        balanceCents: member.balanceCents,
        activeFlags: member.activeFlags,
        typeName: standing.membership?.typeName ?? null,
        shared: standing.membership?.shared ?? false,
        blocked: standing.blocks.length > 0,
      },
    };
  });
}
