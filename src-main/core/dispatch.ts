import type { z } from 'zod';
import { authorize } from '../auth/authorize.ts';
import { findActiveUser } from '../auth/users.ts';
import { auditTarget, recordAudit } from '../audit/record.ts';
import type { Contract, Envelope, ErrorPayload, MethodSpec } from './contract.ts';
import type { BaseContext, HandlerContext } from './context.ts';
import { AppError, validationFailure } from './errors.ts';

export type Handler<I, O> = (input: I, ctx: HandlerContext) => O | Promise<O>;

export type Handlers<C extends Contract> = {
  [M in keyof C]: Handler<z.output<C[M]['input']>, z.input<C[M]['output']>>;
};

export interface DispatchOptions {
  /** Validates every result against the contract too (on in tests, to keep handlers honest). */
  checkOutputs?: boolean;
  onWrite?: (method: string) => void;
}

export type Dispatch = (method: string, input: unknown, sessionId: string) => Promise<Envelope<unknown>>;

const internalError: ErrorPayload = {
  code: 'INTERNAL',
  message: "Une erreur inattendue s'est produite ; rien n'a été enregistré. Réessayez ou contactez le support.",
  issues: [],
};

/**
 * The one entry point of the backend, shared by IPC, HTTP and tests: checks the caller's rights, validates the
 * input against the contract, runs the handler (a write inside one transaction, with its audit entry) and answers
 * with a result envelope, never a thrown error.
 */
export function createDispatch<C extends Contract>(
  contract: C,
  handlers: Handlers<C>,
  base: BaseContext,
  options: DispatchOptions = {},
): Dispatch {
  return async (method, input, sessionId) => {
    const spec: MethodSpec | undefined = Object.hasOwn(contract, method) ? contract[method] : undefined;
    if (!spec) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Opération inconnue : « ${method} ».`, issues: [] } };
    }
    const handler = handlers[method] as Handler<unknown, unknown>;
    try {
      const ctx: HandlerContext = { ...base, ...authorize(base.db, base.sessions, spec, sessionId) };
      const parsed = spec.input.safeParse(input);
      if (!parsed.success) return { ok: false, error: validationFailure(parsed.error) };
      const audit = (action: string, data: unknown) => {
        // A first-run setup signs its administrator in while running: name them in its entry.
        let user: { id: number | null; login: string } | null =
          ctx.user ?? (ctx.session.userId === null ? null : findActiveUser(base.db, ctx.session.userId));
        // An action may replace the whole database (a restore): the account may not exist in it any more.
        if (spec.kind === 'action' && user?.id != null && !findActiveUser(base.db, user.id)) user = { id: null, login: user.login };
        recordAudit(base.db, { at: base.nowIso(), user, action, method, module: spec.module, target: auditTarget(parsed.data, data) });
      };

      let data: unknown;
      if (spec.kind === 'write') {
        data = base.db.transaction(() => {
          const result = runSync(handler, parsed.data, ctx);
          audit('écriture', result);
          return result;
        });
      } else {
        data = await handler(parsed.data, ctx);
        if (spec.kind === 'action') base.db.transaction(() => audit('action', data));
        else if (spec.restricted) base.db.transaction(() => audit('lecture restreinte', data));
      }
      if (options.checkOutputs) spec.output.parse(data);
      if (spec.kind !== 'read') options.onWrite?.(method);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toPayload() };
      // Only the method and the error's own text are logged: never the input, which may hold personal data.
      base.logger.error('method failed', { method, error: error instanceof Error ? error.message.slice(0, 200) : 'unknown' });
      return { ok: false, error: internalError };
    }
  };
}

function runSync(handler: Handler<unknown, unknown>, input: unknown, ctx: HandlerContext): unknown {
  const result = handler(input, ctx);
  if (result instanceof Promise) throw new Error('A write handler must be synchronous to stay inside its transaction.');
  return result;
}
