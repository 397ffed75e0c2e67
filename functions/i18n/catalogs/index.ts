import { common as enCommon } from './en/common.js';
import { portal as enPortal } from './en/portal.js';
import { statements as enStatements } from './en/statements.js';
import { common as frCommon } from './fr/common.js';
import { portal as frPortal } from './fr/portal.js';
import { statements as frStatements } from './fr/statements.js';

/**
 * The message catalogs, one per language, each made of the same areas: a message missing from a
 * language does not compile (and a test reads both, key by key and placeholder by placeholder).
 */
const en = { ...enCommon, ...enPortal, ...enStatements };

export type MessageKey = keyof typeof en;
export type Catalog = Readonly<Record<MessageKey, string>>;

/** A message said of a number of things: the key of its `.one` and `.other` forms. */
export type PluralKey = {
  [Key in MessageKey]: Key extends `${infer Base}.one`
    ? `${Base}.other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

export const catalogs: Readonly<Record<'en' | 'fr', Catalog>> = {
  en,
  fr: { ...frCommon, ...frPortal, ...frStatements },
};
