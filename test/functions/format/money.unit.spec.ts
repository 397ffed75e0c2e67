import { describe, expect, it } from 'vitest';
import { centsOfDollars } from '../../../functions/format/money.js';

describe('Dollars as a person types them', () => {
  it.each([
    ['460', 46_000],
    ['460.00', 46_000],
    ['460.5', 46_050],
    ['0.01', 1],
    ['1,234.56', 123_456],
    ['1 234,56', 123_456],
    ['1\u00a0234,56 $', 123_456],
    ['$460.00', 46_000],
    ['CAD 460', 46_000],
    ['460,00', 46_000],
  ])('reads %j as %i cents', (typed, cents) => {
    expect(centsOfDollars(typed)).toBe(cents);
  });

  it.each(['', '-460', '460.001', '4,60,0', '4.6.0', 'four hundred', '1e3', '99999999999999999999'])(
    'reads no amount from %j, rather than guess one',
    (typed) => {
      expect(centsOfDollars(typed)).toBeUndefined();
    },
  );
});
