import { hashPassword } from '../auth/passwords.ts';
import { ROLES, type Rights, type Role } from '../auth/rights.ts';
import { rightsOf } from '../auth/users.ts';
import type { SyncDb } from '../../db/query.ts';
import type { Handlers } from '../core/dispatch.ts';
import { AppError } from '../core/errors.ts';
import type { staffContract } from './contract.ts';
import { assertAnotherAdministrator, assertLoginFree, getStaffMember, listStaff } from './repository.ts';

function allRights(db: SyncDb): Record<Role, Rights> {
  return Object.fromEntries(ROLES.map((role) => [role, rightsOf(db, role)])) as Record<Role, Rights>;
}

export const staffHandlers: Handlers<typeof staffContract> = {
  'staff.list': (_input, { db }) => listStaff(db),

  'staff.create': ({ login, displayName, role, password }, { db, nowIso }) => {
    assertLoginFree(db, login);
    const now = nowIso();
    const { id } = db.get(
      db.q
        .insertInto('staff_user')
        .values({ login, display_name: displayName, role, password_hash: hashPassword(password), password_changed_at: now, created_at: now, updated_at: now })
        .returning('id'),
    )!;
    return getStaffMember(db, id);
  },

  'staff.update': ({ id, displayName, role }, { db, nowIso }) => {
    const current = getStaffMember(db, id);
    if (current.role === 'administrator' && role !== 'administrator') assertAnotherAdministrator(db, id);
    db.run(db.q.updateTable('staff_user').set({ display_name: displayName, role, updated_at: nowIso() }).where('id', '=', id));
    return getStaffMember(db, id);
  },

  'staff.setDisabled': ({ id, disabled }, { db, nowIso, user, sessions }) => {
    const current = getStaffMember(db, id);
    if (disabled && id === user!.id) throw new AppError('CONFLICT', 'Vous ne pouvez pas désactiver votre propre compte.');
    if (disabled && current.role === 'administrator') assertAnotherAdministrator(db, id);
    db.run(db.q.updateTable('staff_user').set({ disabled_at: disabled ? nowIso() : null, updated_at: nowIso() }).where('id', '=', id));
    if (disabled) sessions.signOutUser(id);
    return getStaffMember(db, id);
  },

  'staff.resetPassword': ({ id, password }, { db, nowIso }) => {
    getStaffMember(db, id);
    const now = nowIso();
    db.run(db.q.updateTable('staff_user').set({ password_hash: hashPassword(password), password_changed_at: now, updated_at: now }).where('id', '=', id));
    return getStaffMember(db, id);
  },

  'staff.rights': (_input, { db }) => allRights(db),

  'staff.setRight': ({ role, module, level }, { db }) => {
    if (role === 'administrator') throw new AppError('CONFLICT', 'Les droits du rôle Administrateur ne peuvent pas être réduits.');
    db.run(
      db.q
        .insertInto('role_right')
        .values({ role, module, level })
        .onConflict((oc) => oc.columns(['role', 'module']).doUpdateSet({ level })),
    );
    return allRights(db);
  },
};
