import type { SyncDb } from '../../db/query.ts';
import type { ExportRecord, PrivacyParticipant, RetentionFact } from '../privacy/registry.ts';
import { contractState } from './contracts/repository.ts';

/*
 * What the tenants' club holds on a person: the contracts signed and offers used by their household through the club
 * (the club is a data controller of its own). Erasure keeps each row (household, offer, dates, saving) so that the
 * club's counts and savings stay right, and empties what could identify: the contract's reference and notes. A
 * contract in force keeps the household's people out of any purge.
 */

const contractsOf = (db: SyncDb, householdId: number) =>
  db.all(
    db.q
      .selectFrom('club_contract')
      .innerJoin('club_offer', 'club_offer.id', 'club_contract.offer_id')
      .innerJoin('club_partner', 'club_partner.id', 'club_offer.partner_id')
      .selectAll('club_contract')
      .select(['club_offer.title', 'club_partner.name as partner_name'])
      .where('club_contract.household_id', '=', householdId)
      .orderBy('club_contract.signed_on')
      .orderBy('club_contract.id'),
  );

function exported(db: SyncDb, householdId: number, personId: number): ExportRecord[] {
  return contractsOf(db, householdId).map((c) => ({
    offre: c.title,
    partenaire: c.partner_name,
    nature: c.kind === 'use' ? 'offre utilisée' : 'contrat',
    signeOuUtiliseLe: c.signed_on,
    finLe: c.ends_on,
    economieEstimeeEnCentimes: c.saving_cents,
    reference: c.reference,
    notes: c.notes,
    signeParCettePersonne: c.signed_by_person_id === personId,
    creeLe: c.created_at,
    modifieLe: c.updated_at,
  }));
}

function retention(db: SyncDb, personIds: readonly number[], today: string): Map<number, RetentionFact> {
  const facts = new Map<number, RetentionFact>();
  const rows = db.all(
    db.q
      .selectFrom('person')
      .innerJoin('club_contract', 'club_contract.household_id', 'person.household_id')
      .select(['person.id', 'club_contract.kind', 'club_contract.signed_on', 'club_contract.ends_on'])
      .where('person.id', 'in', personIds),
  );
  for (const row of rows) {
    const fact = facts.get(row.id) ?? { activity: { code: 'club', label: 'Dernier contrat ou offre du Club des locataires' }, lastActivityOn: null, keptBecause: null };
    const state = contractState(row, today);
    if (state === 'in_force' || state === 'upcoming') fact.keptBecause = 'Le foyer a un contrat en cours par le Club des locataires.';
    // The day of the use, or the end of the contract (its signature while it runs: kept anyway).
    const activity = row.kind === 'contract' && row.ends_on ? row.ends_on : row.signed_on;
    if (activity <= today && (!fact.lastActivityOn || activity > fact.lastActivityOn)) fact.lastActivityOn = activity;
    facts.set(row.id, fact);
  }
  return facts;
}

export const clubPrivacyParticipant: PrivacyParticipant = {
  key: 'club',
  module: 'club',
  withheldNote: 'Les contrats et offres du Club des locataires ne sont pas inclus : votre rôle ne permet pas de consulter le club.',
  sections: ({ db, subject }) => [
    {
      key: 'clubDesLocataires',
      title: 'Club des locataires — contrats et offres utilisées par le foyer',
      content: exported(db, subject.householdId, subject.personId),
      note: 'Tenus par le Club des locataires (association loi 1901), responsable de traitement distinct du bailleur. Montants en centimes d’euro.',
    },
  ],
  // club.contracts.* audit the contract's id.
  auditLinks: ({ db, subject }) => [{ methodPrefix: 'club.contracts.', targets: contractsOf(db, subject.householdId).map((c) => c.id) }],
  erasePerson: ({ db, subject, now }) => {
    db.run(db.q.updateTable('club_contract').set({ reference: '', notes: '', updated_at: now }).where('signed_by_person_id', '=', subject.personId));
  },
  eraseHousehold: ({ db, subject, now }) => {
    db.run(db.q.updateTable('club_contract').set({ reference: '', notes: '', updated_at: now }).where('household_id', '=', subject.householdId));
  },
  retention,
};
