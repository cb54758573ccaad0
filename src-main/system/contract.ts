import { z } from 'zod';
import { emptyInput, method } from '../core/contract.ts';

export const systemContract = {
  'system.info': method({
    module: 'settings',
    kind: 'read',
    access: 'public',
    input: emptyInput,
    output: z.object({
      version: z.string(),
      schemaVersion: z.number(),
      /** true while the office has no residence yet: the UI then offers the demo data. */
      empty: z.boolean(),
    }),
  }),
  'demo.fill': method({
    module: 'administration',
    kind: 'write',
    right: 'admin',
    input: emptyInput,
    output: z.object({ residences: z.number(), dwellings: z.number() }),
  }),
};
