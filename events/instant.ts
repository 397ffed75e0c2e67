import { z } from 'zod';

/**
 * Instants are ISO 8601 UTC strings, normalised to one spelling per instant so that two events
 * about the same moment compare equal ("2026-07-01T04:00:00.000Z" becomes "2026-07-01T04:00:00Z").
 */
export function canonicalInstant(iso: string): string {
  return new Date(iso).toISOString().replace('.000Z', 'Z');
}

// Date.parse rolls "2026-02-30" over to March 2nd; a real calendar date survives the round trip.
// (zod runs refinements even after the format check failed, so this must not assume a valid string.)
const isRealCalendarInstant = (iso: string) => {
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
