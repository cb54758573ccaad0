import { sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import type { ExportRecord, PrivacyParticipant, RetentionFact } from '../../privacy/registry.ts';

/*
 * What loans, holds and reminders hold on a person (through their member record): exported to callers who may read
 * the conciergerie; an erasure empties the free-text notes and keeps the rows, so that yearly loan counts stay right;
 * an open loan or a hold still waiting keeps the person out of any purge.
 */

const memberIdsOf = (db: SyncDb, personId: number) =>
  db.all(db.q.selectFrom('member').select('id').where('person_id', '=', personId)).map((row) => row.id);

function loans(db: SyncDb, memberIds: number[]): ExportRecord[] {
  if (memberIds.length === 0) return [];
  return db
    .all(
      db.q
        .selectFrom('loan')
        .innerJoin('copy', 'copy.id', 'loan.copy_id')
        .innerJoin('item', 'item.id', 'copy.item_id')
        .selectAll('loan')
        .select(['copy.barcode', 'item.title'])
        .where('loan.member_id', 'in', memberIds)
        .orderBy('loan.lent_on')
        .orderBy('loan.id'),
    )
    .map((loan) => ({
      identifiant: loan.id,
      objet: loan.title,
      codeBarres: loan.barcode,
      pretLe: loan.lent_on,
      retourPrevuLe: loan.due_on,
      renduLe: loan.returned_on,
      renouvellements: loan.renewals,
      antidate: loan.backdated === 1,
      etatAuDepart: loan.condition_out,
      etatAuRetour: loan.condition_in,
      noteDeRetour: loan.return_note,
      cautionCentimes: loan.deposit_cents,
      penaliteDeRetardCentimes: loan.late_fee_cents,
    }));
}

function holds(db: SyncDb, memberIds: number[]): ExportRecord[] {
  if (memberIds.length === 0) return [];
  return db
    .all(
      db.q
        .selectFrom('hold')
        .innerJoin('item', 'item.id', 'hold.item_id')
        .selectAll('hold')
        .select('item.title')
        .where('hold.member_id', 'in', memberIds)
        .orderBy('hold.created_at')
        .orderBy('hold.id'),
    )
    .map((hold) => ({
      identifiant: hold.id,
      objet: hold.title,
      souhaiteDu: hold.wanted_from,
      souhaiteAu: hold.wanted_until,
      statut: hold.status,
      pretDepuis: hold.ready_on,
      prevenuLe: hold.notified_on,
      closLe: hold.closed_on,
      note: hold.note,
      creeLe: hold.created_at,
    }));
}

function reminders(db: SyncDb, memberIds: number[]): ExportRecord[] {
  if (memberIds.length === 0) return [];
  return db
    .all(db.q.selectFrom('loan_reminder').select(['id', 'level', 'sent_on']).where('member_id', 'in', memberIds).orderBy('sent_on').orderBy('id'))
    .map((reminder) => ({ identifiant: reminder.id, niveau: reminder.level, envoyeeLe: reminder.sent_on }));
}

function retention(db: SyncDb, personIds: readonly number[]): Map<number, RetentionFact> {
  const facts = new Map<number, RetentionFact>();
  const loanFacts = db.all(
    db.q
      .selectFrom('loan')
      .innerJoin('member', 'member.id', 'loan.member_id')
      .select([
        'member.person_id',
        sql<string>`max(coalesce(loan.returned_on, loan.lent_on))`.as('last'),
        sql<number>`sum(loan.returned_on is null)`.as('open'),
      ])
      .where('member.person_id', 'in', personIds)
      .groupBy('member.person_id'),
  );
  const holdFacts = db.all(
    db.q
      .selectFrom('hold')
      .innerJoin('member', 'member.id', 'hold.member_id')
      .select(['member.person_id', sql<string>`max(substr(hold.created_at, 1, 10))`.as('last'), sql<number>`sum(hold.status in ('waiting', 'ready'))`.as('active')])
      .where('member.person_id', 'in', personIds)
      .groupBy('member.person_id'),
  );
  for (const row of loanFacts) {
    facts.set(row.person_id, {
      lastActivityOn: row.last,
      activity: { code: 'loan', label: 'Dernier prêt à la conciergerie' },
      keptBecause: row.open > 0 ? 'Un prêt de la conciergerie est en cours.' : null,
    });
  }
  for (const row of holdFacts) {
    const known = facts.get(row.person_id);
    const later = !known?.lastActivityOn || row.last > known.lastActivityOn;
    facts.set(row.person_id, {
      lastActivityOn: later ? row.last : known.lastActivityOn,
      activity: later ? { code: 'hold', label: 'Dernière réservation à la conciergerie' } : known.activity,
      keptBecause: known?.keptBecause ?? (row.active > 0 ? 'Une réservation de la conciergerie est en cours.' : null),
    });
  }
  return facts;
}

export const loansParticipant: PrivacyParticipant = {
  key: 'conciergerie.loans',
  module: 'conciergerie',
  withheldNote: 'Les prêts et réservations de la conciergerie ne sont pas inclus : votre rôle ne permet pas de les consulter.',
  sections: ({ db, subject }) => {
    const memberIds = memberIdsOf(db, subject.personId);
    return [
      { key: 'prets', title: 'Prêts de la conciergerie', content: loans(db, memberIds), note: 'Objets empruntés, dates, état, cautions et pénalités de retard (montants en centimes).' },
      { key: 'reservations', title: 'Réservations de la conciergerie', content: holds(db, memberIds) },
      { key: 'relances', title: 'Relances pour retard', content: reminders(db, memberIds) },
    ];
  },
  auditLinks: ({ db, subject }) => {
    const memberIds = memberIdsOf(db, subject.personId);
    if (memberIds.length === 0) return [];
    const loanIds = db.all(db.q.selectFrom('loan').select('id').where('member_id', 'in', memberIds)).map((row) => row.id);
    const holdIds = db.all(db.q.selectFrom('hold').select('id').where('member_id', 'in', memberIds)).map((row) => row.id);
    return [
      { methodPrefix: 'loans.', targets: loanIds },
      { methodPrefix: 'holds.', targets: holdIds },
    ];
  },
  erasePerson: ({ db, subject, now }) => {
    const memberIds = memberIdsOf(db, subject.personId);
    if (memberIds.length === 0) return;
    db.run(db.q.updateTable('loan').set({ return_note: '', updated_at: now }).where('member_id', 'in', memberIds).where('return_note', '!=', ''));
    db.run(db.q.updateTable('hold').set({ note: '', updated_at: now }).where('member_id', 'in', memberIds).where('note', '!=', ''));
  },
  retention,
};
