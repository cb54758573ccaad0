import { sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import { ROLE_ORDER } from '../../households/repository.ts';
import type { CounterSettings } from '../../settings/fields.ts';
import { personName } from '../../shared/names.ts';
import type { HouseholdPerson } from './contract.ts';
import { memberStanding } from './standing.ts';

/**
 * The people of a household in the household page's order (holders first, then by age), each with their membership
 * (type, end, balance, blocked) if a member: all of it read from their standing, once per member.
 */
export function membersOfHousehold(db: SyncDb, householdId: number, today: string, counter: CounterSettings): HouseholdPerson[] {
  const people = db.all(
    db.q
      .selectFrom('person')
      .leftJoin('member', 'member.person_id', 'person.id')
      .select(['person.id', 'person.civility', 'person.first_name', 'person.usage_name', 'person.family_name', 'member.id as member_id', 'member.number'])
      .where('person.household_id', '=', householdId)
      .where('person.erased_at', 'is', null)
      .orderBy(ROLE_ORDER)
      .orderBy(sql`coalesce(person.birth_date, '9999')`)
      .orderBy('person.id'),
  );
  return people.map((person) => {
    const name = personName(person);
    if (person.member_id === null || person.number === null) return { personId: person.id, name, member: null };
    const standing = memberStanding(db, person.member_id, today, counter);
    return {
      personId: person.id,
      name,
      member: {
        id: person.member_id,
        number: person.number,
        membershipEndsOn: standing.lastMembershipEnd,
        inForce: standing.membership !== null,
        balanceCents: standing.balanceCents,
        activeFlags: standing.blocks.filter((block) => block.kind === 'flag').length,
        typeName: standing.membership?.typeName ?? null,
        shared: standing.membership?.shared ?? false,
        blocked: standing.blocks.length > 0,
      },
    };
  });
}
