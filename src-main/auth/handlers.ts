import { recordAudit } from '../audit/record.ts';
import type { HandlerContext } from '../core/context.ts';
import type { Handlers } from '../core/dispatch.ts';
import { AppError, invalidField } from '../core/errors.ts';
import type { authContract } from './contract.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { findActiveUser, hasUsers, rightsOf } from './users.ts';

export const LOCK_AFTER_MINUTES = 10;

function status({ db, session }: HandlerContext) {
  const user = session.userId === null ? null : findActiveUser(db, session.userId);
  return {
    setupDone: hasUsers(db),
    user,
    locked: user !== null && session.locked,
    rights: user ? rightsOf(db, user.role) : null,
    lockAfterMinutes: LOCK_AFTER_MINUTES,
  };
}

function passwordHashOf(ctx: HandlerContext, userId: number): string | undefined {
  return ctx.db.get(ctx.db.q.selectFrom('staff_user').select('password_hash').where('id', '=', userId).where('disabled_at', 'is', null))
    ?.password_hash;
}

/** Sign-ins are audited in their own transaction: a refused one is recorded although the call fails. */
function auditSignIn(ctx: HandlerContext, userId: number | null, login: string, action: string) {
  ctx.db.transaction(() =>
    recordAudit(ctx.db, { at: ctx.nowIso(), user: { id: userId, login }, action, method: 'auth.login', module: 'administration', target: null }),
  );
}

const WRONG_CREDENTIALS = 'Identifiant ou mot de passe incorrect.';

export const authHandlers: Handlers<typeof authContract> = {
  'auth.status': (_input, ctx) => status(ctx),

  'auth.setup': ({ login, displayName, password }, ctx) => {
    if (hasUsers(ctx.db)) throw new AppError('CONFLICT', 'Voisinage est déjà configuré : connectez-vous avec un compte existant.');
    const now = ctx.nowIso();
    const { id } = ctx.db.get(
      ctx.db.q
        .insertInto('staff_user')
        .values({ login, display_name: displayName, role: 'administrator', password_hash: hashPassword(password), password_changed_at: now, created_at: now, updated_at: now })
        .returning('id'),
    )!;
    Object.assign(ctx.session, { userId: id, locked: false });
    return status(ctx);
  },

  'auth.login': ({ login, password }, ctx) => {
    const row = ctx.db.get(
      ctx.db.q.selectFrom('staff_user').select(['id', 'login', 'password_hash', 'disabled_at']).where('login', '=', login).where('disabled_at', 'is', null),
    );
    // The same message and the same work whether the login exists or not: no hint for someone guessing.
    const valid = verifyPassword(password, row?.password_hash ?? hashPassword('not-a-password'));
    if (!row || !valid) {
      auditSignIn(ctx, row?.id ?? null, login, 'connexion refusée');
      throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    Object.assign(ctx.session, { userId: row.id, locked: false, lastActivityMs: ctx.clock.now().getTime() });
    auditSignIn(ctx, row.id, row.login, 'connexion');
    return status(ctx);
  },

  'auth.unlock': ({ password }, ctx) => {
    const hash = ctx.session.userId === null ? undefined : passwordHashOf(ctx, ctx.session.userId);
    if (!hash) throw new AppError('UNAUTHENTICATED', 'Connectez-vous pour continuer.');
    if (!verifyPassword(password, hash)) throw invalidField('password', 'Mot de passe incorrect.');
    Object.assign(ctx.session, { locked: false, lastActivityMs: ctx.clock.now().getTime() });
    return status(ctx);
  },

  'auth.lock': (_input, ctx) => {
    ctx.session.locked = true;
    return status(ctx);
  },

  'auth.logout': (_input, ctx) => {
    Object.assign(ctx.session, { userId: null, locked: false });
    return status(ctx);
  },

  'auth.changePassword': ({ current, next }, ctx) => {
    const user = ctx.user!;
    if (!verifyPassword(current, passwordHashOf(ctx, user.id) ?? '')) throw invalidField('current', 'Le mot de passe actuel est incorrect.');
    const now = ctx.nowIso();
    ctx.db.run(ctx.db.q.updateTable('staff_user').set({ password_hash: hashPassword(next), password_changed_at: now, updated_at: now }).where('id', '=', user.id));
    return { changed: true as const };
  },
};
