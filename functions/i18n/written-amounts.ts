import { SignedCents } from '../../events/payouts.js';
import type { Language } from './language.js';

const SPACES = /[\s\u00a0\u202f\u2009]/g;
const SIGN = /^[-\u2212+]/;
const CURRENCY_BEFORE = /^(?:CAD|CA\$|\$)/i;
const CURRENCY_AFTER = /(?:CAD|\$CA|\$)$/i;

/**
 * Dollars and cents as each language writes them: English groups thousands with commas and
 * marks the cents with a point; French groups with spaces (already removed) and marks the cents
 * with a comma, or with a point, as many type it.
 */
const NUMBER: Record<Language, RegExp> = {
  en: /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/,
  fr: /^(\d+)(?:[,.](\d{1,2}))?$/,
};

/**
 * An amount of Canadian dollars as a person writes it in their language, in exact whole cents:
 * "-12.50", "45", "CAD 1,234.56" in English; "-12,50", "1 234,56 $" in French. A minus sign in
 * front takes money back. Anything else (a third decimal, a misplaced separator, an amount beyond
 * what an adjustment may be) is no amount: nothing is rounded or guessed.
 */
export function centsOfWrittenAmount(text: string, language: Language): number | undefined {
  let rest = text.replace(SPACES, '');
  let sign = SIGN.exec(rest)?.[0];
  rest = rest.replace(SIGN, '').replace(CURRENCY_BEFORE, '');
  if (!sign) {
    // "$-12.50": the sign after the currency.
    sign = SIGN.exec(rest)?.[0];
    rest = rest.replace(SIGN, '');
  }
  const match = NUMBER[language].exec(rest.replace(CURRENCY_AFTER, ''));
  if (!match) return undefined;
  const [, whole = '', fraction = ''] = match;
  const magnitude = Number(whole.replace(/,/g, '')) * 100 + Number(fraction.padEnd(2, '0'));
  const cents = sign === '-' || sign === '\u2212' ? -magnitude : magnitude;
  // "-0.00" is zero, not minus zero.
  return SignedCents.safeParse(cents).success ? cents + 0 : undefined;
}
