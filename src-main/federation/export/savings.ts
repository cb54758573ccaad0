import type { SyncDb } from '../../../db/query.ts';
import { savingEntries } from '../../club/savings/ledger.ts';
import type { ExportPeriod } from './bundle.ts';
import type { Level } from './indicators.ts';
import type { GroupFigure } from './queries.ts';

/**
 * Savings returned to households in the period, in cents, at each geographic level. They are read from the club's
 * ledger itself (each entry already filed under the residence of its day), so that the federation receives exactly
 * the figure the club's dashboard shows: anniversaries of contracts are computed there, in one place.
 */
export function savingsFigures(db: SyncDb, { from, to }: ExportPeriod, today: string, levels: readonly Level[]): GroupFigure[] {
  const entries = savingEntries(db, today).filter((entry) => entry.on >= from && entry.on <= to);
  const qpvOf = new Map(db.all(db.q.selectFrom('residence').select(['id', 'qpv_code'])).map((row) => [row.id, row.qpv_code]));
  const keyAt: Partial<Record<Level, (residenceId: number | null) => string | number | null>> = {
    bureau: () => null,
    qpv: (residenceId) => (residenceId === null ? null : qpvOf.get(residenceId) ?? null),
    residence: (residenceId) => residenceId,
  };
  return levels.flatMap((level) => {
    const keyOf = keyAt[level];
    if (!keyOf) return [];
    const groups = new Map<string | number | null, { cents: number; households: Set<number> }>();
    for (const entry of entries) {
      const key = keyOf(entry.residenceId);
      const group = groups.get(key) ?? { cents: 0, households: new Set<number>() };
      group.cents += entry.amountCents;
      group.households.add(entry.householdId);
      groups.set(key, group);
    }
    return [...groups].map(([key, group]) => ({ level, key, value: group.cents, households: group.households.size }));
  });
}
