import type { SyncDb } from '../../db/query.ts';
import type { Role } from '../auth/rights.ts';
import { AppError, invalidField, notFound } from '../core/errors.ts';
import type { StaffMember } from './contract.ts';

export function getStaffMember(db: SyncDb, id: number): StaffMember {
  const row = db.get(
    db.q.selectFrom('staff_user').select(['id', 'login', 'display_name', 'role', 'disabled_at', 'password_changed_at', 'created_at']).where('id', '=', id),
  );
  if (!row) throw notFound('Compte');
  return {
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    role: row.role as Role,
    disabledAt: row.disabled_at,
    passwordChangedAt: row.password_changed_at,
    createdAt: row.created_at,
  };
}

export function listStaff(db: SyncDb): StaffMember[] {
  return db.all(db.q.selectFrom('staff_user').select('id').orderBy('display_name')).map((row) => getStaffMember(db, row.id));
}

export function assertLoginFree(db: SyncDb, login: string): void {
  const existing = db.get(db.q.selectFrom('staff_user').select('display_name').where('login', '=', login));
  if (existing) throw invalidField('login', `L'identifiant « ${login} » est déjà utilisé par ${existing.display_name}.`);
}

/** The office must always keep one active administrator, or nobody could manage accounts any more. */
export function assertAnotherAdministrator(db: SyncDb, exceptId: number): void {
  const other = db.get(
    db.q.selectFrom('staff_user').select('id').where('role', '=', 'administrator').where('disabled_at', 'is', null).where('id', '!=', exceptId),
  );
  if (!other) throw new AppError('CONFLICT', 'Il faut garder au moins un administrateur actif : nommez-en un autre d’abord.');
}
