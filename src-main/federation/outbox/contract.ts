import { z } from 'zod';
import { emptyInput, idSchema, isoDateSchema, method } from '../../core/contract.ts';

/* Saving an export to files, the outbox that sends it to the federation over HTTPS, and the history of both. */

const EXPORT_STATUSES = ['saved', 'queued', 'sending', 'sent', 'abandoned'] as const;
const ATTEMPT_OUTCOMES = ['sent', 'refused', 'failed', 'timeout', 'offline'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];

const read = { module: 'federation', kind: 'read' } as const;
const write = { module: 'federation', kind: 'write' } as const;

/** What the preview showed: the period and the fingerprint of its manifest (and the moment it was built). */
const previewed = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  fingerprint: z
    .string({ error: 'L’empreinte de l’aperçu manque : affichez de nouveau l’aperçu.' })
    .regex(/^[0-9a-f]{64}$/, { error: 'L’empreinte de l’aperçu est invalide : affichez de nouveau l’aperçu.' }),
  /** The preview's generation time, written in its manifest: the files are rebuilt as of that moment. */
  generatedAt: z.iso.datetime({ offset: true, error: 'L’heure de l’aperçu manque ou est invalide : affichez de nouveau l’aperçu.' }),
});

const exportSummary = z.object({
  id: z.number(),
  from: z.string(),
  to: z.string(),
  schemaVersion: z.string(),
  threshold: z.number(),
  status: z.enum(EXPORT_STATUSES),
  endpointUrl: z.string().nullable(),
  attempts: z.number(),
  nextAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  /** The latest failure, in French ('' when none). */
  lastError: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
});

const attempt = z.object({
  id: z.number(),
  attemptedAt: z.string(),
  outcome: z.enum(ATTEMPT_OUTCOMES),
  httpStatus: z.number().nullable(),
  message: z.string(),
});

const zipFile = z.object({ fileName: z.string(), base64: z.string() });

export type ExportSummary = z.output<typeof exportSummary>;

export const outboxContract = {
  /** Writes the previewed export to one .zip for a USB key or an e-mail, and keeps it in the history. */
  'federation.outbox.save': method({ ...write, input: previewed, output: zipFile.extend({ id: z.number() }) }),
  /** Puts the previewed export in the outbox, for the federation's address set in Paramètres. */
  'federation.outbox.enqueue': method({ ...write, input: previewed, output: exportSummary }),
  /** Every export, latest first, with how many are waiting. */
  'federation.outbox.list': method({
    ...read,
    input: emptyInput,
    output: z.object({ rows: z.array(exportSummary), waiting: z.number() }),
  }),
  /** One export with its files (names and SHA-256) and every sending attempt, latest first. */
  'federation.outbox.detail': method({
    ...read,
    input: z.object({ id: idSchema }),
    output: exportSummary.extend({
      idempotencyKey: z.string(),
      files: z.array(z.object({ name: z.string(), mediaType: z.string(), sha256: z.string(), bytes: z.number() })),
      history: z.array(attempt),
    }),
  }),
  /** The same .zip again, byte for byte the files that were saved or sent. */
  'federation.outbox.download': method({ ...read, input: z.object({ id: idSchema }), output: zipFile }),
  /** Takes a waiting export out of the outbox; it stays in the history as abandoned. */
  'federation.outbox.cancel': method({ ...write, input: z.object({ id: idSchema }), output: exportSummary }),
  /**
   * Tries every waiting export now, whatever its next attempt time (the network came back, or the user asked), and
   * answers once the attempts are over.
   */
  'federation.outbox.retryNow': method({
    module: 'federation',
    kind: 'action',
    right: 'write',
    input: emptyInput,
    output: z.object({ tried: z.number(), sent: z.number(), waiting: z.number() }),
  }),
};
