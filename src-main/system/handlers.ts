import { migrations } from '../../db/migrations/index.ts';
import type { Handlers } from '../core/dispatch.ts';
import { AppError } from '../core/errors.ts';
import { fillDemoData } from '../demo/fill.ts';
import { APP_VERSION } from '../version.ts';
import type { systemContract } from './contract.ts';

export const systemHandlers: Handlers<typeof systemContract> = {
  'system.info': (_input, { db }) => ({
    version: APP_VERSION,
    schemaVersion: migrations.at(-1)?.version ?? 0,
    empty: !db.get(db.q.selectFrom('residence').select('id').limit(1)),
  }),

  'demo.fill': (_input, ctx) => {
    if (ctx.db.get(ctx.db.q.selectFrom('residence').select('id').limit(1))) {
      throw new AppError('CONFLICT', 'Les données de démonstration ne peuvent être chargées que dans une base vide.');
    }
    return fillDemoData(ctx);
  },
};
