import { describe, expect, it } from 'vitest';
import { instantOfWallClock, wallClockOf } from '../../../functions/i18n/wall-clock.js';

const TORONTO = 'America/Toronto';

describe('Instants on the wall clock of a time zone', () => {
  it.each([
    ['2026-10-15T08:00', TORONTO, '2026-10-15T12:00:00Z'],
    ['2026-01-15T12:00:30', TORONTO, '2026-01-15T17:00:30Z'],
    ['2026-10-15T08:30', 'America/St_Johns', '2026-10-15T11:00:00Z'],
    // Spring forward: 02:30 was never shown (02:00 EST went to 03:00 EDT), and reads with the offset before the change.
    ['2026-03-08T02:30', TORONTO, '2026-03-08T07:30:00Z'],
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

describe('A date and time typed as the clocks of a time zone show it', () => {
  it.each([
    ['2026-07-01T00:00', 'America/Toronto', '2026-07-01T04:00:00Z'],
    ['2026-01-15T09:30', 'America/Toronto', '2026-01-15T14:30:00Z'],
    ['2026-07-01T00:00:30', 'America/Vancouver', '2026-07-01T07:00:30Z'],
    ['2026-12-31T23:59', 'America/St_Johns', '2027-01-01T03:29:00Z'],
    ['2026-07-01T00:00', 'America/Regina', '2026-07-01T06:00:00Z'],
  ] as const)('%s in %s is %s', (wall, zone, instant) => {
    expect(instantOfWallClock(wall, zone)).toBe(instant);
  });

  it('reads a time the clocks skip in spring with the offset before the change', () => {
    // On 2026-03-08 Toronto's clocks go from 02:00 EST straight to 03:00 EDT.
    expect(instantOfWallClock('2026-03-08T02:30', 'America/Toronto')).toBe('2026-03-08T07:30:00Z');
  });

  it('reads a time the clocks show twice in the fall as its first showing', () => {
    // On 2026-11-01 Toronto's clocks show 01:00 to 02:00 first in EDT, then again in EST.
    expect(instantOfWallClock('2026-11-01T01:30', 'America/Toronto')).toBe('2026-11-01T05:30:00Z');
  });

  it.each([
    '2026-02-30T00:00',
    '2026-07-01T24:00',
    '2026-07-01T12:60',
    '2026-07-01',
    '2026-07-01T04:00:00Z',
    'July 1, 2026',
    '',
  ])('refuses %j, which is not a date and time as a browser sends one', (typed) => {
    expect(instantOfWallClock(typed, 'America/Toronto')).toBeUndefined();
  });
});
