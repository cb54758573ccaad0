import { z } from 'zod';
import { isoDateSchema, method } from '../../core/contract.ts';

const exportFile = z.object({
  name: z.string(),
  mediaType: z.string(),
  /** UTF-8 bytes. */
  bytes: z.number(),
  sha256: z.string(),
  content: z.string(),
});

export const exportContract = {
  /**
   * Exactly what would leave the office for a period: the anonymised indicators (JSON, CSV), the format's description
   * and schema, the manifest and its fingerprint. Nothing is written: saving and sending are the outbox's.
   */
  'federation.export.preview': method({
    module: 'federation',
    kind: 'read',
    input: z.object({ from: isoDateSchema, to: isoDateSchema }),
    output: z.object({
      from: z.string(),
      to: z.string(),
      schemaVersion: z.string(),
      threshold: z.number(),
      /** The moment the figures were taken, also written in the manifest. */
      generatedAt: z.string(),
      fingerprint: z.string(),
      files: z.array(exportFile),
    }),
  }),
};
