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
