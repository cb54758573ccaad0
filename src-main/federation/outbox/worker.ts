import type { SyncDb } from '../../../db/query.ts';
import type { BaseContext } from '../../core/context.ts';
import { federationSettings } from '../../settings/store.ts';
import type { ExportFile } from '../export/bundle.ts';
import { type SendOptions, type SendResult, sendExport } from './sender.ts';

/*
 * The outbox worker of the main process. Each export is claimed (queued → sending) in one write, sent over HTTPS
 * outside any transaction, then its outcome recorded in another write. The claim is a compare-and-set on the status,
 * so two passes running at once never send the same export twice.
 */

export interface OutboxOptions extends SendOptions {
  /** How often the outbox is looked at (every minute by default). */
  intervalMs?: number;
}

interface PassResult {
  tried: number;
  sent: number;
  /** Exports still waiting in the outbox after the pass. */
  waiting: number;
}

interface OutboxWorker {
  /** Tries the due exports, or every waiting one with `everyWaiting` (the network came back, the user asked). */
  runNow(everyWaiting?: boolean): Promise<PassResult>;
  stop(): void;
}

type WorkerContext = Pick<BaseContext, 'db' | 'logger' | 'nowIso'>;

/** Minutes before the next try after the 1st, 2nd, 3rd, 4th failed attempt; hourly after that. */
const BACKOFF_MINUTES = [1, 5, 15, 60];
const DEFAULT_INTERVAL_MS = 60_000;

/**
 * An office offline (no route, no name resolution, connection refused) bothers no server: it tries again every minute
 * so the export leaves soon after the network comes back, even after days. A server that answers badly gets the backoff.
 */
function retryDelayMinutes(result: SendResult, attempts: number): number {
  if (result.outcome === 'offline') return 1;
  return BACKOFF_MINUTES[Math.max(0, attempts - 1)] ?? 60;
}

const addMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/** An export left 'sending' by a crash goes back to the outbox; the receiver drops the copy if it did arrive. */
function requeueInterrupted(db: SyncDb, now: string): number {
  return db.transaction(
    () => db.run(db.q.updateTable('federation_export').set({ status: 'queued', next_attempt_at: now, updated_at: now }).where('status', '=', 'sending')).changes,
  );
}

interface Claimed {
  id: number;
  url: string;
  idempotencyKey: string;
  files: ExportFile[];
}

/** queued → sending, only if still queued: false when another pass (or a cancel) got there first. */
function claimExport(db: SyncDb, id: number, now: string): Claimed | null {
  return db.transaction(() => {
    const claimed = db.run(
      db.q.updateTable('federation_export').set({ status: 'sending', updated_at: now }).where('id', '=', id).where('status', '=', 'queued'),
    ).changes;
    if (claimed !== 1) return null;
    const row = db.get(db.q.selectFrom('federation_export').select(['endpoint_url', 'idempotency_key', 'files']).where('id', '=', id))!;
    return { id, url: row.endpoint_url ?? '', idempotencyKey: row.idempotency_key, files: JSON.parse(row.files) as ExportFile[] };
  });
}

/** Writes the attempt and the export's new status: sent, abandoned (refused), or back to queued with a backoff. */
function recordOutcome(db: SyncDb, id: number, result: SendResult, now: string): void {
  db.transaction(() => {
    db.run(
      db.q.insertInto('federation_attempt').values({ export_id: id, attempted_at: now, outcome: result.outcome, http_status: result.httpStatus, message: result.message }),
    );
    const { attempts } = db.get(db.q.selectFrom('federation_export').select('attempts').where('id', '=', id))!;
    const tried = attempts + 1;
    const common = { attempts: tried, updated_at: now };
    const change =
      result.outcome === 'sent'
        ? { ...common, status: 'sent', sent_at: now, next_attempt_at: null, last_error: '' }
        : result.outcome === 'refused'
          ? { ...common, status: 'abandoned', next_attempt_at: null, last_error: result.message }
          : { ...common, status: 'queued', next_attempt_at: addMinutes(now, retryDelayMinutes(result, tried)), last_error: result.message };
    db.run(db.q.updateTable('federation_export').set(change).where('id', '=', id).where('status', '=', 'sending'));
  });
}

function waitingIds(db: SyncDb, now: string, everyWaiting: boolean): number[] {
  let query = db.q.selectFrom('federation_export').select('id').where('status', '=', 'queued');
  if (!everyWaiting) query = query.where('next_attempt_at', '<=', now);
  return db.all(query.orderBy('created_at').orderBy('id')).map((row) => row.id);
}

/** The authorities trusted on top of the public ones: the office's setting, read at each attempt, and the options'. */
function withExtraAuthorities(db: SyncDb, options: SendOptions): SendOptions {
  const pems = [federationSettings(db).caCertificate, options.ca].filter((pem) => pem);
  return { ...options, ca: pems.length > 0 ? pems.join('\n') : undefined };
}

const countWaiting = (db: SyncDb) =>
  db.get(db.q.selectFrom('federation_export').select((eb) => eb.fn.countAll<number>().as('n')).where('status', 'in', ['queued', 'sending']))!.n;

/** One look at the outbox: every export claimed here is sent once and its outcome recorded. */
export async function runOutboxPass(ctx: WorkerContext, options: SendOptions, everyWaiting: boolean, onChange: () => void = () => {}): Promise<PassResult> {
  const { db, logger } = ctx;
  let tried = 0;
  let sent = 0;
  for (const id of waitingIds(db, ctx.nowIso(), everyWaiting)) {
    const claimed = claimExport(db, id, ctx.nowIso());
    if (!claimed) continue;
    tried++;
    onChange();
    const result = await sendExport(claimed, withExtraAuthorities(db, options));
    recordOutcome(db, id, result, ctx.nowIso());
    if (result.outcome === 'sent') sent++;
    // The export's id and the outcome only: an answer's text may quote anything.
    logger.info('federation export attempt', { exportId: id, outcome: result.outcome, httpStatus: result.httpStatus ?? 0 });
    onChange();
  }
  return { tried, sent, waiting: countWaiting(db) };
}

const workers = new WeakMap<SyncDb, OutboxWorker>();

/** The worker started for this database (by createBackend). */
export function outboxWorkerOf(db: SyncDb): OutboxWorker {
  const worker = workers.get(db);
  if (!worker) throw new Error('The outbox worker was not started for this database.');
  return worker;
}

/**
 * Starts the worker: it puts back exports a crash left 'sending', looks at the outbox at once, then every minute.
 * Its timer never keeps the process alive; stop() ends it. An attempt under way when the database closes cannot
 * record its outcome: its export stays 'sending' and goes back to the outbox at the next start-up, same key.
 */
export function startOutboxWorker(ctx: WorkerContext, options: OutboxOptions = {}, onChange: () => void = () => {}): OutboxWorker {
  let stopped = false;
  // Passes run one after the other; each claim is atomic anyway, this only keeps attempts in order.
  let queue: Promise<unknown> = Promise.resolve();
  const runNow = (everyWaiting = false): Promise<PassResult> => {
    const pass = queue.then(() => runOutboxPass(ctx, options, everyWaiting, onChange));
    queue = pass.catch(() => undefined);
    return pass;
  };
  const tick = () => {
    if (stopped) return;
    runNow().catch((error: unknown) =>
      ctx.logger.error('federation outbox pass failed', { error: error instanceof Error ? error.message.slice(0, 200) : 'unknown' }),
    );
  };

  if (requeueInterrupted(ctx.db, ctx.nowIso()) > 0) onChange();
  const first = setTimeout(tick, 0);
  first.unref();
  const timer = setInterval(tick, options.intervalMs ?? DEFAULT_INTERVAL_MS);
  timer.unref();

  const worker: OutboxWorker = {
    runNow,
    stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      workers.delete(ctx.db);
    },
  };
  workers.set(ctx.db, worker);
  return worker;
}
