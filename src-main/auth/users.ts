import type { SyncDb } from '../../db/query.ts';
import type { CurrentUser } from '../core/context.ts';
import { DEFAULT_RIGHTS, LEVELS, MODULES, type Level, type Rights, type Role } from './rights.ts';

export function findActiveUser(db: SyncDb, id: number): CurrentUser | null {
  const row = db.get(
    db.q.selectFrom('staff_user').select(['id', 'login', 'display_name', 'role']).where('id', '=', id).where('disabled_at', 'is', null),
  );
  return row ? { id: row.id, login: row.login, displayName: row.display_name, role: row.role as Role } : null;
}

/** The role's rights: the defaults, with the administrator's changes stored in role_right. */
export function rightsOf(db: SyncDb, role: Role): Rights {
  const rights: Rights = { ...DEFAULT_RIGHTS[role] };
  for (const row of db.all(db.q.selectFrom('role_right').select(['module', 'level']).where('role', '=', role))) {
    if ((MODULES as readonly string[]).includes(row.module) && (LEVELS as readonly string[]).includes(row.level)) {
      rights[row.module as keyof Rights] = row.level as Level;
    }
  }
  return rights;
}

export function hasUsers(db: SyncDb): boolean {
  return db.get(db.q.selectFrom('staff_user').select('id').limit(1)) !== undefined;
}
