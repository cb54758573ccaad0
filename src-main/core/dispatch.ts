import type { z } from 'zod';
import type { Contract, Envelope, ErrorPayload } from './contract.ts';
import type { HandlerContext } from './context.ts';
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

export type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

const internalError: ErrorPayload = {
  code: 'INTERNAL',
  message: "Une erreur inattendue s'est produite ; rien n'a été enregistré. Réessayez ou contactez le support.",
  issues: [],
};

/**
 * The one entry point of the backend, shared by IPC, HTTP and tests: validates the input against the contract,
 * runs the handler (inside one transaction for writes) and answers with a result envelope, never a thrown error.
 */
export function createDispatch<C extends Contract>(
  contract: C,
  handlers: Handlers<C>,
  ctx: HandlerContext,
  options: DispatchOptions = {},
): Dispatch {
  return async (method, input) => {
    const spec = Object.hasOwn(contract, method) ? contract[method] : undefined;
    if (!spec) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Opération inconnue : « ${method} ».`, issues: [] } };
    }
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) return { ok: false, error: validationFailure(parsed.error) };
    const handler = handlers[method] as Handler<unknown, unknown>;
    try {
      const data = spec.kind === 'write' ? ctx.db.transaction(() => runSync(handler, parsed.data, ctx)) : await handler(parsed.data, ctx);
      if (options.checkOutputs) spec.output.parse(data);
      if (spec.kind === 'write') options.onWrite?.(method);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toPayload() };
      // Only the method and the error's own text are logged: never the input, which may hold personal data.
      ctx.logger.error('method failed', { method, error: error instanceof Error ? error.message.slice(0, 200) : 'unknown' });
      return { ok: false, error: internalError };
    }
  };
}

function runSync(handler: Handler<unknown, unknown>, input: unknown, ctx: HandlerContext): unknown {
  const result = handler(input, ctx);
  if (result instanceof Promise) throw new Error('A write handler must be synchronous to stay inside its transaction.');
  return result;
}
