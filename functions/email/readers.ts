import { DEFAULT_LANGUAGE, DEFAULT_TIME_ZONE, type Language, type TimeZone } from '../i18n/language.js';
import { wordsFor } from '../i18n/words.js';
import { portalLinks } from './links.js';
import type { Writing } from './templates.js';

/** Who reads an email: a partner says its language and time zone at sign-up (older partners did not). */
export type Reader = { language?: Language; timeZone?: TimeZone };

/**
 * The program's staff (approvers, finance, the program team) are addresses in the stack's
 * parameters, with no language of their own recorded: they read English, and dates in the
 * program's time zone, until the staff console lets each choose.
 */
export const STAFF: Reader = { language: 'en', timeZone: DEFAULT_TIME_ZONE };

/** An email for this reader: in its words and time zone, its links on the program's public address. */
export const writingFor = (publicBaseUrl: string, reader: Reader): Writing => ({
  w: wordsFor(reader.language ?? DEFAULT_LANGUAGE, reader.timeZone ?? DEFAULT_TIME_ZONE),
  links: portalLinks(publicBaseUrl),
});
