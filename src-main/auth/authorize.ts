import type { MethodSpec } from '../core/contract.ts';
import type { CurrentUser } from '../core/context.ts';
import { AppError } from '../core/errors.ts';
import type { SyncDb } from '../../db/query.ts';
import { levelAtLeast, MODULE_LABELS, ROLE_LABELS } from './rights.ts';
import type { Session, SessionStore } from './sessions.ts';
import { findActiveUser, rightsOf } from './users.ts';

/**
 * Decides, before the input is even read, whether this session may call this method. Enforced here, in the
 * backend, for every transport: hiding a button in the UI is a convenience, not a protection.
 */
export function authorize(db: SyncDb, sessions: SessionStore, spec: MethodSpec, sessionId: string): { session: Session; user: CurrentUser | null } {
  const session = sessions.get(sessionId);
  if (!session) throw new AppError('UNAUTHENTICATED', 'Session inconnue : rouvrez Voisinage.');
  sessions.touch(session);
  const user = session.userId === null ? null : findActiveUser(db, session.userId);
  if (session.userId !== null && !user) sessions.signOutUser(session.userId);
  if (spec.access === 'public') return { session, user };

  if (!user) throw new AppError('UNAUTHENTICATED', 'Connectez-vous pour continuer.');
  if (session.locked) {
    throw new AppError('LOCKED', 'La session est verrouillée après une période d’inactivité : saisissez votre mot de passe.');
  }
  if (spec.access === 'user') return { session, user };

  const needed = spec.right ?? (spec.kind === 'read' ? 'read' : 'write');
  if (!levelAtLeast(rightsOf(db, user.role)[spec.module], needed)) {
    throw new AppError(
      'FORBIDDEN',
      `Votre rôle (${ROLE_LABELS[user.role]}) ne permet pas cette opération dans « ${MODULE_LABELS[spec.module]} ».`,
    );
  }
  return { session, user };
}
