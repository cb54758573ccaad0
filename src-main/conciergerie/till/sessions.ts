import { type InferResult, sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import type { HandlerContext } from '../../core/context.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { frenchDateTime } from '../../shared/clock-day.ts';
import { euros } from '../../shared/money.ts';
import type { TillSession, TillTotals } from './contract.ts';
import { PAYMENT_METHODS, PAYMENT_PURPOSES, type PaymentMethod, type PaymentPurpose } from './kinds.ts';
import { openTillSession } from './record-payment.ts';

/* Till sessions: opened with the float counted, closed with the cash counted, the difference kept. */

/** Which payments a total is about: one session's, or those paid within [start, end) (a local day). */
export type PaymentScope = { sessionId: number } | { start: string; end: string };

const totalColumns = [
  'method',
  'purpose',
  sql<number>`count(*)`.as('count'),
  sql<number>`coalesce(sum(amount_cents), 0)`.as('amount'),
  sql<number>`coalesce(sum(min(amount_cents, 0)), 0)`.as('refunds'),
] as const;

interface TotalRow {
  method: string;
  purpose: string;
  count: number;
  amount: number;
  refunds: number;
}

/** Totals from the payments' sums grouped by method and purpose. */
function totalsFrom(rows: readonly TotalRow[]): TillTotals {
  const sum = (pick: (row: TotalRow) => boolean, field: 'count' | 'amount') => rows.filter(pick).reduce((total, row) => total + row[field], 0);
  return {
    count: sum(() => true, 'count'),
    totalCents: sum(() => true, 'amount'),
    refundsCents: rows.reduce((total, row) => total + row.refunds, 0),
    byMethod: PAYMENT_METHODS.map((method: PaymentMethod) => ({
      method,
      count: sum((row) => row.method === method, 'count'),
      amountCents: sum((row) => row.method === method, 'amount'),
    })),
    byPurpose: PAYMENT_PURPOSES.filter((purpose) => rows.some((row) => row.purpose === purpose)).map((purpose: PaymentPurpose) => ({
      purpose,
      count: sum((row) => row.purpose === purpose, 'count'),
      amountCents: sum((row) => row.purpose === purpose, 'amount'),
    })),
  };
}

export function totalsOf(db: SyncDb, scope: PaymentScope): TillTotals {
  const query = db.q.selectFrom('payment').select(totalColumns).groupBy(['method', 'purpose']);
  return totalsFrom(
    db.all('sessionId' in scope ? query.where('session_id', '=', scope.sessionId) : query.where('paid_at', '>=', scope.start).where('paid_at', '<', scope.end)),
  );
}

/** The totals of several sessions in one query (a page of the history). */
function totalsBySession(db: SyncDb, sessionIds: readonly number[]): Map<number, TillTotals> {
  if (sessionIds.length === 0) return new Map();
  const rows = db.all(
    db.q.selectFrom('payment').select(['session_id', ...totalColumns]).where('session_id', 'in', sessionIds).groupBy(['session_id', 'method', 'purpose']),
  );
  return new Map(sessionIds.map((id) => [id, totalsFrom(rows.filter((row) => row.session_id === id))]));
}

/** The cash the drawer should hold: the float plus the cash taken in the session (cash refunds taken off). */
export function expectedCash(db: SyncDb, sessionId: number, openingCashCents: number): number {
  const { cash } = db.get(
    db.q
      .selectFrom('payment')
      .select(sql<number>`coalesce(sum(amount_cents), 0)`.as('cash'))
      .where('session_id', '=', sessionId)
      .where('method', '=', 'cash'),
  )!;
  return openingCashCents + cash;
}

function sessionQuery(db: SyncDb) {
  return db.q
    .selectFrom('till_session')
    .leftJoin('staff_user as opener', 'opener.id', 'till_session.opened_by')
    .leftJoin('staff_user as closer', 'closer.id', 'till_session.closed_by')
    .selectAll('till_session')
    .select(['opener.display_name as opener', 'closer.display_name as closer']);
}

type SessionRow = InferResult<ReturnType<typeof sessionQuery>>[number];

/** Sessions as the till shows them, their totals read in one query; an open one expects its float plus the cash taken. */
function toSessions(db: SyncDb, rows: readonly SessionRow[]): TillSession[] {
  const totals = totalsBySession(db, rows.map((row) => row.id));
  return rows.map((row) => {
    const sessionTotals = totals.get(row.id)!;
    const cashTaken = sessionTotals.byMethod.find((line) => line.method === 'cash')!.amountCents;
    const expected = row.closed_at === null ? row.opening_cash_cents + cashTaken : (row.expected_cash_cents ?? 0);
    return {
      id: row.id,
      openedAt: row.opened_at,
      openedBy: row.opener,
      openingCashCents: row.opening_cash_cents,
      closedAt: row.closed_at,
      closedBy: row.closer,
      expectedCashCents: expected,
      countedCashCents: row.counted_cash_cents,
      differenceCents: row.counted_cash_cents === null ? null : row.counted_cash_cents - expected,
      note: row.note,
      totals: sessionTotals,
    };
  });
}

function getSession(db: SyncDb, id: number): TillSession {
  const row = db.get(sessionQuery(db).where('till_session.id', '=', id));
  if (!row) throw notFound('Session de caisse');
  return toSessions(db, [row])[0]!;
}

export function currentSession(db: SyncDb): TillSession | null {
  const open = openTillSession(db);
  return open ? getSession(db, open.id) : null;
}

export function openSession(ctx: HandlerContext, openingCashCents: number): TillSession {
  const { db } = ctx;
  const open = db.get(sessionQuery(db).where('till_session.closed_at', 'is', null));
  if (open) {
    throw new AppError(
      'CONFLICT',
      `La caisse est déjà ouverte depuis le ${frenchDateTime(open.opened_at)}${open.opener ? ` (par ${open.opener})` : ''} : fermez-la avant d’en ouvrir une autre.`,
    );
  }
  const { id } = db.get(
    db.q
      .insertInto('till_session')
      .values({ opened_at: ctx.nowIso(), opened_by: ctx.user?.id ?? null, opening_cash_cents: openingCashCents, note: '' })
      .returning('id'),
  )!;
  return getSession(db, id);
}

export function closeSession(ctx: HandlerContext, countedCashCents: number, note: string): TillSession {
  const { db } = ctx;
  const open = openTillSession(db);
  if (!open) throw new AppError('CONFLICT', 'La caisse n’est pas ouverte : il n’y a rien à fermer.');
  const expected = expectedCash(db, open.id, open.opening_cash_cents);
  db.run(
    db.q
      .updateTable('till_session')
      .set({ closed_at: ctx.nowIso(), closed_by: ctx.user?.id ?? null, counted_cash_cents: countedCashCents, expected_cash_cents: expected, note })
      .where('id', '=', open.id),
  );
  return getSession(db, open.id);
}

/** The cash in the drawer now, to refuse giving back in cash more than it holds. */
export function assertCashInDrawer(db: SyncDb, amountCents: number): void {
  const open = openTillSession(db);
  if (!open) return;
  const inDrawer = expectedCash(db, open.id, open.opening_cash_cents);
  if (amountCents > inDrawer) {
    throw new AppError('CONFLICT', `La caisse ne contient que ${euros(inDrawer)} en espèces : remboursez par un autre moyen ou un montant plus petit.`);
  }
}

export function listSessions(db: SyncDb, offset: number, limit: number): { rows: TillSession[]; total: number } {
  const total = db.get(db.q.selectFrom('till_session').select((eb) => eb.fn.countAll<number>().as('n')))!.n;
  const rows = db.all(sessionQuery(db).orderBy('till_session.opened_at', 'desc').orderBy('till_session.id', 'desc').limit(limit).offset(offset));
  return { rows: toSessions(db, rows), total };
}

/** The sessions that took payments during [start, end) or were open then, the earliest first. */
export function sessionsWithin(db: SyncDb, start: string, end: string): TillSession[] {
  const rows = db.all(
    sessionQuery(db)
      .where((eb) =>
        eb.or([
          eb.and([eb('till_session.opened_at', '<', end), eb.or([eb('till_session.closed_at', 'is', null), eb('till_session.closed_at', '>=', start)])]),
          eb.exists(eb.selectFrom('payment').select('payment.id').whereRef('payment.session_id', '=', 'till_session.id').where('payment.paid_at', '>=', start).where('payment.paid_at', '<', end)),
        ]),
      )
      .orderBy('till_session.opened_at'),
  );
  return toSessions(db, rows);
}
