import { randomUUID } from 'node:crypto';
import type { InferResult } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import { notFound } from '../../core/errors.ts';
import type { ExportBundle, ExportFile } from '../export/bundle.ts';
import type { ExportStatus, ExportSummary } from './contract.ts';

/* The federation_export rows: storing an export as it was previewed, reading it back for the history. */

interface NewExport {
  bundle: ExportBundle;
  status: Extract<ExportStatus, 'saved' | 'queued'>;
  endpointUrl: string | null;
  userId: number | null;
  now: string;
}

/** Stores the exact files of an export (a retry sends the same bytes) with a fresh idempotency key. */
export function insertExport(db: SyncDb, { bundle, status, endpointUrl, userId, now }: NewExport): number {
  const row = db.get(
    db.q
      .insertInto('federation_export')
      .values({
        period_from: bundle.period.from,
        period_to: bundle.period.to,
        schema_version: bundle.schemaVersion,
        threshold: bundle.threshold,
        files: JSON.stringify(bundle.files),
        idempotency_key: randomUUID(),
        status,
        endpoint_url: endpointUrl,
        attempts: 0,
        sent_at: null,
        last_error: '',
        // A queued export is due at once: the worker picks it up on its next pass.
        next_attempt_at: status === 'queued' ? now : null,
        created_by: userId,
        created_at: now,
        updated_at: now,
      })
      .returning('id'),
  );
  return row!.id;
}

const summaryQuery = (db: SyncDb) =>
  db.q
    .selectFrom('federation_export as e')
    .leftJoin('staff_user as u', 'u.id', 'e.created_by')
    .select([
      'e.id',
      'e.period_from',
      'e.period_to',
      'e.schema_version',
      'e.threshold',
      'e.status',
      'e.endpoint_url',
      'e.attempts',
      'e.next_attempt_at',
      'e.sent_at',
      'e.last_error',
      'e.created_at',
      'u.display_name',
    ]);

type SummaryRow = InferResult<ReturnType<typeof summaryQuery>>[number];

const toSummary = (row: SummaryRow): ExportSummary => ({
  id: row.id,
  from: row.period_from,
  to: row.period_to,
  schemaVersion: row.schema_version,
  threshold: row.threshold,
  status: row.status as ExportStatus,
  endpointUrl: row.endpoint_url,
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at,
  sentAt: row.sent_at,
  lastError: row.last_error,
  createdAt: row.created_at,
  createdBy: row.display_name ?? '',
});

export function exportSummary(db: SyncDb, id: number): ExportSummary {
  const row = db.get(summaryQuery(db).where('e.id', '=', id));
  if (!row) throw notFound('Envoi');
  return toSummary(row);
}

export function exportSummaries(db: SyncDb): ExportSummary[] {
  return db.all(summaryQuery(db).orderBy('e.created_at', 'desc').orderBy('e.id', 'desc')).map(toSummary);
}

/** An export with its idempotency key and the very files stored, read in one go (the detail, a download). */
export function storedExport(db: SyncDb, id: number): { summary: ExportSummary; idempotencyKey: string; files: ExportFile[] } {
  const row = db.get(summaryQuery(db).select(['e.idempotency_key', 'e.files']).where('e.id', '=', id));
  if (!row) throw notFound('Envoi');
  return { summary: toSummary(row), idempotencyKey: row.idempotency_key, files: JSON.parse(row.files) as ExportFile[] };
}

export function exportAttempts(db: SyncDb, id: number) {
  return db.all(
    db.q
      .selectFrom('federation_attempt')
      .select(['id', 'attempted_at', 'outcome', 'http_status', 'message'])
      .where('export_id', '=', id)
      .orderBy('attempted_at', 'desc')
      .orderBy('id', 'desc'),
  );
}
