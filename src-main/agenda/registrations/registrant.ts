import type { SyncDb } from '../../../db/query.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { personName } from '../../shared/names.ts';

/*
 * Who a registration is for: a person on file (tenant or not), a whole household (seats = people expected), or
 * someone not yet known (a name and a phone, E.164). Guests have no household: they count as participants, not as
 * households.
 */

export type Who =
  | { kind: 'person'; personId: number }
  | { kind: 'household'; householdId: number; seats: number | null }
  | { kind: 'guest'; name: string; phone: string };

export interface Registrant {
  kind: Who['kind'];
  personId: number | null;
  householdId: number | null;
  guestName: string | null;
  guestPhone: string | null;
  seats: number;
  /** "Léa Martin", "Foyer Martin", or the guest's name: in messages. */
  name: string;
  /** The conciergerie member a payment is recorded for (the person's own number, or one of the household's). */
  memberId: number | null;
}

const activePeople = (db: SyncDb, householdId: number) =>
  db.all(
    db.q
      .selectFrom('person')
      .leftJoin('member', 'member.person_id', 'person.id')
      .select(['person.id', 'member.id as member_id'])
      .where('person.household_id', '=', householdId)
      .where('person.erased_at', 'is', null)
      .orderBy('person.id'),
  );

export function resolveRegistrant(db: SyncDb, who: Who): Registrant {
  if (who.kind === 'person') {
    const person = db.get(
      db.q
        .selectFrom('person')
        .leftJoin('member', 'member.person_id', 'person.id')
        .select(['person.id', 'person.household_id', 'person.civility', 'person.first_name', 'person.usage_name', 'person.family_name', 'person.erased_at', 'member.id as member_id'])
        .where('person.id', '=', who.personId),
    );
    if (!person) throw notFound('Personne');
    if (person.erased_at) throw new AppError('CONFLICT', 'Cette personne a été anonymisée : elle ne peut plus être inscrite.');
    return { kind: 'person', personId: person.id, householdId: person.household_id, guestName: null, guestPhone: null, seats: 1, name: personName(person), memberId: person.member_id };
  }
  if (who.kind === 'household') {
    const household = db.get(db.q.selectFrom('household').select(['id', 'name', 'erased_at']).where('id', '=', who.householdId));
    if (!household) throw notFound('Foyer');
    if (household.erased_at) throw new AppError('CONFLICT', 'Ce foyer a été anonymisé : il ne peut plus être inscrit.');
    const people = activePeople(db, household.id);
    const seats = who.seats ?? Math.max(1, people.length);
    return {
      kind: 'household',
      personId: null,
      householdId: household.id,
      guestName: null,
      guestPhone: null,
      seats,
      name: `Foyer ${household.name}`,
      memberId: people.find((p) => p.member_id !== null)?.member_id ?? null,
    };
  }
  return { kind: 'guest', personId: null, householdId: null, guestName: who.name, guestPhone: who.phone, seats: 1, name: who.name, memberId: null };
}

/** What a registration row is for: one person on file, a whole household, or a guest (a name, no person on file). */
export function registrationKind(row: { person_id: number | null; guest_name: string | null }): Who['kind'] {
  if (row.person_id !== null) return 'person';
  return row.guest_name === null ? 'household' : 'guest';
}

/** Whether a registration row is this registrant's (same person, same household as a whole, same guest phone). */
export function sameRegistrant(
  row: { person_id: number | null; household_id: number | null; guest_name: string | null; guest_phone: string | null },
  registrant: Registrant,
): boolean {
  if (registrationKind(row) !== registrant.kind) return false;
  if (registrant.kind === 'person') return row.person_id === registrant.personId;
  if (registrant.kind === 'household') return row.household_id === registrant.householdId;
  return row.guest_phone === registrant.guestPhone;
}

/** The member a registration's payment is recorded for: the person's, or the first of the household's people. */
export function payerMemberId(db: SyncDb, row: { person_id: number | null; household_id: number | null }): number | null {
  if (row.person_id !== null) return db.get(db.q.selectFrom('member').select('id').where('person_id', '=', row.person_id))?.id ?? null;
  if (row.household_id === null) return null;
  return activePeople(db, row.household_id).find((p) => p.member_id !== null)?.member_id ?? null;
}
