import { describe, expect, it } from 'vitest';
import { centsOfWrittenAmount } from '../../../functions/i18n/written-amounts.js';

describe('An amount as finance writes it', () => {
  it.each([
    ['-12.50', -1250],
    ['45', 4500],
    ['45.5', 4550],
    ['0.07', 7],
    ['1,234.56', 123456],
    ['CAD 1,234.56', 123456],
    ['$-3.10', -310],
    ['-$3.10', -310],
    ['+20', 2000],
    ['\u221212.50', -1250],
    [' 1234 ', 123400],
    ['1000000000', 100_000_000_000],
  ])('reads %j in English as %i cents', (text, cents) => {
    expect(centsOfWrittenAmount(text, 'en')).toBe(cents);
  });

  it.each([
    ['-12,50', -1250],
    ['-12.50', -1250],
    ['45', 4500],
    ['1\u00a0234,56', 123456],
    ['1 234,56 $', 123456],
    ['-1\u202f234,5 $CA', -123450],
    ['12,50 CAD', 1250],
  ])('reads %j in French as %i cents', (text, cents) => {
    expect(centsOfWrittenAmount(text, 'fr')).toBe(cents);
  });

  it.each([
    ['', 'en'],
    ['abc', 'en'],
    ['12.505', 'en'],
    ['12,50', 'en'],
    ['1,23.45', 'en'],
    ['1.234,56', 'fr'],
    ['--12', 'en'],
    ['12-', 'en'],
    ['1e3', 'en'],
    ['0x10', 'en'],
    ['1000000000.01', 'en'],
    ['99999999999999999999', 'en'],
  ] as const)('finds no amount in %j (%s): nothing is rounded or guessed', (text, language) => {
    expect(centsOfWrittenAmount(text, language)).toBeUndefined();
  });

  it('reads a minus zero as zero, which an adjustment refuses', () => {
    expect(Object.is(centsOfWrittenAmount('-0.00', 'en'), 0)).toBe(true);
  });
});
