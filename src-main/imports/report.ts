import { toFrenchCsv } from '../shared/csv.ts';
import type { PlannedRow } from './plan.ts';
import type { RawTable } from './read-file.ts';
import { type ImportMapping, TARGET_LABELS } from './targets.ts';

/** The column a problem is about, as the file names it (else the field's label). */
export function columnOf(headers: readonly string[], mapping: ImportMapping, target: keyof ImportMapping | null): string {
  if (target === null) return '';
  const index = mapping[target];
  return index !== null && index !== undefined ? (headers[index] ?? TARGET_LABELS[target]) : TARGET_LABELS[target];
}

/**
 * The rejected rows as a CSV to keep or send back to the landlord: one line per problem, with the row number, the
 * column, the message, then the row exactly as it was in the file.
 */
export function rejectedRowsCsv(table: RawTable, mapping: ImportMapping, rows: readonly PlannedRow[]): string | null {
  const rejected = rows.filter((row) => row.status === 'rejected');
  if (rejected.length === 0) return null;
  const lines = rejected.flatMap((row) =>
    row.issues.map((issue) => [row.line, columnOf(table.headers, mapping, issue.target), issue.message, ...row.cells]),
  );
  return toFrenchCsv(['Ligne', 'Colonne', 'Problème', ...table.headers], lines);
}

/** lignes-refusees-<file name without extension>-<date>.csv */
export function reportFileName(fileName: string, today: string): string {
  const base = fileName.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 60) || 'import';
  return `lignes-refusees-${base}-${today}.csv`;
}
