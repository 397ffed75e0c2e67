import { escapeHtml } from '../email/layout.js';

/**
 * HTML built from templates whose values are escaped where they land: a page cannot carry markup
 * that came from data. The static parts of each template are kept apart from its values until the
 * page is rendered, so that a test can read them (no page shows words that are not in a catalog).
 */
export type Html = { readonly strings: readonly string[]; readonly values: readonly HtmlValue[] };
export type HtmlValue = Html | string | number | false | null | undefined | readonly HtmlValue[];

export const html = (strings: TemplateStringsArray, ...values: HtmlValue[]): Html => ({ strings, values });

/** HTML written by the program itself (its style sheet): never build one from data. */
export const trusted = (markup: string): Html => ({ strings: [markup], values: [] });

export const isHtml = (value: HtmlValue): value is Html =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'strings' in value;

export function render(value: HtmlValue): string {
  if (value === false || value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  if (isHtml(value)) {
    return value.strings.reduce(
      (out, part, i) => out + (i > 0 ? render(value.values[i - 1]) : '') + part,
      '',
    );
  }
  return (value as readonly HtmlValue[]).map(render).join('');
}
