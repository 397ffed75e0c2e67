import { decodeEntities, type ReceivedPage } from './page-client.js';

const escapeRegExp = (text: string) => text.replace(/[.?*+^$()|[\]\\{}]/g, '\\$&');

/** The markup of the page's form that posts to `action`, or the whole page when no action is given. */
const formOf = (page: ReceivedPage, action?: string) =>
  action
    ? (new RegExp(`<form[^>]*action="${escapeRegExp(action)}"[\\s\\S]*?</form>`).exec(page.html)?.[0] ?? '')
    : page.html;

/**
 * What a form holds as shown: its fields' values (hidden and text inputs, text areas) and the
 * options selected; its CSRF token aside (the page client sends it).
 */
export function formValues(page: ReceivedPage, action?: string): Record<string, string> {
  const form = formOf(page, action);
  const values: Record<string, string> = {};
  for (const m of form.matchAll(
    /<input type="(?:hidden|text)" (?:id="[\w-]+" )?name="(\w+)" value="([^"]*)"/g,
  )) {
    if (m[1] !== '_csrf') values[m[1] ?? ''] = decodeEntities(m[2] ?? '');
  }
  for (const m of form.matchAll(/<textarea id="[\w-]+" name="(\w+)"[^>]*>\n([\s\S]*?)<\/textarea>/g)) {
    values[m[1] ?? ''] = decodeEntities(m[2] ?? '');
  }
  for (const m of form.matchAll(
    /<select id="[\w-]+" name="(\w+)"[\s\S]*?<option value="([^"]*)" selected>/g,
  )) {
    values[m[1] ?? ''] = m[2] ?? '';
  }
  return values;
}

/** The refusal said beside a field (by its id), as the page shows it. */
export function errorOf(page: ReceivedPage, fieldId: string): string | undefined {
  const error = new RegExp(`<span class="error" id="${escapeRegExp(fieldId)}-error">([^<]*)</span>`).exec(
    page.html,
  );
  return error ? decodeEntities(error[1] ?? '') : undefined;
}
