import type { SyncDb } from '../../../db/query.ts';
import type { ExportRecord, PrivacyParticipant, PrivacySection, RetentionFact } from '../../privacy/registry.ts';
import { frenchDate } from '../../shared/days.ts';

/**
 * What the conciergerie's members part holds on a person: their member number, memberships, flags, account,
 * payments and service orders. Erasure keeps every row (counts of members, takings and orders stay right) and blanks
 * the free texts written about the person; a membership in force keeps them out of any purge, and the end of their
 * last membership or their last payment counts as their last activity.
 */

const memberOf = (db: SyncDb, personId: number) =>
  db.get(db.q.selectFrom('member').select(['id', 'number', 'joined_on', 'created_at']).where('person_id', '=', personId));

function memberships(db: SyncDb, memberId: number): ExportRecord[] {
  return db
    .all(
      db.q
        .selectFrom('membership')
        .innerJoin('membership_type', 'membership_type.id', 'membership.type_id')
        .leftJoin('payment', 'payment.id', 'membership.payment_id')
        .select(['membership_type.name', 'membership.starts_on', 'membership.ends_on', 'membership.periods', 'membership.price_cents', 'membership.household_id', 'payment.receipt_number'])
        .where('membership.member_id', '=', memberId)
        .orderBy('membership.starts_on'),
    )
    .map((m) => ({
      type: m.name,
      debutLe: m.starts_on,
      finLe: m.ends_on,
      periodes: m.periods,
      prixCentimes: m.price_cents,
      partageeAvecLeFoyer: m.household_id !== null,
      recu: m.receipt_number,
    }));
}

function flags(db: SyncDb, memberId: number): ExportRecord[] {
  return db
    .all(db.q.selectFrom('member_flag').select(['reason', 'created_at', 'cleared_at']).where('member_id', '=', memberId).orderBy('id'))
    .map((f) => ({ motif: f.reason, poseLe: f.created_at, leveLe: f.cleared_at }));
}

function account(db: SyncDb, memberId: number): ExportRecord[] {
  return db
    .all(db.q.selectFrom('member_account_entry').select(['kind', 'amount_cents', 'label', 'created_at']).where('member_id', '=', memberId).orderBy('id'))
    .map((e) => ({ nature: e.kind, montantCentimes: e.amount_cents, libelle: e.label, le: e.created_at }));
}

function payments(db: SyncDb, memberId: number): ExportRecord[] {
  return db
    .all(
      db.q
        .selectFrom('payment')
        .select(['receipt_number', 'paid_at', 'method', 'purpose', 'amount_cents', 'label'])
        .where('member_id', '=', memberId)
        .orderBy('id'),
    )
    .map((p) => ({ recu: p.receipt_number, le: p.paid_at, moyen: p.method, objet: p.purpose, montantCentimes: p.amount_cents, libelle: p.label }));
}

function serviceOrders(db: SyncDb, memberId: number): ExportRecord[] {
  return db
    .all(db.q.selectFrom('service_order').selectAll().where('member_id', '=', memberId).orderBy('id'))
    .map((o) => ({
      numero: o.number,
      nature: o.kind,
      statut: o.status,
      deposeOuCommandeLe: o.created_at,
      pourLe: o.due_on,
      totalCentimes: o.total_cents,
      notes: o.notes,
      lignes: db
        .all(db.q.selectFrom('service_order_line').select(['label', 'quantity', 'unit_price_cents']).where('order_id', '=', o.id).orderBy('id'))
        .map((l) => ({ libelle: l.label, quantite: l.quantity, prixUnitaireCentimes: l.unit_price_cents })),
    }));
}

function sections(db: SyncDb, personId: number): PrivacySection[] {
  const member = memberOf(db, personId);
  if (!member) return [];
  return [
    {
      key: 'adherentConciergerie',
      title: 'Adhérent de la conciergerie',
      content: { numeroAdherent: member.number, adherentDepuis: member.joined_on, creeLe: member.created_at },
    },
    { key: 'adhesions', title: 'Adhésions', content: memberships(db, member.id), note: 'Les adhésions prises par la personne (celles partagées par son foyer y figurent aussi).' },
    { key: 'blocages', title: 'Blocages posés par l’équipe', content: flags(db, member.id) },
    { key: 'compteAdherent', title: 'Compte d’adhérent', content: account(db, member.id), note: 'Pénalités et frais dus (montants positifs), règlements et remises (montants négatifs).' },
    { key: 'paiements', title: 'Paiements à la caisse', content: payments(db, member.id) },
    { key: 'services', title: 'Pressing et paniers', content: serviceOrders(db, member.id) },
  ];
}

function retention(db: SyncDb, personIds: readonly number[], today: string): Map<number, RetentionFact> {
  const facts = new Map<number, RetentionFact>();
  const rows = db.all(
    db.q
      .selectFrom('member')
      .innerJoin('person', 'person.id', 'member.person_id')
      .select((eb) => [
        'member.person_id',
        eb
          .selectFrom('membership')
          .select((inner) => inner.fn.max('ends_on').as('end'))
          .where((inner) => inner.or([inner('membership.member_id', '=', inner.ref('member.id')), inner('membership.household_id', '=', inner.ref('person.household_id'))]))
          .as('last_end'),
        eb.selectFrom('payment').select((inner) => inner.fn.max('paid_at').as('paid')).whereRef('payment.member_id', '=', 'member.id').as('last_paid'),
      ])
      .where('member.person_id', 'in', personIds),
  );
  for (const row of rows) {
    const lastEnd = row.last_end ?? null;
    const dates = [lastEnd, row.last_paid?.slice(0, 10) ?? null].filter((date): date is string => !!date).sort();
    facts.set(row.person_id, {
      lastActivityOn: dates.at(-1) ?? null,
      activity: { code: 'conciergerie', label: 'Dernière adhésion ou dernier paiement à la conciergerie' },
      keptBecause: lastEnd !== null && lastEnd >= today ? `Adhésion à la conciergerie en cours jusqu’au ${frenchDate(lastEnd)}.` : null,
    });
  }
  return facts;
}

export const membersPrivacy: PrivacyParticipant = {
  key: 'conciergerie.members',
  module: 'conciergerie',
  withheldNote: 'Les adhésions, paiements et services de la conciergerie ne sont pas inclus : votre rôle ne permet pas de les consulter.',
  sections: ({ db, subject }) => sections(db, subject.personId),
  // members.* audit the member's id; till.* a payment's (till.open/close a session's); services.* an order's.
  auditLinks: ({ db, subject }) => {
    const member = memberOf(db, subject.personId);
    if (!member) return [];
    const ids = (table: 'payment' | 'service_order') => db.all(db.q.selectFrom(table).select('id').where('member_id', '=', member.id)).map((row) => row.id);
    return [
      { methodPrefix: 'members.', targets: [member.id] },
      { methodPrefix: 'till.', targets: ids('payment'), except: ['till.open', 'till.close'] },
      { methodPrefix: 'services.', targets: ids('service_order'), except: ['services.createPrice', 'services.updatePrice', 'services.archivePrice'] },
    ];
  },
  erasePerson: ({ db, subject, now }) => {
    const member = memberOf(db, subject.personId);
    if (!member) return;
    db.run(db.q.updateTable('member_flag').set({ reason: 'Motif effacé (données anonymisées)' }).where('member_id', '=', member.id));
    db.run(db.q.updateTable('member_account_entry').set({ label: 'Remise (motif effacé)' }).where('member_id', '=', member.id).where('kind', '=', 'waiver'));
    db.run(db.q.updateTable('service_order').set({ customer_name: '', notes: '', updated_at: now }).where('member_id', '=', member.id));
  },
  retention,
};
