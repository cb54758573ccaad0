import { z } from 'zod';
import { idSchema, isoDateSchema, method } from '../core/contract.ts';

const filters = z.object({
  userId: idSchema.nullable().default(null),
  from: isoDateSchema.nullable().default(null),
  to: isoDateSchema.nullable().default(null),
});

const entry = z.object({
  id: z.number(),
  at: z.string(),
  userLogin: z.string(),
  action: z.string(),
  method: z.string(),
  module: z.string(),
  target: z.string().nullable(),
});

const admin = { module: 'administration', right: 'admin', kind: 'read' } as const;

export const auditContract = {
  'audit.list': method({
    ...admin,
    input: filters.extend({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }),
    output: z.object({ rows: z.array(entry), total: z.number() }),
  }),
  'audit.export': method({ ...admin, input: filters, output: z.object({ fileName: z.string(), csv: z.string() }) }),
};

export type AuditRow = z.output<typeof entry>;
