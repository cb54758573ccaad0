import { z } from 'zod';
import { emptyInput, method } from '../core/contract.ts';

const offer = z.object({ name: z.string(), createdAt: z.string(), reason: z.string() });

/**
 * The "damaged database" screen. Public on purpose: when the database cannot be read, neither can the accounts;
 * only the person at this PC (holding the window or the launch token) reaches these methods.
 */
export const recoveryContract = {
  'recovery.status': method({
    module: 'administration',
    kind: 'read',
    access: 'public',
    input: emptyInput,
    output: z.object({ damaged: z.boolean(), problem: z.string().nullable(), latestGood: offer.nullable(), others: z.array(offer) }),
  }),
  'recovery.restore': method({
    module: 'administration',
    kind: 'action',
    access: 'public',
    input: z.object({ name: z.string().min(1).max(200) }),
    output: z.object({ restoredFrom: z.string(), keptDamagedAs: z.string().nullable() }),
  }),
};
