import { centsOfWrittenAmount } from '../i18n/written-amounts.js';

/** Integer cents as dollars with two decimals ("1234.56"), exact for any safe integer. */
export function dollars(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** For people: "CAD 1,234.56". */
export function cad(cents: number): string {
  const [whole, fraction] = dollars(cents).split('.') as [string, string];
  return `CAD ${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

/**
 * Dollars as a person types them, in English or in French, as whole cents: "460", "460.00",
 * "1,234.56", "1 234,56", "$ 460.00", "460,00 $". Undefined for anything else (a third decimal,
 * a sign, letters): an amount is never guessed. Read as either language writes amounts
 * (i18n/written-amounts.ts), for a form whose reader's language is not known.
 */
export function centsOfDollars(typed: string): number | undefined {
  if (/[-\u2212+]/.test(typed)) return undefined;
  return centsOfWrittenAmount(typed, 'en') ?? centsOfWrittenAmount(typed, 'fr');
}
