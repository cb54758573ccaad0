import { sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import { currentHomes } from '../../shared/homes.ts';
import type { AgendaEvent } from '../events/schemas.ts';
import type { Registrant } from './registrant.ts';

/*
 * Who an event is for. 'members': a conciergerie membership in force today, the person's own or one shared by their
 * household (for a whole household, any of its people's). 'residences': the household lives now in one of the
 * event's residences. Someone not yet known (a guest) is neither. Staff may still register someone outside the
 * public by giving a reason, which is kept on the registration: the team knows its exceptions (a cousin who joins
 * the tutoring, a renewal being paid) and the reason shows who decided why.
 */

function membershipInForce(db: SyncDb, registrant: Registrant, today: string): boolean {
  const householdId = registrant.householdId ?? -1;
  const covered = db.get(
    db.q
      .selectFrom('membership')
      .leftJoin('member', 'member.id', 'membership.member_id')
      .leftJoin('person', 'person.id', 'member.person_id')
      .select(sql<number>`1`.as('yes'))
      .where('membership.starts_on', '<=', today)
      .where('membership.ends_on', '>=', today)
      .where((eb) =>
        eb.or([
          eb('membership.household_id', '=', householdId),
          registrant.kind === 'person' ? eb('member.person_id', '=', registrant.personId ?? -1) : eb('person.household_id', '=', householdId),
        ]),
      )
      .limit(1),
  );
  return covered !== undefined;
}

function eventResidences(db: SyncDb, eventId: number) {
  return db.all(
    db.q
      .selectFrom('agenda_event_residence')
      .innerJoin('residence', 'residence.id', 'agenda_event_residence.residence_id')
      .select(['residence.id', 'residence.name'])
      .where('agenda_event_residence.event_id', '=', eventId)
      .orderBy('residence.name'),
  );
}

/** Why the registrant is outside the event's public (a French sentence), or null when they belong to it. */
export function audienceRefusal(db: SyncDb, event: AgendaEvent, registrant: Registrant, today: string): string | null {
  if (event.audience === 'members') {
    if (registrant.kind === 'guest') return `« ${event.title} » est réservé aux adhérents de la conciergerie : inscrivez d’abord la personne comme adhérente.`;
    if (membershipInForce(db, registrant, today)) return null;
    return `« ${event.title} » est réservé aux adhérents de la conciergerie : ${registrant.name} n’a pas d’adhésion en cours. Renouvelez l’adhésion, ou indiquez pourquoi l’inscrire malgré tout.`;
  }
  if (event.audience === 'residences') {
    const residences = eventResidences(db, event.id);
    const names = residences.map((r) => r.name).join(', ');
    if (registrant.kind === 'guest') return `« ${event.title} » est réservé aux locataires de : ${names}. Cherchez la personne parmi les foyers, ou indiquez pourquoi l’inscrire malgré tout.`;
    const home = registrant.householdId === null ? undefined : currentHomes(db, [registrant.householdId]).get(registrant.householdId);
    if (home && residences.some((r) => r.id === home.residenceId)) return null;
    return `« ${event.title} » est réservé aux locataires de : ${names} ; ${registrant.name} n’y habite pas. Indiquez pourquoi l’inscrire malgré tout, si c’est voulu.`;
  }
  return null;
}

/** A registration's notes, led by the reason staff gave for registering someone outside the public (kept short). */
export function notesWithOverride(audienceOverride: string | null, notes: string): string {
  return [audienceOverride && `Hors public prévu : ${audienceOverride}`, notes].filter(Boolean).join(' — ').slice(0, 600);
}
