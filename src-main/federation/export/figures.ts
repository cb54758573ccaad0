import type { SyncDb } from '../../../db/query.ts';
import type { Level, Measure } from './indicators.ts';

/** One fact of an indicator. unit: what a distinct count counts; household_key: who is behind it (for the suppression rule). */
export interface Fact {
  residence_id: number | null;
  /** Set only for facts placed by QPV directly (events); otherwise the QPV of the residence. */
  qpv_code: string | null;
  unit: string;
  household_key: string | null;
  value: number;
  axis: number | null;
  type_id: number | null;
}

/** One group's figure at one level: `key` is the residence id, QPV code, axis or type id (null: outside any). */
export interface GroupFigure {
  level: Level;
  key: string | number | null;
  value: number;
  /** Distinct households (or unknown people) behind the figure. */
  households: number;
}

/** Each residence's QPV code (null: outside any). */
export function residenceQpvs(db: SyncDb): Map<number, string | null> {
  return new Map(db.all(db.q.selectFrom('residence').select(['id', 'qpv_code'])).map((row) => [row.id, row.qpv_code]));
}

/**
 * Counts an indicator's facts at each of its levels, in one pass per level over the same rows. The office's cell
 * is always there (zero when nothing happened); another level has a group only where facts fall.
 */
export function groupFigures(facts: readonly Fact[], measure: Measure, levels: readonly Level[], qpvOf: ReadonlyMap<number, string | null>): GroupFigure[] {
  const keyAt: Record<Level, (fact: Fact) => string | number | null> = {
    bureau: () => null,
    qpv: (fact) => fact.qpv_code ?? (fact.residence_id === null ? null : (qpvOf.get(fact.residence_id) ?? null)),
    residence: (fact) => fact.residence_id,
    axe: (fact) => fact.axis,
    type_adhesion: (fact) => fact.type_id,
  };
  return levels.flatMap((level) => {
    const groups = new Map<string | number | null, { sum: number; units: Set<string>; households: Set<string> }>();
    const group = (key: string | number | null) => {
      let found = groups.get(key);
      if (!found) groups.set(key, (found = { sum: 0, units: new Set(), households: new Set() }));
      return found;
    };
    if (level === 'bureau') group(null);
    for (const fact of facts) {
      const counted = group(keyAt[level](fact));
      counted.sum += fact.value;
      counted.units.add(fact.unit);
      if (fact.household_key !== null) counted.households.add(fact.household_key);
    }
    return [...groups].map(([key, counted]) => ({ level, key, value: measure === 'distinct' ? counted.units.size : counted.sum, households: counted.households.size }));
  });
}
