/**
 * A bank reference names the partner's payee record in the payment system, never its bank account
 * or card: what reads as one is refused, so that no account number is ever stored. Partners write
 * numbers with separators, or with a letter between groups of digits (`A12-345-678`,
 * `AB12345x67890`), so digits are counted as one run across them.
 */
export type AccountLikeness = 'account-or-card-number' | 'iban';

const SEPARATORS = /[\s._/-]+/g;
const LONE_LETTER_BETWEEN_DIGITS = /(?<=\d)[a-z](?=\d)/gi;
/** Six digits, as stored references were always held to: Canadian account numbers have seven to twelve. */
const ACCOUNT_DIGITS = /\d{6,}/;
/** A country code, two check digits, and the domestic account (ISO 13616). */
const IBAN_SHAPE = /^[a-z]{2}\d{2}[a-z0-9]{10,30}$/i;

export function accountLikeness(reference: string): AccountLikeness | undefined {
  const compact = reference.replace(SEPARATORS, '');
  if (IBAN_SHAPE.test(compact)) return 'iban';
  if (ACCOUNT_DIGITS.test(compact.replace(LONE_LETTER_BETWEEN_DIGITS, ''))) return 'account-or-card-number';
  return undefined;
}

const GIVE_THE_REFERENCE = 'give the payee reference your payment system uses';

export const accountLikenessMessages: Record<AccountLikeness, string> = {
  'account-or-card-number': `must not be an account or card number (six digits or more, even split by separators or a single letter): ${GIVE_THE_REFERENCE}`,
  iban: `must not be an IBAN: ${GIVE_THE_REFERENCE}`,
};
