import type { SyncDb } from '../../db/query.ts';
import type { ExportRecord, PrivacyParticipant, RetentionFact } from './registry.ts';

/**
 * The restricted follow-up of isolated or vulnerable people: exported only to callers who may read it, deleted by
 * an erasure (whatever the person had agreed to keep), and an ongoing follow-up keeps the person out of any purge.
 */

const followupIdsOf = (db: SyncDb, personId: number) =>
  db.all(db.q.selectFrom('followup').select('id').where('person_id', '=', personId)).map((row) => row.id);

function followups(db: SyncDb, personId: number): ExportRecord[] {
  return db.all(db.q.selectFrom('followup').selectAll().where('person_id', '=', personId).orderBy('id')).map((f) => ({
    identifiant: f.id,
    motif: f.reason,
    consentementLe: f.consent_on,
    perimetreDuConsentement: f.consent_scope,
    preuveDuConsentement: f.consent_proof,
    conserveApresLaFin: f.keep_after_end === 1,
    contactTousLesNJours: f.contact_every_days,
    registreCanicule: f.heatwave_register === 1,
    debutLe: f.started_on,
    finLe: f.ended_on,
    notes: f.notes,
    creeLe: f.created_at,
    modifieLe: f.updated_at,
    contacts: db
      .all(db.q.selectFrom('followup_contact').selectAll().where('followup_id', '=', f.id).orderBy('contacted_on').orderBy('id'))
      .map((c) => ({ le: c.contacted_on, type: c.kind, joint: c.reached === 1, notes: c.notes })),
  }));
}

function retention(db: SyncDb, personIds: readonly number[], today: string): Map<number, RetentionFact> {
  const facts = new Map<number, RetentionFact>();
  const rows = db.all(
    db.q
      .selectFrom('followup')
      .leftJoin('followup_contact', 'followup_contact.followup_id', 'followup.id')
      .select((eb) => [
        'followup.person_id',
        eb.fn.max('followup.ended_on').as('lastEnded'),
        eb.fn.max('followup_contact.contacted_on').as('lastContact'),
        eb.fn.sum<number>(eb.case().when(eb.or([eb('followup.ended_on', 'is', null), eb('followup.ended_on', '>', today)])).then(1).else(0).end()).as('active'),
      ])
      .where('followup.person_id', 'in', personIds)
      .groupBy('followup.person_id'),
  );
  for (const row of rows) {
    const dates = [row.lastEnded, row.lastContact].filter((date): date is string => !!date).sort();
    facts.set(row.person_id, {
      lastActivityOn: dates.at(-1)?.slice(0, 10) ?? null,
      activity: { code: 'followup', label: 'Dernier contact du suivi' },
      keptBecause: Number(row.active) > 0 ? 'Un suivi est en cours.' : null,
    });
  }
  return facts;
}

export const followupParticipant: PrivacyParticipant = {
  key: 'followup',
  module: 'followup',
  restricted: true,
  withheldNote: 'Le suivi des personnes isolées ou vulnérables n’est pas inclus : votre rôle ne permet pas de le consulter.',
  sections: ({ db, subject }) => [
    {
      key: 'suivi',
      title: 'Suivi des personnes isolées ou vulnérables',
      content: followups(db, subject.personId),
      note: 'Dossier restreint, tenu avec le consentement de la personne ; les contacts passés y sont consignés.',
    },
  ],
  // followup.* audit the follow-up's id, except followup.ofHousehold (the household's id).
  auditLinks: ({ db, subject }) => [
    { methodPrefix: 'followup.', targets: followupIdsOf(db, subject.personId), except: ['followup.ofHousehold'] },
    { methodPrefix: 'followup.ofHousehold', targets: [subject.householdId] },
  ],
  erasePerson: ({ db, subject }) => {
    const ids = followupIdsOf(db, subject.personId);
    if (ids.length === 0) return;
    db.run(db.q.deleteFrom('followup_contact').where('followup_id', 'in', ids));
    db.run(db.q.deleteFrom('followup').where('id', 'in', ids));
  },
  retention,
};
