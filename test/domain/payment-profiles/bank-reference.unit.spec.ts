import { describe, expect, it } from 'vitest';
import { accountLikeness } from '../../../domain/payment-profiles/bank-reference.js';

describe('A bank reference', () => {
  it.each([
    ['NW-PAYEE-7'],
    ['VENDOR-NW-0042'],
    ['SUPPLIER_12345'],
    ['AP-2026-Q3'],
    ['NORTHWIND-TRADERS'],
    ['V12-345'],
  ])('is a payee reference of the payment system: %s', (reference) =>
    expect(accountLikeness(reference)).toBeUndefined(),
  );

  it.each([
    ['A12-345-678', 'an account number split by hyphens'],
    ['AB12345x67890', 'an account number split by a letter'],
    ['acct12345678', 'an account number after a word'],
    ['TRANSIT-00012-003-1234567', 'a transit, institution and account number'],
    ['CARD-4111-1111-1111-1111', 'a card number in groups'],
    ['X4111 1111 1111 1111', 'a card number split by spaces'],
    ['A12.345/678', 'a number split by dots and slashes'],
    ['A1-2-3-4-5-6', 'six digits, each on its own'],
  ])('is refused when it reads as an account or card number: %s (%s)', (reference) =>
    expect(accountLikeness(reference)).toBe('account-or-card-number'),
  );

  it.each([
    ['GB82WEST12345698765432'],
    ['GB82 WEST 1234 5698 7654 32'],
    ['MT84MALT011000012345MTLCAST001S'],
    ['de89-3704-0044-0532-0130-00'],
    ['NL91ABNA0417164300'],
  ])('is refused when it has the shape of an IBAN: %s', (reference) =>
    expect(accountLikeness(reference)).toBe('iban'),
  );
});
