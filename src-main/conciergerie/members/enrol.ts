import type { z } from 'zod';
import type { HandlerContext } from '../../core/context.ts';
import { AppError, invalidField } from '../../core/errors.ts';
import type { PersonFields } from '../../households/fields.ts';
import { householdColumns, householdNameFrom, personColumns } from '../../households/repository.ts';
import { refreshHouseholdSearch } from '../../households/search-index.ts';
import { todayIso } from '../../shared/days.ts';
import { personName } from '../../shared/names.ts';
import { foldText } from '../../shared/text.ts';
import type { membersContract, NewPersonInput } from './contract.ts';
import { householdCoveredOn, nextStart, takeMembership } from './memberships.ts';
import { nextMemberNumber } from './numbers.ts';
import { offeredType } from './types.ts';

type EnrolInput = z.output<(typeof membersContract)['members.enrol']['input']>;
type EnrolOutput = z.input<(typeof membersContract)['members.enrol']['output']>;

/** Refuses a second member for the same person, with the number they already have. */
function assertNotMember(ctx: HandlerContext, personId: number, name: string): void {
  const member = ctx.db.get(ctx.db.q.selectFrom('member').select('number').where('person_id', '=', personId));
  if (member) {
    const message = `${name} est déjà adhérent·e, sous le numéro ${member.number} : renouvelez son adhésion depuis sa fiche.`;
    throw new AppError('CONFLICT', message, [{ path: 'personId', message }]);
  }
}

/**
 * The same first and family name with the same phone or e-mail is the same person typed twice: refused, with the
 * person to choose in the search instead (a second household would split their history).
 */
function assertNotOnFile(ctx: HandlerContext, person: NewPersonInput): void {
  if (!person.phone && !person.email) return;
  const { db } = ctx;
  const candidates = db.all(
    db.q
      .selectFrom('person')
      .leftJoin('member', 'member.person_id', 'person.id')
      .select(['person.id', 'person.civility', 'person.first_name', 'person.family_name', 'person.usage_name', 'member.number'])
      .where('person.erased_at', 'is', null)
      .where((eb) => eb.or([...(person.phone ? [eb('person.phone', '=', person.phone)] : []), ...(person.email ? [eb('person.email', '=', person.email)] : [])])),
  );
  const sameName = (row: (typeof candidates)[number]) =>
    foldText(row.first_name) === foldText(person.firstName) &&
    [row.family_name, row.usage_name].some((name) => name !== '' && [person.familyName, person.usageName].some((typed) => foldText(typed) === foldText(name)));
  const twin = candidates.find(sameName);
  if (!twin) return;
  const known = twin.number ? `déjà adhérent·e sous le numéro ${twin.number}` : 'déjà connue';
  throw new AppError('CONFLICT', `${personName(twin)} (même téléphone ou e-mail) est ${known} : choisissez cette personne dans la recherche au lieu d’en créer une nouvelle.`);
}

/** A non-tenant household of one, with the person's postal address, indexed for the search at once. */
function createNonTenant(ctx: HandlerContext, person: NewPersonInput): { personId: number; householdId: number } {
  const { db } = ctx;
  const now = ctx.nowIso();
  const fields: PersonFields = {
    civility: person.civility,
    familyName: person.familyName,
    usageName: person.usageName,
    firstName: person.firstName,
    birthDate: null,
    phone: person.phone,
    email: person.email,
    role: 'holder',
    languages: [],
    notes: '',
    externalId: null,
  };
  const household = householdColumns({ name: householdNameFrom([fields]), externalId: null, address: person.address, notes: '', acceptsMail: true });
  const { id: householdId } = db.get(db.q.insertInto('household').values({ ...household, is_tenant: 0, created_at: now, updated_at: now }).returning('id'))!;
  const { id: personId } = db.get(
    db.q.insertInto('person').values({ ...personColumns(fields), household_id: householdId, created_at: now, updated_at: now }).returning('id'),
  )!;
  refreshHouseholdSearch(db, [householdId]);
  return { personId, householdId };
}

function existingPerson(ctx: HandlerContext, personId: number): { personId: number; householdId: number } {
  const person = ctx.db.get(
    ctx.db.q.selectFrom('person').select(['id', 'household_id', 'civility', 'first_name', 'usage_name', 'family_name']).where('id', '=', personId).where('erased_at', 'is', null),
  );
  if (!person) throw invalidField('personId', 'Cette personne n’est pas (ou plus) dans le fichier : cherchez-la de nouveau.');
  assertNotMember(ctx, personId, personName(person));
  return { personId, householdId: person.household_id };
}

/** Enrolment in one write: the person (found or created), the member number, the first membership and its payment. */
export function enrol(ctx: HandlerContext, input: EnrolInput): EnrolOutput {
  const { db } = ctx;
  const today = todayIso(ctx.clock);
  // Checked before anything is written, so that a wrong type or a missing payment method is said first.
  const type = input.membership ? offeredType(db, input.membership.typeId, 'membership.typeId') : null;
  let who: { personId: number; householdId: number };
  if (input.personId !== null) {
    who = existingPerson(ctx, input.personId);
  } else {
    assertNotOnFile(ctx, input.newPerson!);
    who = createNonTenant(ctx, input.newPerson!);
  }
  if (!input.membership && !householdCoveredOn(db, who.householdId, today)) {
    throw invalidField('membership.typeId', 'Choisissez le type d’adhésion : aucune adhésion du foyer en cours ne couvre cette personne.');
  }

  const number = nextMemberNumber(db);
  const now = ctx.nowIso();
  const { id } = db.get(
    db.q.insertInto('member').values({ person_id: who.personId, number, joined_on: today, created_at: now, updated_at: now }).returning('id'),
  )!;
  const taken =
    input.membership && type
      ? takeMembership(ctx, {
          memberId: id,
          householdId: who.householdId,
          type,
          periods: input.membership.periods,
          startsOn: input.membership.startsOn ?? nextStart(db, id, who.householdId, today),
          method: input.membership.method,
          path: 'membership.',
        })
      : null;
  return { id, number, personId: who.personId, payment: taken?.payment ?? null };
}
