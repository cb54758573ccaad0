import writeXlsxFile from 'write-excel-file/browser';
import { toFrenchCsv } from '../../src-main/shared/csv.ts';
import { frenchDate } from '../../src-main/shared/days.ts';
import { downloadText, saveBlob } from './download.ts';

/*
 * Export of any list, as it is shown: the same rows (every page), the same columns under their French headers.
 * CSV through toFrenchCsv (BOM, ";", formula-looking cells neutralised); .xlsx through write-excel-file, where text
 * cells are written as text, never as formulas. Nothing leaves the PC: the file goes through the browser's download.
 */

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportColumn<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
  /** date: an ISO date (YYYY-MM-DD), written as a real date in .xlsx and as JJ/MM/AAAA in CSV. */
  type?: 'text' | 'number' | 'date';
  /** Width in characters in .xlsx. */
  width?: number;
}

/** The cells of a CSV export: texts and numbers, dates as JJ/MM/AAAA. */
function csvCells<T>(columns: readonly ExportColumn<T>[], rows: readonly T[]): (string | number | null)[][] {
  return rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row);
      if (value === null || value === undefined || value === '') return null;
      return column.type === 'date' && typeof value === 'string' ? frenchDate(value) : value;
    }),
  );
}

/** Writes the rows to a file named `<baseName>-<date>.csv|.xlsx` and hands it to the browser's download. */
export async function exportList<T>(format: ExportFormat, baseName: string, columns: readonly ExportColumn<T>[], rows: readonly T[], today: string): Promise<void> {
  const fileName = `${baseName}-${today}.${format}`;
  if (format === 'csv') {
    downloadText(fileName, toFrenchCsv(columns.map((column) => column.header), csvCells(columns, rows)));
    return;
  }
  const header = columns.map((column) => ({ value: column.header, fontWeight: 'bold' as const }));
  const data = rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row);
      if (value === null || value === undefined || value === '') return null;
      if (column.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
        const [year, month, day] = value.slice(0, 10).split('-').map(Number);
        return { value: new Date(Date.UTC(year!, month! - 1, day!)), type: Date, format: 'dd/mm/yyyy' };
      }
      return typeof value === 'number' ? { value, type: Number } : { value: String(value), type: String };
    }),
  );
  const blob = await writeXlsxFile([header, ...data] as never, {
    columns: columns.map((column) => ({ width: column.width ?? Math.min(40, Math.max(10, column.header.length + 2)) })),
    stickyRowsCount: 1,
  }).toBlob();
  saveBlob(fileName, blob);
}
