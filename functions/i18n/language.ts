import { PartnerLanguage, PartnerTimeZone } from '../../events/fields.js';

/** The languages the program speaks to partners in: every message has its words in each. */
export const LANGUAGES = PartnerLanguage.options;
export type Language = PartnerLanguage;

export const DEFAULT_LANGUAGE: Language = 'en';

export const isLanguage = (value: unknown): value is Language => PartnerLanguage.safeParse(value).success;

/**
 * The language a browser asks for first among ours (`Accept-Language: fr-CA,fr;q=0.9,en;q=0.8`),
 * weights honoured; English when it asks for none of ours.
 */
export function languageOfAcceptLanguage(header: string | undefined): Language {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { base: tag.trim().toLowerCase().split('-')[0], weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isLanguage) ?? DEFAULT_LANGUAGE;
}

/** The time zones of the program's country that a partner may read its dates in. */
export const TIME_ZONES = PartnerTimeZone.options;
export type TimeZone = PartnerTimeZone;

export const isTimeZone = (value: unknown): value is TimeZone => PartnerTimeZone.safeParse(value).success;

/** Where dates are written for a partner who has not said (most of the program's partners). */
export const DEFAULT_TIME_ZONE: TimeZone = 'America/Toronto';
