import type { SyncDb } from '../../../db/query.ts';
import { savingEntries } from '../../club/savings/ledger.ts';
import type { ExportPeriod } from './bundle.ts';
import type { Fact } from './figures.ts';

/**
 * Savings returned to households in the period, in cents, one fact per entry. They are read from the club's ledger
 * itself (each entry already filed under the residence of its day), so that the federation receives exactly the
 * figure the club's dashboard shows: anniversaries of contracts are computed there, in one place.
 */
export function savingsFacts(db: SyncDb, { from, to }: ExportPeriod, today: string): Fact[] {
  return savingEntries(db, today)
    .filter((entry) => entry.on >= from && entry.on <= to)
    .map((entry) => ({
      residence_id: entry.residenceId,
      qpv_code: null,
      unit: `${entry.kind}:${entry.contractId}:${entry.on}`,
      household_key: `h${entry.householdId}`,
      value: entry.amountCents,
      axis: null,
      type_id: null,
    }));
}
