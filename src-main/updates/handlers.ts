import type { HandlerContext } from '../core/context.ts';
import type { Handlers } from '../core/dispatch.ts';
import { AppError } from '../core/errors.ts';
import type { updatesContract } from './contract.ts';
import type { UpdatesPort } from './port.ts';

function port(ctx: HandlerContext): UpdatesPort {
  if (!ctx.updates.current) {
    throw new AppError('CONFLICT', "Les mises à jour s'installent depuis l'application de bureau ; ce mode navigateur ne peut pas les appliquer.");
  }
  return ctx.updates.current;
}

export const updatesHandlers: Handlers<typeof updatesContract> = {
  'updates.state': (_input, ctx) => ({ available: ctx.updates.current !== null, state: ctx.updates.current?.state() ?? null }),
  'updates.check': (_input, ctx) => port(ctx).check(),
  'updates.download': (_input, ctx) => port(ctx).download(),
  'updates.install': (_input, ctx) => port(ctx).install(),
  'updates.fromFile': (_input, ctx) => port(ctx).prepareFromFile(),
};
