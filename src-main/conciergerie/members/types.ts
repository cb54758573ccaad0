import type { SyncDb } from '../../../db/query.ts';
import type { Handlers } from '../../core/dispatch.ts';
import { AppError, invalidField, notFound } from '../../core/errors.ts';
import { foldText } from '../../shared/text.ts';
import type { membersContract, MembershipType, TypeFields } from './contract.ts';
import type { MembershipScope, PeriodUnit } from './periods.ts';

/* Membership types: what a membership costs, how long it lasts, whom it covers and how many loans it allows. */

export interface TypeRow {
  id: number;
  name: string;
  price_cents: number;
  period_unit: string;
  period_count: number;
  scope: string;
  max_loans: number;
  description: string;
  archived_at: string | null;
}

function toMembershipType(row: TypeRow, memberships: number): MembershipType {
  return {
    id: row.id,
    name: row.name,
    priceCents: row.price_cents,
    periodUnit: row.period_unit as PeriodUnit,
    periodCount: row.period_count,
    scope: row.scope as MembershipScope,
    maxLoans: row.max_loans,
    description: row.description,
    archived: row.archived_at !== null,
    memberships,
  };
}

function typeRow(db: SyncDb, id: number): TypeRow {
  const row = db.get(db.q.selectFrom('membership_type').selectAll().where('id', '=', id));
  if (!row) throw notFound('Type d’adhésion');
  return row;
}

/** A type that can still be taken: refused, with what to do, when it was archived. */
export function offeredType(db: SyncDb, id: number, path: string): TypeRow {
  const row = db.get(db.q.selectFrom('membership_type').selectAll().where('id', '=', id));
  if (!row) throw invalidField(path, 'Ce type d’adhésion n’existe pas : choisissez-en un dans la liste.');
  if (row.archived_at) throw invalidField(path, `Le type d’adhésion « ${row.name} » est archivé : choisissez-en un autre.`);
  return row;
}

function listTypes(db: SyncDb, includeArchived: boolean, onlyId?: number): MembershipType[] {
  let query = db.q
    .selectFrom('membership_type')
    .selectAll('membership_type')
    .select((eb) => eb.selectFrom('membership').select(eb.fn.countAll<number>().as('n')).whereRef('membership.type_id', '=', 'membership_type.id').as('memberships'))
    .orderBy('membership_type.archived_at')
    .orderBy('membership_type.price_cents')
    .orderBy('membership_type.name');
  if (!includeArchived) query = query.where('membership_type.archived_at', 'is', null);
  if (onlyId !== undefined) query = query.where('membership_type.id', '=', onlyId);
  return db.all(query).map((row) => toMembershipType(row, row.memberships ?? 0));
}

const getType = (db: SyncDb, id: number) => {
  const found = listTypes(db, true, id)[0];
  if (!found) throw notFound('Type d’adhésion');
  return found;
};

/** Two types may not share a name, whatever its accents and case (the counter picks them by name). */
function assertNameFree(db: SyncDb, name: string, exceptId?: number): void {
  const folded = foldText(name);
  const clash = db.all(db.q.selectFrom('membership_type').select(['id', 'name'])).find((row) => row.id !== exceptId && foldText(row.name) === folded);
  if (clash) throw invalidField('name', `Un type d’adhésion s’appelle déjà « ${clash.name} » : choisissez un autre nom.`);
}

const columns = (fields: TypeFields) => ({
  name: fields.name,
  price_cents: fields.priceCents,
  period_unit: fields.periodUnit,
  period_count: fields.periodCount,
  scope: fields.scope,
  max_loans: fields.maxLoans,
  description: fields.description,
});

type TypeMethods = Pick<typeof membersContract, 'membershipTypes.list' | 'membershipTypes.create' | 'membershipTypes.update' | 'membershipTypes.archive'>;

export const membershipTypeHandlers: Handlers<TypeMethods> = {
  'membershipTypes.list': ({ includeArchived }, { db }) => listTypes(db, includeArchived),

  'membershipTypes.create': (fields, { db, nowIso }) => {
    assertNameFree(db, fields.name);
    const now = nowIso();
    const { id } = db.get(db.q.insertInto('membership_type').values({ ...columns(fields), created_at: now, updated_at: now }).returning('id'))!;
    return getType(db, id);
  },

  // Memberships already taken keep their own dates, price and household: an edit changes the next ones only.
  'membershipTypes.update': ({ id, ...fields }, { db, nowIso }) => {
    typeRow(db, id);
    assertNameFree(db, fields.name, id);
    db.run(db.q.updateTable('membership_type').set({ ...columns(fields), updated_at: nowIso() }).where('id', '=', id));
    return getType(db, id);
  },

  'membershipTypes.archive': ({ id, archived }, { db, nowIso }) => {
    const row = typeRow(db, id);
    if (archived && row.archived_at === null) {
      const offered = db.get(db.q.selectFrom('membership_type').select((eb) => eb.fn.countAll<number>().as('n')).where('archived_at', 'is', null))!.n;
      if (offered <= 1) throw new AppError('CONFLICT', 'C’est le dernier type d’adhésion proposé : créez-en un autre avant d’archiver celui-ci.');
    }
    const now = nowIso();
    db.run(db.q.updateTable('membership_type').set({ archived_at: archived ? (row.archived_at ?? now) : null, updated_at: now }).where('id', '=', id));
    return getType(db, id);
  },
};
