import { z } from 'zod';
import { emptyInput, method } from '../core/contract.ts';

const view = z.object({
  status: z.enum(['idle', 'checking', 'available', 'downloading', 'verifying', 'ready', 'installing', 'error']),
  version: z.string().nullable(),
  percent: z.number().nullable(),
  checkedAt: z.string().nullable(),
  message: z.string().nullable(),
});
const answer = z.object({ ok: z.boolean(), state: view, message: z.string().nullable() });
const admin = { module: 'administration', right: 'admin' } as const;

/** Updates are applied only when an administrator asks for each step: check, download, install. */
export const updatesContract = {
  'updates.state': method({ ...admin, kind: 'read', input: emptyInput, output: z.object({ available: z.boolean(), state: view.nullable() }) }),
  'updates.check': method({ ...admin, kind: 'action', input: emptyInput, output: answer }),
  'updates.download': method({ ...admin, kind: 'action', input: emptyInput, output: answer }),
  'updates.install': method({ ...admin, kind: 'action', input: emptyInput, output: answer }),
  'updates.fromFile': method({ ...admin, kind: 'action', input: emptyInput, output: answer }),
};
