import Papa from 'papaparse';

/**
 * CSV as French spreadsheets open it: ";" separator, CRLF, a UTF-8 byte-order mark so that Excel reads accents
 * right. Cells starting with = + - @ are prefixed with ' so that a spreadsheet never runs them as formulas.
 */
export function toFrenchCsv(header: string[], rows: (string | number | null)[][]): string {
  const safe = rows.map((row) => row.map((cell) => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell ?? '')));
  return '\uFEFF' + Papa.unparse({ fields: header, data: safe }, { delimiter: ';', newline: '\r\n' });
}
