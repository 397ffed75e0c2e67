import { DAY_MS } from '../../domain/durations.js';
import { canonicalInstant } from '../../events/instant.js';

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

/** How far ahead of UTC the zone's clocks are at an instant (negative west of Greenwich). */
function offsetMs(clock: Intl.DateTimeFormat, atMs: number): number {
  const part = Object.fromEntries(clock.formatToParts(atMs).map((p) => [p.type, Number(p.value)]));
  const shown = Date.UTC(
    part.year ?? 0,
    (part.month ?? 1) - 1,
    part.day,
    part.hour,
    part.minute,
    part.second,
  );
  return shown - Math.floor(atMs / 1000) * 1000;
}

/**
 * The instant at which the clocks of a time zone show this date and time ("2026-07-01T00:00" in
 * Toronto is 2026-07-01T04:00:00Z); undefined for text that is not a real date and time. A time
 * the clocks skip when they spring forward is read with the offset before the change (02:30 is
 * 03:30); one they show twice when they fall back is its first showing.
 */
export function instantOfWallClock(wall: string, timeZone: string): string | undefined {
  const match = WALL_CLOCK.exec(wall.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((n) => Number(n ?? 0)) as number[];
  const shownAsUtc = Date.UTC(year as number, (month as number) - 1, day, hour, minute, second);
  const date = new Date(shownAsUtc);
  const real =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === (month as number) - 1 &&
    date.getUTCDate() === day &&
    (hour as number) < 24 &&
    (minute as number) < 60 &&
    (second as number) < 60;
  if (!real) return undefined;
  const clock = partsFormat(timeZone);
  // Clocks change at most once in a day around any time, so the offsets a day before and a day
  // after are the only ones that can apply.
  const before = offsetMs(clock, shownAsUtc - DAY_MS);
  const after = offsetMs(clock, shownAsUtc + DAY_MS);
  const showing = [shownAsUtc - before, shownAsUtc - after]
    .filter((at) => at + offsetMs(clock, at) === shownAsUtc)
    .sort((a, b) => a - b)[0];
  return canonicalInstant(new Date(showing ?? shownAsUtc - before).toISOString());
}
