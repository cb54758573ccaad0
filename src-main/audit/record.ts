import type { SyncDb } from '../../db/query.ts';

export interface AuditEntry {
  at: string;
  /** The staff member; id null for a refused sign-in under an unknown login. */
  user: { id: number | null; login: string } | null;
  /** e.g. 'écriture', 'lecture restreinte', 'connexion', 'connexion refusée'. */
  action: string;
  method: string;
  module: string;
  /** The id of the record concerned, never its content. */
  target: string | null;
}

export function recordAudit(db: SyncDb, entry: AuditEntry): void {
  db.run(
    db.q.insertInto('audit_log').values({
      at: entry.at,
      user_id: entry.user?.id ?? null,
      user_login: entry.user?.login ?? '',
      action: entry.action,
      method: entry.method,
      module: entry.module,
      target: entry.target,
    }),
  );
}

/** The id a call was about: the record returned, else the one named in the input. Only ids, never content. */
export function auditTarget(input: unknown, data: unknown): string | null {
  for (const source of [data, input]) {
    const id = (source as { id?: unknown } | null)?.id;
    if (typeof id === 'number' || typeof id === 'string') return String(id);
  }
  return null;
}
