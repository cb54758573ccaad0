import type { SyncDb } from '../../db/query.ts';
import type { Handlers } from '../core/dispatch.ts';
import { toFrenchCsv } from '../shared/csv.ts';
import type { auditContract } from './contract.ts';

interface Filters {
  userId: number | null;
  from: string | null;
  to: string | null;
}

function filtered(db: SyncDb, { userId, from, to }: Filters) {
  let query = db.q.selectFrom('audit_log');
  if (userId !== null) query = query.where('user_id', '=', userId);
  if (from) query = query.where('at', '>=', from);
  // "to" is a day: everything before the next midnight (UTC) counts.
  if (to) query = query.where('at', '<', `${to}T24`);
  return query;
}

const columns = ['id', 'at', 'user_login as userLogin', 'action', 'method', 'module', 'target'] as const;

export const auditHandlers: Handlers<typeof auditContract> = {
  'audit.list': ({ offset, limit, ...filters }, { db }) => {
    const query = filtered(db, filters);
    const total = db.get(query.select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
    const rows = db.all(query.select(columns).orderBy('id', 'desc').limit(limit).offset(offset));
    return { rows, total };
  },

  'audit.export': (filters, { db, nowIso }) => {
    const rows = db.all(filtered(db, filters).select(columns).orderBy('id'));
    const csv = toFrenchCsv(
      ['Date (UTC)', 'Compte', 'Action', 'Opération', 'Module', 'Enregistrement'],
      rows.map((row) => [row.at, row.userLogin, row.action, row.method, row.module, row.target]),
    );
    return { fileName: `journal-voisinage-${nowIso().slice(0, 10)}.csv`, csv };
  },
};
