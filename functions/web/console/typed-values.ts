/**
 * What people type into the console's forms, read strictly: a value that does not read exactly as
 * asked is refused (and said so beside its field), never guessed at.
 */

// Dollars with at most two decimals, the decimal mark a point or (as French writes it) a comma.
const DOLLARS = /^(\d{1,12})(?:[.,](\d{1,2}))?$/;

/** "40", "40.5", "40,50" in cents; undefined for anything else ("forty", "1,000", "$40"). */
export function centsOfDollars(typed: string): number | undefined {
  const match = DOLLARS.exec(typed.trim());
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** A whole number written in digits only; undefined for anything else. */
export function wholeNumber(typed: string): number | undefined {
  const trimmed = typed.trim();
  return /^\d{1,12}$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** Words separated by spaces, commas, semicolons or line breaks: "Open, OpenValue". */
export const wordsOf = (typed: string): string[] => typed.split(/[\s,;]+/).filter(Boolean);

/** The lines that hold something, each with its number as the reader counts them (from 1). */
export const numberedLines = (typed: string): { line: number; text: string }[] =>
  typed
    .split(/\r?\n/)
    .map((text, i) => ({ line: i + 1, text: text.trim() }))
    .filter((entry) => entry.text !== '');

/** An HTML form sends the line breaks of a text box as CR LF; the program keeps text with LF. */
export const withLineFeeds = (typed: string): string => typed.replace(/\r\n/g, '\n');
