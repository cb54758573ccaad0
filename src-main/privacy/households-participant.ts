import type { SyncDb } from '../../db/query.ts';
import type { ExportRecord, PrivacyParticipant, PrivacySubject, RetentionFact } from './registry.ts';

/**
 * What the households module holds on a person: identity, household, dwellings lived in, skills, the household's
 * exchange wishes. Erasure keeps the rows that aggregate counts rely on (person, household, occupancies) and
 * empties everything that identifies.
 */

export const ANONYMISED_PERSON = 'Personne anonymisée';
export const ANONYMISED_HOUSEHOLD = 'Foyer anonymisé';

/** A JSON array of strings (languages, exchange needs); anything else reads as empty. */
function stringsOf(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((value): value is string => typeof value === 'string') : [];
  } catch {
    return [];
  }
}

function identity(db: SyncDb, { personId }: PrivacySubject): ExportRecord {
  const p = db.get(db.q.selectFrom('person').selectAll().where('id', '=', personId))!;
  return {
    identifiant: p.id,
    identifiantBailleur: p.external_id,
    civilite: p.civility,
    nomDeFamille: p.family_name,
    nomDUsage: p.usage_name,
    prenom: p.first_name,
    dateDeNaissance: p.birth_date,
    telephone: p.phone,
    courriel: p.email,
    roleDansLeFoyer: p.role,
    langues: stringsOf(p.languages),
    notes: p.notes,
    creeLe: p.created_at,
    modifieLe: p.updated_at,
    anonymiseLe: p.erased_at,
  };
}

function household(db: SyncDb, { personId, householdId }: PrivacySubject): ExportRecord {
  const h = db.get(db.q.selectFrom('household').selectAll().where('id', '=', householdId))!;
  const others = db.get(
    db.q
      .selectFrom('person')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('household_id', '=', householdId)
      .where('id', '!=', personId)
      .where('erased_at', 'is', null),
  )!.n;
  return {
    identifiant: h.id,
    nom: h.name,
    identifiantBailleur: h.external_id,
    locataire: h.is_tenant === 1,
    adresse: h.address_line,
    codePostal: h.postcode,
    commune: h.city,
    notes: h.notes,
    accepteLeCourrier: h.accepts_mail === 1,
    dernierContactLe: h.last_contact_on,
    // The other members are other people's data: only their number is part of this person's export.
    autresMembres: others,
    creeLe: h.created_at,
    modifieLe: h.updated_at,
  };
}

function dwellings(db: SyncDb, { householdId }: PrivacySubject): ExportRecord[] {
  return db
    .all(
      db.q
        .selectFrom('occupancy')
        .innerJoin('dwelling', 'dwelling.id', 'occupancy.dwelling_id')
        .innerJoin('residence', 'residence.id', 'dwelling.residence_id')
        .select([
          'occupancy.entered_on',
          'occupancy.left_on',
          'residence.name as residence',
          'residence.address',
          'residence.postcode',
          'residence.city',
          'dwelling.internal_id',
          'dwelling.typology',
          'dwelling.floor',
          'dwelling.building',
          'dwelling.entrance',
          'dwelling.door',
        ])
        .where('occupancy.household_id', '=', householdId)
        .orderBy('occupancy.entered_on')
        .orderBy('occupancy.id'),
    )
    .map((row) => ({
      entreeLe: row.entered_on,
      sortieLe: row.left_on,
      residence: row.residence,
      adresse: `${row.address}, ${row.postcode} ${row.city}`,
      logement: row.internal_id,
      typologie: row.typology,
      etage: row.floor,
      batiment: row.building,
      entree: row.entrance,
      porte: row.door,
    }));
}

function skills(db: SyncDb, { personId }: PrivacySubject): ExportRecord[] {
  return db
    .all(db.q.selectFrom('skill').selectAll().where('person_id', '=', personId).orderBy('id'))
    .map((s) => ({ sens: s.direction, categorie: s.category, libelle: s.label, disponibilite: s.availability, creeLe: s.created_at }));
}

function exchangeWishes(db: SyncDb, { householdId }: PrivacySubject): ExportRecord[] {
  return db
    .all(db.q.selectFrom('exchange_wish').selectAll().where('household_id', '=', householdId).orderBy('id'))
    .map((w) => ({
      motif: w.reason,
      typologieSouhaitee: w.wanted_typology,
      besoins: stringsOf(w.needs),
      notes: w.notes,
      actif: w.active === 1,
      creeLe: w.created_at,
      modifieLe: w.updated_at,
    }));
}

/** Today's date (AAAA-MM-JJ) is inside [entered_on, left_on): a current tenancy. */
function retention(db: SyncDb, personIds: readonly number[], today: string): Map<number, RetentionFact> {
  const facts = new Map<number, RetentionFact>();
  const rows = db.all(
    db.q
      .selectFrom('person')
      .innerJoin('occupancy', 'occupancy.household_id', 'person.household_id')
      .select((eb) => [
        'person.id',
        eb.fn.max('occupancy.left_on').as('lastLeft'),
        eb.fn.sum<number>(eb.case().when(eb.or([eb('occupancy.left_on', 'is', null), eb('occupancy.left_on', '>', today)])).then(1).else(0).end()).as('current'),
      ])
      .where('person.id', 'in', personIds)
      .groupBy('person.id'),
  );
  for (const row of rows) {
    facts.set(row.id, {
      lastActivityOn: row.lastLeft,
      activity: { code: 'tenancyEnd', label: 'Fin de la location' },
      keptBecause: Number(row.current) > 0 ? 'Le foyer occupe un logement : la relation de location est en cours.' : null,
    });
  }
  return facts;
}

export const householdsParticipant: PrivacyParticipant = {
  key: 'households',
  module: 'households',
  sections: ({ db, subject }) => [
    { key: 'identite', title: 'Identité et coordonnées', content: identity(db, subject) },
    {
      key: 'foyer',
      title: 'Foyer',
      content: household(db, subject),
      note: 'Le foyer auquel la personne est rattachée. Les autres membres ne sont pas détaillés : ce sont les données d’autres personnes.',
    },
    { key: 'logements', title: 'Logements occupés', content: dwellings(db, subject), note: 'Historique des logements du foyer, entrées et sorties.' },
    { key: 'competences', title: 'Compétences (échange de savoir-faire)', content: skills(db, subject) },
    { key: 'souhaitsEchange', title: 'Souhaits d’échange de logement du foyer', content: exchangeWishes(db, subject) },
  ],
  // What the households methods audit: the household's id (households.*) or the person's (people.*).
  auditLinks: ({ db, subject }) => [
    { methodPrefix: 'households.', targets: [subject.householdId] },
    { methodPrefix: 'people.', targets: [subject.personId] },
    // skills.* and exchange.* audit the record's own id.
    { methodPrefix: 'skills.', targets: db.all(db.q.selectFrom('skill').select('id').where('person_id', '=', subject.personId)).map((r) => r.id) },
    { methodPrefix: 'exchange.', targets: db.all(db.q.selectFrom('exchange_wish').select('id').where('household_id', '=', subject.householdId)).map((r) => r.id) },
  ],
  erasePerson: ({ db, subject }) => {
    db.run(db.q.deleteFrom('skill').where('person_id', '=', subject.personId));
  },
  eraseHousehold: ({ db, subject, now }) => {
    // Kept for the yearly counts (how many wishes, which reason and needs: codes only), emptied of free text, closed.
    db.run(db.q.updateTable('exchange_wish').set({ notes: '', active: 0, updated_at: now }).where('household_id', '=', subject.householdId));
  },
  retention,
};
