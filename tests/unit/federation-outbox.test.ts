import { createHash } from 'node:crypto';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { runOutboxPass } from '../../src-main/federation/outbox/worker.ts';
import { silentLogger } from '../../src-main/core/logger.ts';
import Database from 'better-sqlite3';
import { SyncDb } from '../../db/query.ts';
import { call, expectError } from './helpers.ts';
import { type Office, office, queueExport } from './federation-outbox-fixtures.ts';
import { type Receiver, startReceiver } from './federation-outbox-server.ts';

/*
 * The outbox against a local HTTPS receiver that fails, hangs, is down, comes back, refuses: every attempt is
 * recorded, a waiting export is retried with a backoff, and one export is received exactly once.
 */

const MINUTE = 60_000;
const PASSWORD = 'mot-de-passe-guichet';

async function receiver(): Promise<Receiver> {
  const started = await startReceiver();
  onTestFinished(() => started.stop());
  return started;
}

async function setUp(options: { timeoutMs?: number } = {}) {
  const federation = await receiver();
  const o = await office({ ca: federation.ca, timeoutMs: options.timeoutMs ?? 2_000 });
  return { federation, o };
}

const row = (o: Office, id: number) => o.db.get(o.db.q.selectFrom('federation_export').selectAll().where('id', '=', id))!;
const attempts = (o: Office, id: number) => o.db.all(o.db.q.selectFrom('federation_attempt').selectAll().where('export_id', '=', id).orderBy('id'));

describe('federation outbox: sending', () => {
  it('sends a queued export once, with its key, the manifest and the very files stored', async () => {
    const { federation, o } = await setUp();
    const id = queueExport(o, federation.url);

    const result = await call(o.admin, 'federation.outbox.retryNow', {});

    expect(result).toEqual({ tried: 1, sent: 1, waiting: 0 });
    const stored = row(o, id);
    expect(stored).toMatchObject({ status: 'sent', attempts: 1, sent_at: o.now(), next_attempt_at: null, last_error: '' });
    expect(federation.requests).toHaveLength(1);
    const [request] = federation.requests;
    expect(request!.key).toBe(stored.idempotency_key);
    expect(request!.contentType).toMatch(/^application\/json/);
    expect(request!.body.files).toEqual(JSON.parse(stored.files));
    const manifest = JSON.parse(stored.files).find((file: { name: string }) => file.name === 'manifeste.json');
    expect(request!.body.manifest).toEqual(JSON.parse(manifest.content));
    expect(attempts(o, id)).toMatchObject([{ outcome: 'sent', http_status: 201 }]);
  });

  it('keeps an export the server failed (HTTP 500) in the outbox, retried after 1, then 5 minutes', async () => {
    const { federation, o } = await setUp();
    federation.answer = 500;
    const id = queueExport(o, federation.url);

    expect(await call(o.admin, 'federation.outbox.retryNow', {})).toEqual({ tried: 1, sent: 0, waiting: 1 });
    const first = row(o, id);
    expect(first.status).toBe('queued');
    expect(first.attempts).toBe(1);
    expect(Date.parse(first.next_attempt_at!) - Date.parse(o.now())).toBe(MINUTE);
    expect(first.last_error).toContain('HTTP 500');
    expect(attempts(o, id)).toMatchObject([{ outcome: 'failed', http_status: 500 }]);

    // The worker's own passes respect the backoff: nothing before the minute, a new attempt after it.
    const ctx = { db: o.db, logger: silentLogger, nowIso: o.now };
    const options = { ca: federation.ca, timeoutMs: 2_000 };
    o.advance(30_000);
    expect(await runOutboxPass(ctx, options, false)).toEqual({ tried: 0, sent: 0, waiting: 1 });
    o.advance(30_000);
    expect(await runOutboxPass(ctx, options, false)).toEqual({ tried: 1, sent: 0, waiting: 1 });
    expect(Date.parse(row(o, id).next_attempt_at!) - Date.parse(o.now())).toBe(5 * MINUTE);
    expect(attempts(o, id)).toHaveLength(2);

    federation.answer = 'accept';
    o.advance(5 * MINUTE);
    expect(await runOutboxPass(ctx, options, false)).toEqual({ tried: 1, sent: 1, waiting: 0 });
    expect(federation.receipts.get(row(o, id).idempotency_key)).toBe(1);
  });

  it('gives up an attempt the server never answers (timeout) and keeps the export waiting', async () => {
    const { federation, o } = await setUp({ timeoutMs: 300 });
    federation.answer = 'hang';
    const id = queueExport(o, federation.url);

    expect(await call(o.admin, 'federation.outbox.retryNow', {})).toEqual({ tried: 1, sent: 0, waiting: 1 });

    expect(row(o, id)).toMatchObject({ status: 'queued', attempts: 1 });
    expect(attempts(o, id)).toMatchObject([{ outcome: 'timeout', http_status: null }]);
    expect(row(o, id).last_error).toContain('n’a pas répondu');
  });

  it('sends an export queued while the server was down exactly once when it comes back, even asked twice at once', async () => {
    const { federation, o } = await setUp();
    await federation.stop();
    const id = queueExport(o, federation.url);

    expect(await call(o.admin, 'federation.outbox.retryNow', {})).toEqual({ tried: 1, sent: 0, waiting: 1 });
    expect(attempts(o, id)).toMatchObject([{ outcome: 'offline', http_status: null }]);
    expect(row(o, id)).toMatchObject({ status: 'queued' });
    expect(row(o, id).last_error).toContain('ECONNREFUSED');

    await federation.start();
    const [a, b] = await Promise.all([call(o.admin, 'federation.outbox.retryNow', {}), call(o.admin, 'federation.outbox.retryNow', {})]);

    expect(a.sent + b.sent).toBe(1);
    expect(federation.requests).toHaveLength(1);
    expect(federation.receipts.get(row(o, id).idempotency_key)).toBe(1);
    expect(row(o, id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('keeps trying every minute while the office is offline, however long it lasts', async () => {
    const { federation, o } = await setUp();
    await federation.stop();
    const id = queueExport(o, federation.url);
    for (let attempt = 0; attempt < 6; attempt++) await call(o.admin, 'federation.outbox.retryNow', {});

    expect(attempts(o, id).map((a) => a.outcome)).toEqual(Array(6).fill('offline'));
    expect(Date.parse(row(o, id).next_attempt_at!) - Date.parse(o.now())).toBe(MINUTE);
  });

  it('never sends one export twice when two passes on two connections run at once (atomic claim)', async () => {
    const { federation, o } = await setUp();
    const ids = [queueExport(o, federation.url, 29), queueExport(o, federation.url, 30), queueExport(o, federation.url, 31)];
    const options = { ca: federation.ca, timeoutMs: 2_000 };
    // Two handles on the same file, as two processes would hold.
    const sqlite = new Database(o.backend.databaseFile);
    onTestFinished(() => {
      sqlite.close();
    });
    const passes = await Promise.all([
      runOutboxPass({ db: o.db, logger: silentLogger, nowIso: o.now }, options, true),
      runOutboxPass({ db: new SyncDb(sqlite), logger: silentLogger, nowIso: o.now }, options, true),
    ]);

    expect(passes[0].sent + passes[1].sent).toBe(3);
    expect(federation.requests).toHaveLength(3);
    for (const id of ids) expect(federation.receipts.get(row(o, id).idempotency_key)).toBe(1);
  });

  it('counts a 409 "already received" as sent, without an error', async () => {
    const { federation, o } = await setUp();
    const id = queueExport(o, federation.url);
    federation.receipts.set(row(o, id).idempotency_key, 1);

    expect(await call(o.admin, 'federation.outbox.retryNow', {})).toMatchObject({ sent: 1, waiting: 0 });

    expect(row(o, id)).toMatchObject({ status: 'sent', last_error: '' });
    expect(attempts(o, id)).toMatchObject([{ outcome: 'sent', http_status: 409 }]);
    expect(federation.receipts.get(row(o, id).idempotency_key)).toBe(1);
  });

  it('abandons an export the federation refuses (HTTP 422) and never retries it', async () => {
    const { federation, o } = await setUp();
    federation.answer = 422;
    const id = queueExport(o, federation.url);

    expect(await call(o.admin, 'federation.outbox.retryNow', {})).toEqual({ tried: 1, sent: 0, waiting: 0 });
    expect(row(o, id)).toMatchObject({ status: 'abandoned', next_attempt_at: null });
    expect(row(o, id).last_error).toContain('ne sera pas renvoyé automatiquement');
    expect(row(o, id).last_error).toContain('réponse 422');

    federation.answer = 'accept';
    expect(await call(o.admin, 'federation.outbox.retryNow', {})).toEqual({ tried: 0, sent: 0, waiting: 0 });
    expect(federation.requests).toHaveLength(1);
  });

  it('retries 429 "too many requests" rather than abandoning', async () => {
    const { federation, o } = await setUp();
    federation.answer = 429;
    const id = queueExport(o, federation.url);
    await call(o.admin, 'federation.outbox.retryNow', {});
    expect(row(o, id)).toMatchObject({ status: 'queued' });
    expect(attempts(o, id)).toMatchObject([{ outcome: 'failed', http_status: 429 }]);
  });

  it('refuses a server whose certificate is not trusted, and keeps the export', async () => {
    const federation = await receiver();
    const o = await office({ timeoutMs: 2_000 }); // no CA given: the self-signed certificate is unknown
    const id = queueExport(o, federation.url);
    await call(o.admin, 'federation.outbox.retryNow', {});
    expect(federation.requests).toHaveLength(0);
    expect(row(o, id)).toMatchObject({ status: 'queued' });
    expect(row(o, id).last_error).toContain('certificat');
  });

  it('puts back at start-up an export a crash left "sending", and sends it with the same key', async () => {
    const { federation, o } = await setUp();
    const id = queueExport(o, federation.url);
    o.db.run(o.db.q.updateTable('federation_export').set({ status: 'sending' }).where('id', '=', id));
    const key = row(o, id).idempotency_key;
    o.backend.close();

    const reopened = await office({ ca: federation.ca, timeoutMs: 2_000 }, o.backend.dataDir);
    await call(reopened.admin, 'federation.outbox.retryNow', {});

    expect(row(reopened, id)).toMatchObject({ status: 'sent' });
    expect(federation.requests.map((request) => request.key)).toEqual([key]);
  });
});

describe('federation outbox: history and cancel', () => {
  it('lists exports with their attempts, cancels a waiting one and keeps it in the history', async () => {
    const { federation, o } = await setUp();
    federation.answer = 503;
    const id = queueExport(o, federation.url);
    await call(o.admin, 'federation.outbox.retryNow', {});

    const listed = await call(o.admin, 'federation.outbox.list', {});
    expect(listed.waiting).toBe(1);
    expect(listed.rows).toMatchObject([{ id, status: 'queued', attempts: 1, from: '2025-01-01', to: '2025-12-31' }]);
    const detail = await call(o.admin, 'federation.outbox.detail', { id });
    expect(detail.history).toMatchObject([{ outcome: 'failed', httpStatus: 503 }]);
    expect(detail.files.map((file) => file.name)).toEqual(['indicateurs.json', 'indicateurs.csv', 'format-indicateurs.md', 'indicateurs-1.0.schema.json', 'manifeste.json']);

    const cancelled = await call(o.admin, 'federation.outbox.cancel', { id });
    expect(cancelled).toMatchObject({ id, status: 'abandoned', nextAttemptAt: null });
    federation.answer = 'accept';
    expect(await call(o.admin, 'federation.outbox.retryNow', {})).toEqual({ tried: 0, sent: 0, waiting: 0 });
    expect((await call(o.admin, 'federation.outbox.list', {})).rows).toMatchObject([{ id, status: 'abandoned' }]);
    expect(federation.requests).toHaveLength(1);
  });

  it('refuses to cancel an export already sent, in French, changing nothing', async () => {
    const { federation, o } = await setUp();
    const id = queueExport(o, federation.url);
    await call(o.admin, 'federation.outbox.retryNow', {});
    const before = row(o, id);

    const error = expectError(await o.admin.invoke('federation.outbox.cancel', { id }), 'CONFLICT');

    expect(error.message).toContain('Seul un envoi en attente peut être annulé');
    expect(row(o, id)).toEqual(before);
    expectError(await o.admin.invoke('federation.outbox.cancel', { id: 9999 }), 'NOT_FOUND');
  });

  it('gives the counter role no access to the outbox', async () => {
    const { o } = await setUp();
    await call(o.admin, 'staff.create', { login: 'guichet', displayName: 'Agent guichet', role: 'counter', password: PASSWORD });
    const counter = o.backend.connect();
    await call(counter, 'auth.login', { login: 'guichet', password: PASSWORD });
    expectError(await counter.invoke('federation.outbox.list', {}), 'FORBIDDEN');
    expectError(await counter.invoke('federation.outbox.retryNow', {}), 'FORBIDDEN');
  });
});

describe('federation outbox: the real export, end to end', () => {
  it('queues the demo office’s previewed export while offline, then delivers it exactly once with matching hashes', async () => {
    const { federation, o } = await setUp();
    await call(o.admin, 'demo.fill', {});
    await call(o.admin, 'settings.saveOffice', { name: 'Office de démonstration', legalForm: 'oph', siren: '732829320' });
    await call(o.admin, 'settings.saveFederation', { endpointUrl: federation.url, label: 'Fédération test' });
    await federation.stop();
    const preview = await call(o.admin, 'federation.export.preview', { from: '2025-01-01', to: '2025-12-31' });

    const queued = await call(o.admin, 'federation.outbox.enqueue', { from: preview.from, to: preview.to, fingerprint: preview.fingerprint, generatedAt: preview.generatedAt });
    // The worker tries at once on its own and finds the server down.
    await vi.waitFor(() => expect(attempts(o, queued.id)).toMatchObject([{ outcome: 'offline' }]));
    expect(row(o, queued.id).status).toBe('queued');

    await federation.start();
    await Promise.all([call(o.admin, 'federation.outbox.retryNow', {}), call(o.admin, 'federation.outbox.retryNow', {})]);

    expect(federation.requests).toHaveLength(1);
    expect(federation.receipts.get(row(o, queued.id).idempotency_key)).toBe(1);
    const { body } = federation.requests[0]!;
    expect(body.files.map((file) => file.name)).toEqual(preview.files.map((file) => file.name));
    for (const file of body.files) expect(createHash('sha256').update(file.content, 'utf8').digest('hex')).toBe(file.sha256);
    const manifest = preview.files.find((file) => file.name === 'manifeste.json')!;
    expect(body.manifest).toEqual(JSON.parse(manifest.content));
    expect(createHash('sha256').update(manifest.content, 'utf8').digest('hex')).toBe(preview.fingerprint);
  });
});
