import { describe, expect, it } from 'vitest';
import { instantOfWallClock, wallClockOf } from '../../../functions/i18n/wall-clock.js';

const TORONTO = 'America/Toronto';

describe('Instants on the wall clock of a time zone', () => {
  it.each([
    ['2026-10-15T08:00', TORONTO, '2026-10-15T12:00:00Z'],
    ['2026-01-15T12:00:30', TORONTO, '2026-01-15T17:00:30Z'],
    ['2026-10-15T08:30', 'America/St_Johns', '2026-10-15T11:00:00Z'],
    // Spring forward: 02:30 was never shown, and reads with the summer offset.
    ['2026-03-08T02:30', TORONTO, '2026-03-08T06:30:00Z'],
    // Fall back: 01:30 was shown twice, and reads as the first.
    ['2026-11-01T01:30', TORONTO, '2026-11-01T05:30:00Z'],
    ['2026-11-01T02:00', TORONTO, '2026-11-01T07:00:00Z'],
  ])('reads %s in %s as %s', (wallClock, zone, instant) => {
    expect(instantOfWallClock(wallClock, zone)).toBe(instant);
  });

  it.each(['2026-02-30T10:00', '2026-10-15', '2026-10-15T25:00', 'yesterday', ''])(
    'reads no instant from %j',
    (text) => {
      expect(instantOfWallClock(text, TORONTO)).toBeUndefined();
    },
  );

  it('writes an instant as the zone’s wall clock shows it, to the second, and reads it back', () => {
    expect(wallClockOf('2026-10-15T12:00:00.600Z', TORONTO)).toBe('2026-10-15T08:00:00');
    expect(instantOfWallClock(wallClockOf('2026-07-01T04:00:00Z', TORONTO), TORONTO)).toBe(
      '2026-07-01T04:00:00Z',
    );
  });
});
