import { dollars } from './money.js';

/**
 * CSV as RFC 4180 writes it: CRLF line ends, a header row, fields quoted when they hold a comma,
 * a quote or a line break. Text that a spreadsheet would run as a formula is defused with a
 * leading apostrophe; numbers and amounts are written as plain numbers ("-320.00"), which a
 * spreadsheet reads as numbers and never runs.
 */
export type CsvValue = string | number | CsvAmount;

/** An amount of money in cents, written in dollars with two decimals. */
export type CsvAmount = { readonly cents: number };

export const amount = (cents: number): CsvAmount => ({ cents });

const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: CsvValue): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') return dollars(value.cents);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  return [header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

/** An instant as a file's name carries it: "20261015T120000Z". */
export const fileStamp = (asOf: string) => asOf.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
