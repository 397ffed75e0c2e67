import { type Catalog, catalogs, type MessageKey, type PluralKey } from './catalogs/index.js';
import { DEFAULT_TIME_ZONE, type Language, type TimeZone } from './language.js';

export type Params = Readonly<Record<string, string | number>>;

/**
 * Everything a page, an email or a statement says to a reader, in the reader's language and time
 * zone: messages from the catalogs, and dates, amounts and numbers written as the reader writes them.
 */
export type Words = {
  readonly language: Language;
  readonly timeZone: TimeZone;
  /** A message of the catalog, its `{name}` placeholders filled in. */
  t(key: MessageKey, params?: Params): string;
  /** The message for `n` of something (its `.one` or `.other` form), `{n}` filled in. */
  count(key: PluralKey, n: number, params?: Params): string;
  /** An instant in words, in the reader's time zone: "July 25, 2026 at 8:00 a.m. EDT". */
  instant(iso: string): string;
  /** The day an instant falls on, in the reader's time zone: "July 25, 2026". */
  day(iso: string): string;
  money(cents: number): string;
  number(n: number): string;
  /** A country's name from its two-letter code, in the reader's language. */
  region(code: string): string;
  /** Items joined as the reader's language joins them: "A, B and C". */
  list(items: readonly string[]): string;
};

/**
 * Marks every message ⟦…⟧ and every formatted value ⟪…⟫: the test that no page shows words from
 * outside the catalogs reads a page rendered with marked words.
 */
export type WordsOptions = { marked?: boolean };

const LOCALES: Record<Language, string> = { en: 'en-CA', fr: 'fr-CA' };

const fill = (text: string, params: Params = {}) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

export function wordsFor(
  language: Language,
  timeZone: TimeZone = DEFAULT_TIME_ZONE,
  options: WordsOptions = {},
): Words {
  const catalog: Catalog = catalogs[language];
  const locale = LOCALES[language];
  const message = (text: string) => (options.marked ? `⟦${text}⟧` : text);
  const value = (text: string) => (options.marked ? `⟪${text}⟫` : text);
  const plurals = new Intl.PluralRules(locale);
  const instants = new Intl.DateTimeFormat(locale, {
    timeZone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  const days = new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: 'long', day: 'numeric' });
  const amounts = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CAD',
    currencyDisplay: 'code',
  });
  const numbers = new Intl.NumberFormat(locale);
  const regions = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' });
  const lists = new Intl.ListFormat(locale, { type: 'conjunction' });
  return {
    language,
    timeZone,
    t: (key, params) => message(fill(catalog[key], params)),
    count: (key, n, params) => {
      const form = plurals.select(n) === 'one' ? 'one' : 'other';
      return message(fill(catalog[`${key}.${form}`], { ...params, n: numbers.format(n) }));
    },
    instant: (iso) => value(instants.format(new Date(iso))),
    day: (iso) => value(days.format(new Date(iso))),
    // Cents are whole numbers: as dollars they are exact to the cent in a double up to 2^53 cents.
    money: (cents) => value(amounts.format(cents / 100)),
    number: (n) => value(numbers.format(n)),
    region: (code) => value(regions.of(code) ?? code),
    list: (items) => value(lists.format(items)),
  };
}
