import type { SyncDb } from '../../db/query.ts';
import { isOverOccupied, isUnderOccupied, roomsOf } from '../exchange/rules.ts';
import type { SkillCategory } from '../skills/categories.ts';
import type { Random } from './random.ts';

const OFFERS: [SkillCategory, string, string][] = [
  ['couture', 'Ourlets et petites retouches', 'Le mercredi après-midi'],
  ['bricolage', 'Montage de meubles', 'Le samedi matin'],
  ['informatique', 'Aide aux démarches en ligne', 'En semaine après 17 h'],
  ['cuisine', 'Cuisine du monde pour les ateliers', 'Le week-end'],
  ['jardinage', 'Potager et semis', 'Au printemps'],
  ['soutien-scolaire', 'Mathématiques collège', 'Mardi et jeudi soir'],
  ['langues', 'Conversation en arabe', 'Le samedi'],
  ['administratif', 'Courriers et formulaires CAF', 'Sur rendez-vous'],
  ['garde-animaux', 'Garde de chats pendant les vacances', 'L’été'],
];
const WANTS: [SkillCategory, string][] = [
  ['informatique', 'Apprendre à utiliser une tablette'],
  ['soutien-scolaire', 'Aide aux devoirs en français (CM2)'],
  ['bricolage', 'Changer un joint de robinet'],
  ['couture', 'Apprendre à coudre à la machine'],
  ['langues', 'Pratiquer le français'],
];

interface Resident {
  id: number;
  householdId: number;
  birthDate: string | null;
  size: number;
  typology: string | null;
  floor: number | null;
}

function residents(db: SyncDb): Resident[] {
  return db
    .all(
      db.q
        .selectFrom('person')
        .innerJoin('household', 'household.id', 'person.household_id')
        .leftJoin('occupancy', (join) => join.onRef('occupancy.household_id', '=', 'household.id').on('occupancy.left_on', 'is', null))
        .leftJoin('dwelling', 'dwelling.id', 'occupancy.dwelling_id')
        .select((eb) => [
          'person.id',
          'person.household_id',
          'person.birth_date',
          'dwelling.typology',
          'dwelling.floor',
          eb.selectFrom('person as p').select(eb.fn.countAll<number>().as('n')).whereRef('p.household_id', '=', 'household.id').as('size'),
        ])
        .where('person.role', '=', 'holder')
        .orderBy('person.id'),
    )
    .map((row) => ({ id: row.id, householdId: row.household_id, birthDate: row.birth_date, size: row.size ?? 1, typology: row.typology, floor: row.floor }));
}

/**
 * The community side of the demo office: skills offered and wanted, follow-ups of elderly people living alone (with
 * their consent and a few contacts, some overdue), and exchange wishes from households whose dwelling no longer fits.
 */
export function fillDemoCommunity(db: SyncDb, now: string, random: Random): void {
  const today = now.slice(0, 10);
  const daysAgo = (days: number) => new Date(Date.parse(`${today}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  const people = residents(db);

  people.filter((_, index) => index % 9 === 0).forEach((person, index) => {
    const [category, label, availability] = OFFERS[index % OFFERS.length]!;
    db.run(db.q.insertInto('skill').values({ person_id: person.id, direction: 'offer', category, label, availability, created_at: now }));
  });
  people.filter((_, index) => index % 13 === 5).forEach((person, index) => {
    const [category, label] = WANTS[index % WANTS.length]!;
    db.run(db.q.insertInto('skill').values({ person_id: person.id, direction: 'want', category, label, availability: '', created_at: now }));
  });

  const elderlyAlone = people.filter((p) => p.size === 1 && p.birthDate !== null && p.birthDate < '1952-01-01').slice(0, 8);
  elderlyAlone.forEach((person, index) => {
    const started = daysAgo(200 + index * 15);
    const { id } = db.get(
      db.q
        .insertInto('followup')
        .values({
          person_id: person.id,
          reason: index % 2 === 0 ? 'Personne âgée vivant seule, peu de visites' : 'Sortie d’hospitalisation, isolement',
          consent_on: started,
          consent_scope: 'Appels et visites de convivialité ; registre canicule de la mairie',
          consent_proof: 'Formulaire de consentement signé, classé au bureau',
          keep_after_end: 0,
          contact_every_days: index % 3 === 0 ? 7 : 14,
          heatwave_register: index % 4 === 3 ? 0 : 1,
          started_on: started,
          ended_on: null,
          notes: '',
          created_at: now,
          updated_at: now,
        })
        .returning('id'),
    )!;
    // The last contact: recent for most, overdue for a few, so that the overdue list is not empty.
    const lastContact = index % 3 === 1 ? 30 + random.int(0, 20) : random.int(1, 6);
    for (const days of [lastContact + 28, lastContact + 14, lastContact]) {
      db.run(
        db.q
          .insertInto('followup_contact')
          .values({ followup_id: id, contacted_on: daysAgo(days), kind: days % 2 === 0 ? 'call' : 'visit', reached: 1, by_user_id: null, notes: '', created_at: now }),
      );
    }
  });

  const tooBig = people.filter((p) => p.typology && isUnderOccupied(roomsOf(p.typology), p.size)).slice(0, 5);
  const tooSmall = people.filter((p) => p.typology && isOverOccupied(roomsOf(p.typology), p.size)).slice(0, 5);
  const upstairs = people.filter((p) => p.size === 1 && (p.floor ?? 0) >= 3 && p.birthDate !== null && p.birthDate < '1950-01-01').slice(0, 2);
  const wish = (person: Resident, reason: string, wanted: string | null, needs: string[]) =>
    db.run(
      db.q.insertInto('exchange_wish').values({
        household_id: person.householdId,
        reason,
        wanted_typology: wanted,
        needs: JSON.stringify(needs),
        notes: '',
        active: 1,
        created_at: now,
        updated_at: now,
      }),
    );
  tooBig.forEach((person) => wish(person, 'too_big', null, ['same_city']));
  tooSmall.forEach((person) => wish(person, 'too_small', null, []));
  upstairs.forEach((person) => wish(person, 'unsuitable', null, ['lift']));
}
