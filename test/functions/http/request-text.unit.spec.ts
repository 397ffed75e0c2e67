import { describe, expect, it } from 'vitest';
import type { RouteSpec } from '../../../functions/http/route.js';
import { routeModules } from '../../../functions/http/route-table.js';

/**
 * Every text field of a request body, by route: a name, a reference or a note is one line; free
 * text keeps its line breaks. Each is checked on the route's documented example, changed in that
 * field alone.
 */
const SINGLE_LINE = [
  ['partners-signup', 'companyName'],
  ['partners-session', 'accessCode'],
  ['registrations-create', 'signature.signerName'],
  ['payment-profile-put', 'legalName'],
  ['payouts-issued', 'reference'],
  ['fraud-flags-review', 'note'],
  ['admin-campaigns', 'terms.name'],
] as const;

const MULTI_LINE = [
  ['inquiries-create', 'message'],
  ['finance-inquiries-answer', 'message'],
  ['finance-inquiries-resolve', 'note'],
  ['approvals-post', 'reason'],
  ['admin-campaigns', 'termsText'],
] as const;

const NOT_WELL_FORMED = 'must be well-formed Unicode (it holds a lone surrogate)';
const NOT_ONE_LINE =
  'must be one line, without control characters (CR, LF, tab...) or bidirectional overrides';
const NOT_FREE_TEXT = 'must not hold control characters other than line breaks (LF or CR LF)';

const withField = (target: unknown, [key, ...rest]: string[], value: string): unknown => {
  if (key === undefined) return value;
  const fields: Record<string, unknown> =
    typeof target === 'object' && target !== null ? Object.fromEntries(Object.entries(target)) : {};
  return { ...fields, [key]: withField(fields[key], rest, value) };
};

const routes: readonly RouteSpec[] = routeModules.map((m) => m.route);

/** The messages a route's body schema gives for this field, when its example holds this value there. */
function messagesFor(routeName: string, field: string, value: string) {
  const route = routes.find((r) => r.name === routeName);
  const body = withField(route?.request?.example?.body, field.split('.'), value);
  const parsed = route?.request?.body?.safeParse(body);
  if (!parsed) throw new Error(`${routeName} has no request body`);
  return (parsed.error?.issues ?? []).filter((i) => i.path.join('.') === field).map((i) => i.message);
}

const cases = <Field extends readonly [string, string]>(
  fields: readonly Field[],
  values: [string, string, string][],
) =>
  fields.flatMap(([route, field]) =>
    values.map(([what, value, message]) => [route, field, what, value, message]),
  );

describe('A single-line field of a request', () => {
  it.each(
    cases(SINGLE_LINE, [
      ['a lone surrogate', 'Northwind\ud800', NOT_WELL_FORMED],
      ['a line break', 'Northwind\r\nBcc: attacker@evil.example', NOT_ONE_LINE],
      ['a tab', 'North\twind', NOT_ONE_LINE],
      ['a NUL', 'North\u0000wind', NOT_ONE_LINE],
      ['a C1 control (NEL)', 'North\u0085wind', NOT_ONE_LINE],
      ['a line separator', 'North\u2028wind', NOT_ONE_LINE],
      ['a bidirectional override', 'Northwind\u202etxt.exe', NOT_ONE_LINE],
      ['a bidirectional isolate', 'North\u2066wind', NOT_ONE_LINE],
    ]),
  )('%s %s refuses %s', (route, field, _, value, message) => {
    expect(messagesFor(route, field, value)).toEqual([message]);
  });

  it.each(SINGLE_LINE)('%s %s takes any script, accents and emoji', (route, field) => {
    expect(messagesFor(route, field, 'Société Générale 株式会社 شركة 😀')).toEqual([]);
  });
});

describe('A free-text field of a request', () => {
  it.each(
    cases(MULTI_LINE, [
      ['a lone surrogate', 'See line 3.\ud800', NOT_WELL_FORMED],
      ['a NUL', 'See line 3.\u0000', NOT_FREE_TEXT],
      ['a CR alone', 'See line 3.\rAccess code: XYZ', NOT_FREE_TEXT],
      ['an escape', 'See \u001b[31mline 3', NOT_FREE_TEXT],
      ['a C1 control (NEL)', 'See line 3.\u0085', NOT_FREE_TEXT],
      ['a paragraph separator', 'See line 3.\u2029More.', NOT_FREE_TEXT],
    ]),
  )('%s %s refuses %s', (route, field, _, value, message) => {
    expect(messagesFor(route, field, value)).toEqual([message]);
  });

  it.each(MULTI_LINE)(
    '%s %s keeps its line breaks, LF and CR LF, and right-to-left isolates',
    (route, field) => {
      expect(messagesFor(route, field, 'First line.\nSecond line.\r\nThird: \u2067شركة\u2069.')).toEqual([]);
    },
  );
});
