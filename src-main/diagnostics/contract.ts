import { z } from 'zod';
import { emptyInput, method } from '../core/contract.ts';

export const diagnosticsContract = {
  /**
   * The support report (versions, sizes, counts, the last log lines): administrators only by default (read on
   * administration, which no other role holds), though it carries no personal data.
   */
  'system.diagnostics': method({
    module: 'administration',
    right: 'read',
    kind: 'read',
    input: emptyInput,
    output: z.object({ text: z.string() }),
  }),
};
