import type { SyncDb } from '../../db/query.ts';
import { AppError, invalidField } from '../core/errors.ts';
import type { PersonRole } from './fields.ts';

/* The household rules checked before a write, each refusing with a French message on the field concerned. */

/** Refuses a landlord's id already given to another household, naming it. */
export function assertHouseholdExternalIdFree(db: SyncDb, externalId: string | null, exceptId?: number): void {
  if (externalId === null) return;
  let query = db.q.selectFrom('household').select(['id', 'name']).where('external_id', '=', externalId);
  if (exceptId) query = query.where('id', '!=', exceptId);
  const holder = db.get(query);
  if (holder) throw invalidField('externalId', `L’identifiant « ${externalId} » est déjà celui du foyer « ${holder.name} ».`);
}

/** Refuses a landlord's id already given to another person. */
export function assertPersonExternalIdFree(db: SyncDb, externalId: string | null, path: string, exceptId?: number): void {
  if (externalId === null) return;
  let query = db.q.selectFrom('person').select(['id']).where('external_id', '=', externalId);
  if (exceptId) query = query.where('id', '!=', exceptId);
  if (db.get(query)) throw invalidField(`${path}externalId`, `L’identifiant « ${externalId} » est déjà celui d’une autre personne.`);
}

/** One titulaire du bail per household. */
export function assertSingleHolder(db: SyncDb, householdId: number, role: PersonRole, exceptPersonId?: number): void {
  if (role !== 'holder') return;
  let query = db.q
    .selectFrom('person')
    .select(['first_name', 'family_name', 'usage_name'])
    .where('household_id', '=', householdId)
    .where('role', '=', 'holder')
    .where('erased_at', 'is', null);
  if (exceptPersonId) query = query.where('id', '!=', exceptPersonId);
  const holder = db.get(query);
  if (holder) {
    const name = `${holder.first_name} ${holder.usage_name || holder.family_name}`.trim();
    throw invalidField('role', `${name} est déjà titulaire du bail de ce foyer : choisissez « cotitulaire ».`);
  }
}

export function assertNotLastPerson(db: SyncDb, householdId: number): void {
  const count = db.get(
    db.q.selectFrom('person').select((eb) => eb.fn.countAll<number>().as('n')).where('household_id', '=', householdId).where('erased_at', 'is', null),
  );
  if ((count?.n ?? 0) <= 1) {
    throw new AppError('CONFLICT', 'C’est la seule personne de ce foyer : un foyer compte au moins une personne. Ajoutez d’abord quelqu’un d’autre.');
  }
}
