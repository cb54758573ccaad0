/** The periods offered for an export: last calendar year (the usual yearly report), this year, a quarter, or free dates. */
export const PERIOD_KINDS = ['lastYear', 'thisYear', 'quarter', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  from: string;
  to: string;
}

const yearPeriod = (year: number): Period => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** Quarter 1..4 of a year. */
function quarterPeriod(year: number, quarter: number): Period {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, firstMonth + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(firstMonth + 2)}-${lastDay}` };
}

/** The last eight quarters, the current one first, as "2026-4". */
export function recentQuarters(today: string): { year: number; quarter: number; value: string }[] {
  let year = Number(today.slice(0, 4));
  let quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return Array.from({ length: 8 }, () => {
    const entry = { year, quarter, value: `${year}-${quarter}` };
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
    return entry;
  });
}

/** The period a choice stands for; null while a custom period is incomplete (a reversed one is the backend's to refuse). */
export function periodOf(kind: PeriodKind, today: string, quarter: string, custom: { from: string | null; to: string | null }): Period | null {
  const year = Number(today.slice(0, 4));
  switch (kind) {
    case 'lastYear':
      return yearPeriod(year - 1);
    case 'thisYear':
      return yearPeriod(year);
    case 'quarter': {
      const [y, q] = quarter.split('-').map(Number) as [number, number];
      return quarterPeriod(y, q);
    }
    case 'custom':
      return custom.from && custom.to ? { from: custom.from, to: custom.to } : null;
  }
}
