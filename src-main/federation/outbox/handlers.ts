import type { z } from 'zod';
import type { HandlerContext } from '../../core/context.ts';
import type { Handlers } from '../../core/dispatch.ts';
import { AppError } from '../../core/errors.ts';
import { federationSettings } from '../../settings/store.ts';
import { buildExportBundle, type ExportBundle } from '../export/bundle.ts';
import type { AttemptOutcome, outboxContract } from './contract.ts';
import { exportAttempts, exportSummaries, exportSummary, insertExport, storedExport } from './store.ts';
import { outboxWorkerOf } from './worker.ts';
import { zipExport } from './zip.ts';

type Previewed = z.output<(typeof outboxContract)['federation.outbox.save']['input']>;

/** Builds the export again and checks it is the one the user saw; a changed figure means a new preview. */
function previewedBundle({ from, to, fingerprint, generatedAt }: Previewed, ctx: HandlerContext): ExportBundle {
  const bundle = buildExportBundle(ctx.db, { from, to }, generatedAt);
  if (bundle.fingerprint !== fingerprint) throw new AppError('CONFLICT', 'Les chiffres ont changé depuis l’aperçu : affichez-le de nouveau.');
  return bundle;
}

const userIdOf = (ctx: HandlerContext) => ctx.user?.id ?? null;

export const outboxHandlers: Handlers<typeof outboxContract> = {
  'federation.outbox.save': (input, ctx) => {
    const bundle = previewedBundle(input, ctx);
    const id = insertExport(ctx.db, { bundle, status: 'saved', endpointUrl: null, userId: userIdOf(ctx), now: ctx.nowIso() });
    return { id, ...zipExport(bundle.files, bundle.period) };
  },

  'federation.outbox.enqueue': (input, ctx) => {
    const { endpointUrl } = federationSettings(ctx.db);
    if (!endpointUrl) {
      throw new AppError('CONFLICT', 'Aucune adresse d’envoi n’est réglée : saisissez l’adresse https de la fédération dans Paramètres › Bureau › Fédération, ou enregistrez les fichiers pour les transmettre vous-même.');
    }
    const bundle = previewedBundle(input, ctx);
    const id = insertExport(ctx.db, { bundle, status: 'queued', endpointUrl, userId: userIdOf(ctx), now: ctx.nowIso() });
    // Once this write is committed, the worker tries at once rather than at its next minute (a failure is recorded
    // on the export by the worker itself; a backend closed in between simply leaves it queued).
    const worker = outboxWorkerOf(ctx.db);
    setImmediate(() => void worker.runNow().catch(() => undefined));
    return exportSummary(ctx.db, id);
  },

  'federation.outbox.list': (_input, { db }) => {
    const rows = exportSummaries(db);
    return { rows, waiting: rows.filter((row) => row.status === 'queued' || row.status === 'sending').length };
  },

  'federation.outbox.detail': ({ id }, { db }) => {
    const { summary, idempotencyKey, files } = storedExport(db, id);
    return {
      ...summary,
      idempotencyKey,
      files: files.map((file) => ({ name: file.name, mediaType: file.mediaType, sha256: file.sha256, bytes: Buffer.byteLength(file.content, 'utf8') })),
      history: exportAttempts(db, id).map((row) => ({
        id: row.id,
        attemptedAt: row.attempted_at,
        outcome: row.outcome as AttemptOutcome,
        httpStatus: row.http_status,
        message: row.message,
      })),
    };
  },

  'federation.outbox.download': ({ id }, { db }) => {
    const { summary, files } = storedExport(db, id);
    return zipExport(files, summary);
  },

  'federation.outbox.cancel': ({ id }, { db, nowIso }) => {
    const summary = exportSummary(db, id);
    if (summary.status === 'sending') throw new AppError('CONFLICT', 'Cet envoi est en cours : attendez la fin de la tentative (30 secondes au plus), puis annulez-le s’il attend encore.');
    if (summary.status !== 'queued') throw new AppError('CONFLICT', 'Seul un envoi en attente peut être annulé : celui-ci n’est plus dans la file d’envoi.');
    const now = nowIso();
    db.run(
      db.q
        .updateTable('federation_export')
        .set({ status: 'abandoned', next_attempt_at: null, last_error: 'Annulé avant envoi.', updated_at: now })
        .where('id', '=', id)
        .where('status', '=', 'queued'),
    );
    return exportSummary(db, id);
  },

  'federation.outbox.retryNow': (_input, { db }) => outboxWorkerOf(db).runNow(true),
};
