import * as z from 'zod';

// An instant already in its one spelling: seconds, or milliseconds that are not all zero, and Z.
// Most instants read back from the store are, and are checked without building a Date.
const CANONICAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{3}))?Z$/;

const daysIn = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/**
 * Instants are ISO 8601 UTC strings, normalised to one spelling per instant so that two events
 * about the same moment compare equal ("2026-07-01T04:00:00.000Z" becomes "2026-07-01T04:00:00Z").
 */
export function canonicalInstant(iso: string): string {
  const match = CANONICAL.exec(iso);
  if (match && match[7] !== '000') return iso;
  return new Date(iso).toISOString().replace('.000Z', 'Z');
}

// Date.parse rolls "2026-02-30" over to March 2nd; a real calendar date survives the round trip.
// (zod runs refinements even after the format check failed, so this must not assume a valid string.)
const isRealCalendarInstant = (iso: string) => {
  const match = CANONICAL.exec(iso);
  if (match) {
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as number[];
    return (
      (month as number) >= 1 &&
      (month as number) <= 12 &&
      (day as number) >= 1 &&
      (day as number) <= daysIn(year as number, month as number) &&
      (hour as number) < 24 &&
      (minute as number) < 60 &&
      (second as number) < 60
    );
  }
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
