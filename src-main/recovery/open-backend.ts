import { basename, join } from 'node:path';
import { listBackups } from '../../db/backup.ts';
import { backupsFolderOf, liveDatabaseFile } from '../../db/backup-name.ts';
import { latestGoodBackup } from '../../db/backup-verify.ts';
import { migrations } from '../../db/migrations/index.ts';
import { DatabaseDamagedError } from '../../db/open.ts';
import { RestoreRefusedError, restoreBackup } from '../../db/restore.ts';
import { type Backend, type BackendEvent, type BackendOptions, type Connection, createBackend } from '../core/backend.ts';
import { systemClock } from '../core/clock.ts';
import type { Envelope, ErrorPayload } from '../core/contract.ts';
import { validationFailure } from '../core/errors.ts';
import type { UpdatesPort } from '../updates/port.ts';
import { recoveryContract } from './contract.ts';

const fail = (error: Omit<ErrorPayload, 'issues'>): Envelope<never> => ({ ok: false, error: { ...error, issues: [] } });

/**
 * What the app's entry points open. A sound database gives the normal backend. A damaged one (quick_check fails)
 * gives a backend in recovery mode: it never writes to the damaged file, answers every method with DAMAGED except
 * the recovery screen's two, and once a verified backup is restored (the damaged file kept aside byte for byte)
 * becomes the normal backend without a restart.
 */
export function openBackend(options: BackendOptions): Backend {
  try {
    return createBackend(options);
  } catch (error) {
    if (!(error instanceof DatabaseDamagedError)) throw error;
    options.logger?.error('database damaged at start-up', { count: error.problems.length });
    return recoveryBackend(options, error);
  }
}

function recoveryBackend(options: BackendOptions, damage: DatabaseDamagedError): Backend {
  const clock = options.clock ?? systemClock;
  const folder = backupsFolderOf(options.dataDir);
  const listeners = new Set<(event: BackendEvent) => void>();
  let restored: Backend | null = null;
  let updates: UpdatesPort | null = null;

  const status = () => {
    const good = latestGoodBackup(folder, migrations);
    const offer = (b: { name: string; createdAt: string; reason: string }) => ({ name: b.name, createdAt: b.createdAt, reason: b.reason });
    return {
      damaged: true,
      problem: damage.message,
      latestGood: good ? offer(good.backup) : null,
      others: listBackups(folder).filter((b) => b.name !== good?.backup.name).map(offer),
    };
  };

  const restore = (input: unknown): Envelope<unknown> => {
    const parsed = recoveryContract['recovery.restore'].input.safeParse(input);
    if (!parsed.success) return { ok: false, error: validationFailure(parsed.error) };
    const backup = listBackups(folder).find((b) => b.name === basename(parsed.data.name));
    if (!backup) return fail({ code: 'NOT_FOUND', message: `Sauvegarde introuvable : « ${parsed.data.name} ».` });
    try {
      const result = restoreBackup({ dataDir: options.dataDir, backupFile: join(folder, backup.name), now: clock.now(), knownMigrations: migrations });
      restored = createBackend(options);
      for (const listener of listeners) restored.on(listener);
      if (updates) restored.attachUpdates(updates);
      listeners.forEach((listener) => listener({ type: 'changed', method: 'recovery.restore' }));
      return { ok: true, data: { restoredFrom: backup.name, keptDamagedAs: result.keptCurrentAs && basename(result.keptCurrentAs) } };
    } catch (error) {
      if (error instanceof RestoreRefusedError) return fail({ code: 'CONFLICT', message: error.message });
      throw error;
    }
  };

  const invokeInRecovery = async (method: string, input: unknown): Promise<Envelope<unknown>> => {
    if (method === 'recovery.status') return { ok: true, data: status() };
    if (method === 'recovery.restore') return restore(input);
    return fail({ code: 'DAMAGED', message: damage.message });
  };

  return {
    connect(): Connection {
      let inner: Connection | null = null;
      return {
        sessionId: 'recovery',
        invoke: (method, input) => {
          if (!restored) return invokeInRecovery(method, input);
          inner ??= restored.connect();
          return inner.invoke(method, input);
        },
      };
    },
    on(listener) {
      listeners.add(listener);
      const unsubscribe = restored?.on(listener);
      return () => {
        listeners.delete(listener);
        unsubscribe?.();
      };
    },
    close: () => restored?.close(),
    busy: () => restored?.busy() ?? false,
    // A damaged file is never copied into a backup: only the restored database is.
    backup: (reason) => restored?.backup(reason),
    attachUpdates(port) {
      updates = port;
      restored?.attachUpdates(port);
    },
    databaseFile: liveDatabaseFile(options.dataDir),
    dataDir: options.dataDir,
  };
}
