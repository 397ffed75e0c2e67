import { DEFAULT_TIME_ZONE } from '../i18n/language.js';
import { type Reader, wordsOfReader } from '../i18n/reader.js';
import { portalLinks } from './links.js';
import type { Writing } from './templates.js';

export type { Reader };

/**
 * The program's staff (approvers, finance, the program team) are addresses in the stack's
 * parameters, with no language of their own recorded: they read English, and dates in the
 * program's time zone, until the staff console lets each choose.
 */
export const STAFF: Reader = { language: 'en', timeZone: DEFAULT_TIME_ZONE };

/** An email for this reader: in its words and time zone, its links on the program's public address. */
export const writingFor = (publicBaseUrl: string, reader: Reader): Writing => ({
  w: wordsOfReader(reader),
  links: portalLinks(publicBaseUrl),
});
