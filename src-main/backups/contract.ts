import { z } from 'zod';
import { emptyInput, method } from '../core/contract.ts';

const backup = z.object({ name: z.string(), reason: z.string(), createdAt: z.string(), sizeBytes: z.number() });
const admin = { module: 'administration', right: 'admin' } as const;

export const backupsContract = {
  'backups.list': method({
    ...admin,
    kind: 'read',
    input: emptyInput,
    output: z.object({ backups: z.array(backup), folder: z.string(), secondFolder: z.string().nullable() }),
  }),
  'backups.create': method({
    ...admin,
    kind: 'action',
    input: emptyInput,
    output: z.object({ name: z.string(), sizeBytes: z.number(), secondCopy: z.object({ ok: z.boolean(), message: z.string().nullable() }).nullable() }),
  }),
  'backups.restore': method({
    ...admin,
    kind: 'action',
    input: z.object({ name: z.string().min(1).max(200) }),
    output: z.object({ restoredFrom: z.string(), keptCurrentAs: z.string().nullable() }),
  }),
  'backups.setSecondFolder': method({
    ...admin,
    kind: 'write',
    input: z.object({ folder: z.string().trim().max(500).nullable() }),
    output: z.object({ secondFolder: z.string().nullable() }),
  }),
};
