import type { SyncDb } from '../../../db/query.ts';
import { addMonths } from '../../shared/days.ts';
import { currentHomes, type Home } from '../../shared/homes.ts';
import { shortCivility } from '../../shared/names.ts';
import { foldText } from '../../shared/text.ts';

/*
 * Mailing lists of the club, per residence. Two scopes:
 * - members: the club's members, i.e. households holding a contract in force through the club or having used one of
 *   its offers within the last 12 months;
 * - all: every household living in the residence (to announce the club and hand out its booklet).
 * Households that refused mail (accepts_mail = 0) are always left out, and counted; so are erased households and those
 * without a postal address. Addresses follow NF Z10-011: at most 6 lines of 38 characters, town in capitals.
 */

export const MAILING_SCOPES = ['members', 'all'] as const;
export type MailingScope = (typeof MAILING_SCOPES)[number];

export interface Recipient {
  householdId: number;
  householdName: string;
  residenceName: string | null;
  addressee: string;
  /** The lines of the address block, empty ones left out (the first is the addressee). */
  lines: string[];
  street: string;
  postcode: string;
  city: string;
}

interface MailingList {
  rows: Recipient[];
  refusedMail: number;
  withoutAddress: number;
}

const LINE = 38;
const fit = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, LINE).trim();

interface Holder {
  civility: string;
  first_name: string;
  family_name: string;
  usage_name: string;
}

/** "Mme Hélène DUBOIS": the first holder of the lease, else the first person; the household's name otherwise. */
function addresseeOf(people: Holder[] | undefined, householdName: string): string {
  const person = people?.[0];
  if (!person) return householdName;
  return [shortCivility(person.civility), person.first_name, (person.usage_name || person.family_name).toUpperCase()].filter(Boolean).join(' ');
}

function floorText(floor: number): string {
  if (floor === 0) return 'RDC';
  if (floor < 0) return `Sous-sol ${-floor}`;
  return floor === 1 ? '1er étage' : `${floor}e étage`;
}

function tenantLines(home: Home): { complements: string[]; street: string; postcode: string; city: string } {
  return {
    complements: [
      [home.door && `Porte ${home.door}`, floorText(home.floor)].filter(Boolean).join(' — '),
      [home.building && `Bât. ${home.building}`, home.entrance && `Entrée ${home.entrance}`, home.residenceName].filter(Boolean).join(' — '),
    ],
    street: home.address,
    postcode: home.postcode,
    city: home.city,
  };
}

/** Households of the club (scope members) with a contract in force or an offer used within the last 12 months. */
function memberIds(db: SyncDb, today: string): Set<number> {
  const since = addMonths(today, -12);
  const rows = db.all(
    db.q
      .selectFrom('club_contract')
      .select('household_id')
      .where((eb) =>
        eb.or([
          eb.and([eb('kind', '=', 'contract'), eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', today)])]),
          eb.and([eb('kind', '=', 'use'), eb('signed_on', '>=', since), eb('signed_on', '<=', today)]),
        ]),
      )
      .distinct(),
  );
  return new Set(rows.map((row) => row.household_id));
}

export function mailingList(db: SyncDb, { residenceId, scope }: { residenceId: number | null; scope: MailingScope }, today: string): MailingList {
  const members = scope === 'members' ? memberIds(db, today) : null;
  const households = db
    .all(db.q.selectFrom('household').select(['id', 'name', 'accepts_mail', 'address_line', 'postcode', 'city']).where('erased_at', 'is', null))
    .filter((h) => members === null || members.has(h.id));
  const homes = currentHomes(db, households.map((h) => h.id));
  const inScope = residenceId === null ? households : households.filter((h) => homes.get(h.id)?.residenceId === residenceId);
  const holders = new Map<number, Holder[]>();
  if (inScope.length > 0) {
    const people = db.all(
      db.q
        .selectFrom('person')
        .select(['household_id', 'civility', 'first_name', 'family_name', 'usage_name', 'role'])
        .where('household_id', 'in', inScope.map((h) => h.id))
        .where('erased_at', 'is', null)
        .orderBy('id'),
    );
    // Holders of the lease first, then the others in the order they were added.
    const rank = (role: string) => (role === 'holder' ? 0 : role === 'coholder' ? 1 : 2);
    for (const person of people.sort((a, b) => rank(a.role) - rank(b.role))) {
      const list = holders.get(person.household_id);
      if (list) list.push(person);
      else holders.set(person.household_id, [person]);
    }
  }

  const list: MailingList = { rows: [], refusedMail: 0, withoutAddress: 0 };
  for (const household of inScope) {
    if (household.accepts_mail === 0) {
      list.refusedMail++;
      continue;
    }
    const home = homes.get(household.id);
    const place = home
      ? tenantLines(home)
      : { complements: [], street: household.address_line, postcode: household.postcode, city: household.city };
    if (!place.street || !place.postcode || !place.city) {
      list.withoutAddress++;
      continue;
    }
    const addressee = addresseeOf(holders.get(household.id), household.name);
    list.rows.push({
      householdId: household.id,
      householdName: household.name,
      residenceName: home?.residenceName ?? null,
      addressee,
      lines: [addressee, ...place.complements, place.street, `${place.postcode} ${foldText(place.city).toUpperCase()}`].map(fit).filter(Boolean),
      street: place.street,
      postcode: place.postcode,
      city: place.city,
    });
  }
  // By residence (the postman's round), then by name; the members outside the stock last.
  list.rows.sort(
    (a, b) => (a.residenceName ?? '\uffff').localeCompare(b.residenceName ?? '\uffff', 'fr') || a.householdName.localeCompare(b.householdName, 'fr') || a.householdId - b.householdId,
  );
  return list;
}
