import type { SyncDb } from '../../../db/query.ts';
import type { ExportRecord, PrivacyParticipant, RetentionFact } from '../../privacy/registry.ts';

/*
 * What the agenda holds on a person: their registrations to events, and those of their household as a whole.
 * Erasure keeps every registration (seats, status, attendance: the counts of participants and households of each
 * event stay right) and empties what could identify: the notes. An upcoming registration keeps the person out of
 * any purge; the last event attended counts as their last activity. Guests (a name and a phone, no person on file)
 * have no person id: the privacy core, which works person by person, reaches them once attached to a person
 * (attach-guest.ts), and guests.ts forgets the others after the retention period.
 */

/** The person's own registrations and their household's whole-household ones. */
function registrationsOf(db: SyncDb, personId: number, householdId: number) {
  return db.all(
    db.q
      .selectFrom('agenda_registration as reg')
      .innerJoin('agenda_event', 'agenda_event.id', 'reg.event_id')
      .selectAll('reg')
      .select(['agenda_event.title', 'agenda_event.starts_at', 'agenda_event.ends_at'])
      .where((eb) => eb.or([eb('reg.person_id', '=', personId), eb.and([eb('reg.person_id', 'is', null), eb('reg.household_id', '=', householdId)])]))
      .orderBy('agenda_event.starts_at')
      .orderBy('reg.id'),
  );
}

const STATUS_LABELS: Record<string, string> = { confirmed: 'confirmée', waiting: 'liste d’attente', cancelled: 'annulée' };

function exported(db: SyncDb, personId: number, householdId: number): ExportRecord[] {
  return registrationsOf(db, personId, householdId).map((r) => ({
    evenement: r.title,
    debut: r.starts_at,
    fin: r.ends_at,
    inscription: r.person_id === null ? 'le foyer entier' : 'la personne',
    places: r.seats,
    statut: STATUS_LABELS[r.status] ?? r.status,
    inscritLe: r.registered_at,
    passeeDeLaListeDAttenteLe: r.promoted_at,
    annuleeLe: r.cancelled_at,
    presenceEnregistreeLe: r.attended_at,
    notes: r.notes,
  }));
}

function retention(db: SyncDb, personIds: readonly number[], today: string): Map<number, RetentionFact> {
  const facts = new Map<number, RetentionFact>();
  const rows = db.all(
    db.q
      .selectFrom('person')
      .innerJoin('agenda_registration as reg', (join) =>
        join.on((eb) => eb.or([eb('reg.person_id', '=', eb.ref('person.id')), eb.and([eb('reg.person_id', 'is', null), eb('reg.household_id', '=', eb.ref('person.household_id'))])])),
      )
      .innerJoin('agenda_event', 'agenda_event.id', 'reg.event_id')
      .select(['person.id', 'reg.status', 'reg.attended_at', 'agenda_event.starts_at', 'agenda_event.status as event_status'])
      .where('person.id', 'in', personIds)
      .where('reg.status', '<>', 'cancelled'),
  );
  for (const row of rows) {
    const fact = facts.get(row.id) ?? { activity: { code: 'agenda', label: 'Dernier événement de l’agenda où la personne est venue' }, lastActivityOn: null, keptBecause: null };
    const day = row.starts_at.slice(0, 10);
    if (day >= today && row.event_status === 'planned') fact.keptBecause = 'Inscrite à un événement à venir de l’agenda.';
    if (row.attended_at !== null && day <= today && (!fact.lastActivityOn || day > fact.lastActivityOn)) fact.lastActivityOn = day;
    facts.set(row.id, fact);
  }
  return facts;
}

export const registrationsPrivacy: PrivacyParticipant = {
  key: 'agenda.registrations',
  module: 'agenda',
  withheldNote: 'Les inscriptions aux événements de l’agenda ne sont pas incluses : votre rôle ne permet pas de consulter l’agenda.',
  sections: ({ db, subject }) => [
    {
      key: 'inscriptionsAgenda',
      title: 'Agenda — inscriptions aux événements',
      content: exported(db, subject.personId, subject.householdId),
      note: 'Les inscriptions de la personne et celles de son foyer entier, avec la présence enregistrée à l’entrée.',
    },
  ],
  // agenda.registrations.* audit the registration's id.
  auditLinks: ({ db, subject }) => [
    { methodPrefix: 'agenda.registrations.', targets: registrationsOf(db, subject.personId, subject.householdId).map((r) => r.id) },
  ],
  erasePerson: ({ db, subject, now }) => {
    db.run(db.q.updateTable('agenda_registration').set({ notes: '', updated_at: now }).where('person_id', '=', subject.personId));
  },
  eraseHousehold: ({ db, subject, now }) => {
    db.run(db.q.updateTable('agenda_registration').set({ notes: '', updated_at: now }).where('household_id', '=', subject.householdId));
  },
  retention,
};
