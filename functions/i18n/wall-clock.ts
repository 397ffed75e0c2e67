import { canonicalInstant, Instant } from '../../events/instant.js';

/**
 * Instants as a clock on the wall of a time zone shows them: what a browser's date-and-time field
 * (`<input type="datetime-local">`) holds, "2026-10-15T08:00:00", without a zone of its own.
 */

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const partsFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

/** What the wall clock of `timeZone` showed at an instant, to the second. */
export function wallClockOf(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    partsFormat(timeZone)
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

const asUtcMs = (wallClock: string) => Date.parse(`${wallClock}Z`);

/**
 * The instant at which the wall clock of `timeZone` showed `wallClock`; undefined for text that is
 * no date and time. A time the clock skipped in spring is read with the summer offset (an hour
 * earlier than written); a time it showed twice in autumn, as the first of the two.
 */
export function instantOfWallClock(wallClock: string, timeZone: string): string | undefined {
  const match = WALL_CLOCK.exec(wallClock.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second = '00'] = match;
  const written = `${year}-${month}-${day}T${hour}:${minute}:${second}`;
  const candidate = `${written}Z`;
  if (!Instant.safeParse(candidate).success) return undefined;
  const wanted = asUtcMs(written);
  // The zone's offset near the wanted time, then again at the instant it gives (once more across a change).
  let ms = wanted;
  for (let pass = 0; pass < 2; pass++) {
    ms = wanted - (asUtcMs(wallClockOf(new Date(ms).toISOString(), timeZone)) - ms);
  }
  const earlier = ms - 60 * 60 * 1000;
  if (asUtcMs(wallClockOf(new Date(earlier).toISOString(), timeZone)) === wanted) ms = earlier;
  return canonicalInstant(new Date(ms).toISOString());
}
