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

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * Dollars as a person types them, in English or in French, as whole cents: "460", "460.00",
 * "1,234.56", "1 234,56", "$ 460.00", "460,00 $". Undefined for anything else (a third decimal,
 * a sign, letters): an amount is never guessed.
 */
export function centsOfDollars(typed: string): number | undefined {
  const text = typed.replace(SPACES, '').replace(/^(CAD|\$)|(CAD|\$)$/gi, '');
  const plain = /^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(text)
    ? text.replaceAll(',', '')
    : text.replace(/^(\d+),(\d{1,2})$/, '$1.$2');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(plain);
  if (!match) return undefined;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : undefined;
}
