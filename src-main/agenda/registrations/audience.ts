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

/** Why the registrant is outside an event's public (a French sentence), or null when they belong to it. */
export type AudienceCheck = (event: AgendaEvent) => string | null;

/**
 * The registrant's check against any number of events (a whole series, the household page's list of events): their
 * membership and their home are read once, the first time an event's public asks for them.
 */
export function audienceCheck(db: SyncDb, registrant: Registrant, today: string): AudienceCheck {
  let member: boolean | undefined;
  let home: { residenceId: number | null } | undefined;
  const isMember = () => (member ??= membershipInForce(db, registrant, today));
  const homeResidenceId = () => {
    const householdId = registrant.householdId;
    home ??= { residenceId: householdId === null ? null : (currentHomes(db, [householdId]).get(householdId)?.residenceId ?? null) };
    return home.residenceId;
  };
  return (event) => {
    if (event.audience === 'members') {
      if (registrant.kind === 'guest') return `« ${event.title} » est réservé aux adhérents de la conciergerie : inscrivez d’abord la personne comme adhérente.`;
      if (isMember()) return null;
      return `« ${event.title} » est réservé aux adhérents de la conciergerie : ${registrant.name} n’a pas d’adhésion en cours. Renouvelez l’adhésion, ou indiquez pourquoi l’inscrire malgré tout.`;
    }
    if (event.audience === 'residences') {
      const names = event.residences.map((r) => r.name).join(', ');
      if (registrant.kind === 'guest') return `« ${event.title} » est réservé aux locataires de : ${names}. Cherchez la personne parmi les foyers, ou indiquez pourquoi l’inscrire malgré tout.`;
      if (event.residences.some((r) => r.id === homeResidenceId())) return null;
      return `« ${event.title} » est réservé aux locataires de : ${names} ; ${registrant.name} n’y habite pas. Indiquez pourquoi l’inscrire malgré tout, si c’est voulu.`;
    }
    return null;
  };
}

/** A registration's notes, led by the reason staff gave for registering someone outside the public (kept short). */
export function notesWithOverride(audienceOverride: string | null, notes: string): string {
  return [audienceOverride && `Hors public prévu : ${audienceOverride}`, notes].filter(Boolean).join(' — ').slice(0, 600);
}
