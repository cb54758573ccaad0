import type { Handlers } from '../core/dispatch.ts';
import { AppError } from '../core/errors.ts';
import type { recoveryContract } from './contract.ts';

/** With a sound database the recovery screen has nothing to offer: restores go through Paramètres > Sauvegardes. */
export const recoveryHandlers: Handlers<typeof recoveryContract> = {
  'recovery.status': () => ({ damaged: false, problem: null, latestGood: null, others: [] }),
  'recovery.restore': () => {
    throw new AppError('CONFLICT', "La base de données n'est pas endommagée : restaurez depuis Paramètres, onglet Sauvegardes.");
  },
};
