/**
 * CSV as RFC 4180 writes it: CRLF line ends, a header row, fields quoted when they hold a comma,
 * a quote or a line break. Text that a spreadsheet would run as a formula is defused with a
 * leading apostrophe (numbers are written as they are).
 */
export type CsvValue = string | number;

const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: CsvValue): string {
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  return [header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
