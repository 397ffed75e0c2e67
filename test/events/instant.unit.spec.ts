import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMs, canonicalInstant, Instant, isCanonicalInstant } from '../../events/instant.js';
import { oddInstant } from '../support/fuzz/hostile-values.js';
import { writtenInstant } from '../support/zod-arbitrary.js';

describe('An instant', () => {
  it.each([
    ['2026-07-01T04:00:00Z', '2026-07-01T04:00:00Z'],
    ['2026-07-01T04:00:00.000Z', '2026-07-01T04:00:00Z'],
    ['2026-07-01T04:00:00.120Z', '2026-07-01T04:00:00.120Z'],
    ['2026-07-01T04:00:00.5Z', '2026-07-01T04:00:00.500Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00Z'],
    ['2000-02-29T23:59:59Z', '2000-02-29T23:59:59Z'],
  ])('%s is read as %s', (given, read) => expect(Instant.parse(given)).toBe(read));

  it.each([
    '2026-02-29T00:00:00Z',
    '2100-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-07-01T24:00:00Z',
    '2026-07-01T04:00:00+02:00',
    '2026-07-01',
    'yesterday',
    '2026-02-30T00:00:00Z',
    '',
  ])('%s is refused', (given) => expect(Instant.safeParse(given).success).toBe(false));

  it('has one spelling, also after arithmetic', () => {
    expect(canonicalInstant('2026-07-01T04:00:00.000Z')).toBe('2026-07-01T04:00:00Z');
    expect(addMs('2026-07-01T04:00:00Z', 1500)).toBe('2026-07-01T04:00:01.500Z');
    expect(addMs('2026-07-01T04:00:00Z', 86_400_000)).toBe('2026-07-02T04:00:00Z');
  });
});

describe('An instant already in its one spelling', () => {
  it.each([
    ['2026-07-01T04:00:00Z', true],
    ['2026-07-01T04:00:00.120Z', true],
    ['2028-02-29T23:59:59.999Z', true],
    ['2026-07-01T04:00:00.000Z', false],
    ['2026-07-01T04:00:00.5Z', false],
    ['2026-02-29T00:00:00Z', false],
    ['2026-07-01T24:00:00Z', false],
    ['2026-07-01T04:00:00+00:00', false],
    ['2026-07-01t04:00:00Z', false],
    ['2026-07-O1T04:00:00Z', false],
  ])('%s is one: %s', (given, canonical) => expect(isCanonicalInstant(given)).toBe(canonical));

  it('is one exactly when Instant reads it as it is', () =>
    fc.assert(
      fc.property(fc.oneof(writtenInstant, oddInstant, fc.string()), (given) => {
        const read = Instant.safeParse(given);
        expect(isCanonicalInstant(given)).toBe(read.success && read.data === given);
      }),
      { numRuns: 2000 },
    ));
});
