import * as z from 'zod';

// An instant already in its one spelling: seconds, or milliseconds that are not all zero, and Z.
// Most instants read back from the store are, and are checked without building a Date.
const CANONICAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{3}))?Z$/;

// Days in each month of a common year, January first.
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const daysIn = (year: number, month: number) =>
  month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
    ? 29
    : (MONTH_DAYS[month - 1] as number);

/**
 * Instants are ISO 8601 UTC strings, normalised to one spelling per instant so that two events
 * about the same moment compare equal ("2026-07-01T04:00:00.000Z" becomes "2026-07-01T04:00:00Z").
 */
export function canonicalInstant(iso: string): string {
  const match = CANONICAL.exec(iso);
  if (match && match[7] !== '000') return iso;
  return new Date(iso).toISOString().replace('.000Z', 'Z');
}

// The digit at `at`, or NaN where there is none: NaN then fails every comparison it meets.
const digit = (iso: string, at: number) => {
  const value = iso.charCodeAt(at) - 48;
  return value >= 0 && value <= 9 ? value : Number.NaN;
};

const twoDigits = (iso: string, at: number) => digit(iso, at) * 10 + digit(iso, at + 1);

/**
 * Whether `Instant` would read this string back unchanged: already in its one spelling, and a real
 * calendar instant. This is how nearly every stored instant reads, so it is checked character by
 * character, with no regular expression and no Date.
 */
export function isCanonicalInstant(iso: string): boolean {
  const { length } = iso;
  if (length !== 20 && length !== 24) return false;
  if (iso[4] !== '-' || iso[7] !== '-' || iso[10] !== 'T' || iso[13] !== ':' || iso[16] !== ':') return false;
  if (iso[length - 1] !== 'Z') return false;
  if (length === 24 && (iso[19] !== '.' || !(twoDigits(iso, 20) * 10 + digit(iso, 22) > 0))) return false;
  const year = twoDigits(iso, 0) * 100 + twoDigits(iso, 2);
  const month = twoDigits(iso, 5);
  const day = twoDigits(iso, 8);
  return (
    year >= 0 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month) &&
    twoDigits(iso, 11) < 24 &&
    twoDigits(iso, 14) < 60 &&
    twoDigits(iso, 17) < 60
  );
}

// Date.parse rolls "2026-02-30" over to March 2nd; a real calendar date survives the round trip.
// (zod runs refinements even after the format check failed, so this must not assume a valid string.)
const isRealCalendarInstant = (iso: string) => {
  if (isCanonicalInstant(iso)) return true;
  const ms = Date.parse(iso);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 19) === iso.slice(0, 19);
};

export const Instant = z
  .string()
  .pipe(z.iso.datetime({ message: 'must be an ISO 8601 UTC instant, e.g. 2026-07-01T04:00:00Z' }))
  .refine(isRealCalendarInstant, { message: 'is not a real calendar date' })
  .transform(canonicalInstant);

export const instantMs = (iso: string): number => Date.parse(iso);

export const addMs = (iso: string, ms: number): string =>
  canonicalInstant(new Date(Date.parse(iso) + ms).toISOString());
