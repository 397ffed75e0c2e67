import { DEFAULT_LANGUAGE, DEFAULT_TIME_ZONE, type Language, type TimeZone } from './language.js';
import { type Words, wordsFor } from './words.js';

/** Who reads a page, an email or a file: a partner says its language and time zone at sign-up (older partners did not). */
export type Reader = { language?: Language; timeZone?: TimeZone };

/** The reader's words: English and the program's time zone for what it did not say. */
export const wordsOfReader = (reader: Reader): Words =>
  wordsFor(reader.language ?? DEFAULT_LANGUAGE, reader.timeZone ?? DEFAULT_TIME_ZONE);
