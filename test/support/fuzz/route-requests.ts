import fc from 'fast-check';
import * as z from 'zod';
import type { Role } from '../../../functions/http/api-handler.js';
import type { RouteSpec } from '../../../functions/http/route.js';
import { hostileValue, oddInstant } from './hostile-values.js';
import { type KnownValues, mutatedJson } from './json-mutations.js';
import { jsonText, RawJson } from './json-text.js';
import { oddQueryPair, oddQueryValue, oddSegment, pathMangling, percentEncoded } from './url-parts.js';

/** What the fuzz reads of an operation of the OpenAPI document: its parameters and its request example. */
const Operation = z.object({
  parameters: z
    .array(
      z.object({
        name: z.string(),
        in: z.enum(['path', 'query', 'header']),
        schema: z.object({ enum: z.array(z.string()).optional(), format: z.string().optional() }),
      }),
    )
    .default([]),
  requestBody: z
    .object({ content: z.record(z.string(), z.object({ example: z.unknown().optional() })) })
    .optional(),
});
type Parameter = z.output<typeof Operation>['parameters'][number];

export type FuzzedRequest = { method: string; path: string; headers: Record<string, string>; body?: string };

/** Who the fuzz can be: each role's valid credential (none for anyone and approvers). */
export type Credentials = Readonly<Record<Role, string | undefined>>;

const MB = 1024 * 1024;

const parameterValue = (parameter: Parameter, known: KnownValues): fc.Arbitrary<string> => {
  const wellFormed = [...(known[parameter.name] ?? []), ...(parameter.schema.enum ?? [])];
  const odd = parameter.schema.format === 'date-time' ? oddInstant.map(percentEncoded) : oddQueryValue;
  return wellFormed.length > 0
    ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...wellFormed.map(percentEncoded)) }, odd)
    : odd;
};

function pathOf(route: RouteSpec, known: KnownValues): fc.Arbitrary<string> {
  const pieces = route.path.split(/(\{\w+\})/).map((piece) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (name === undefined) return fc.constant(piece);
    const wellFormed = known[name] ?? [];
    return wellFormed.length > 0
      ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...wellFormed.map(percentEncoded)) }, oddSegment)
      : oddSegment;
  });
  const filled = fc.tuple(...pieces).map((parts) => parts.join(''));
  return fc.oneof(
    { weight: 9, arbitrary: filled },
    fc.tuple(filled, pathMangling).map(([path, mangled]) => mangled(path)),
  );
}

function queryOf(parameters: Parameter[], known: KnownValues): fc.Arbitrary<string> {
  const named = parameters.filter((p) => p.in === 'query');
  const pair = fc.oneof(
    ...named.map((parameter) => ({
      weight: 4,
      arbitrary: parameterValue(parameter, known).map((value) => `${parameter.name}=${value}`),
    })),
    { weight: 1, arbitrary: oddQueryPair },
  );
  return fc.array(pair, { maxLength: 4 }).map((pairs) => (pairs.length > 0 ? `?${pairs.join('&')}` : ''));
}

/** A header value fetch will send: something besides spaces, nothing beyond Latin-1, no controls but tab. */
const headerText = fc
  .oneof(
    fc.constantFrom('x', '"', ';', ',', '=', '\t', 'é', 'ÿ', '*/*', 'a'.repeat(1_500)),
    fc.string({
      unit: fc
        .oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff }))
        .map((code) => String.fromCharCode(code)),
      maxLength: 120,
    }),
  )
  .filter((text) => text.trim() !== '');

function authorizationOf(role: Role, credentials: Credentials): fc.Arbitrary<string | undefined> {
  const own = credentials[role];
  const others = Object.values(credentials).filter(
    (other): other is string => other !== undefined && other !== own,
  );
  const junk = [
    'Bearer',
    'Bearer ',
    'Basic dXNlcjpwYXNzd29yZA==',
    `Bearer ${'a'.repeat(2_001)}`,
    ...(own ? [`bearer ${own}`, `Bearer  ${own}`, `Bearer ${own}x`, `Bearer ${own.slice(0, -1)}`] : []),
  ];
  return fc.oneof(
    { weight: 8, arbitrary: fc.constant(own && `Bearer ${own}`) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(...others.map((other) => `Bearer ${other}`)) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.constantFrom(...junk),
        headerText.map((text) => `Bearer ${text}`),
      ),
    },
  );
}

const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'Application/JSON',
      'application/json;charset=iso-8859-1',
      'application/json; charset=utf-16',
      'application/vnd.api+json',
      'application/problem+json',
      'text/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/x-www-form-urlencoded; charset=utf-8',
      'multipart/form-data; boundary=x',
      'application/json, text/plain',
      ';',
      'application/json; boundary="',
    ),
  },
  { weight: 1, arbitrary: headerText },
);

const isForm = (type: string) => type.toLowerCase().startsWith('application/x-www-form-urlencoded');

/** A body as its content type says: a form of the top-level fields, or JSON (any text, for a RawJson). */
function bodyText(type: string, value: unknown): string {
  if (!isForm(type) || value instanceof RawJson || typeof value !== 'object' || value === null) {
    return jsonText(value);
  }
  const fields = Object.entries(value).map(([name, field]): [string, string] => [
    name,
    typeof field === 'string' ? field : jsonText(field),
  ]);
  return new URLSearchParams(fields).toString();
}

/** JSON text gone wrong (cut short, misspelled, two documents, a byte order mark), or a broken form. */
const malformedBody = (wellFormed: string): fc.Arbitrary<RawJson> =>
  fc
    .oneof(
      fc.nat({ max: Math.max(0, wellFormed.length - 1) }).map((length) => wellFormed.slice(0, length)),
      fc
        .tuple(fc.nat({ max: wellFormed.length }), fc.constantFrom(',', '}', ']', '"', '\\', '\u0000', ':'))
        .map(([at, inserted]) => `${wellFormed.slice(0, at)}${inserted}${wellFormed.slice(at)}`),
      fc.constantFrom(
        '',
        ' ',
        '{',
        '{"a":}',
        "{'a':1}",
        '{"a":1,}',
        'NaN',
        'undefined',
        `\ufeff${wellFormed}`,
        `${wellFormed}${wellFormed}`,
        `/* note */${wellFormed}`,
        '{"a":"\\ud800"}',
        '{"a":"\\u0000"}',
        '"\\uZZZZ"',
        'decision=approve&decision=reject',
        'decision[]=approve',
        'a[b][c][d][e][f][g]=1',
        '__proto__[polluted]=1',
        'reason=%zz&decision=%',
      ),
    )
    .map((text) => new RawJson(text));

/** A body and its content type: mostly the route's example changed, else any JSON or broken text. */
function bodyOf(operation: z.output<typeof Operation>, known: KnownValues) {
  const example = operation.requestBody?.content['application/json']?.example ?? {};
  const value = fc.oneof(
    { weight: 8, arbitrary: mutatedJson(example, known, hostileValue) },
    { weight: 2, arbitrary: malformedBody(jsonText(example)) },
    { weight: 1, arbitrary: hostileValue },
    {
      weight: 1,
      arbitrary: mutatedJson(
        example,
        known,
        fc.constantFrom(6 * MB - 1_000, 7 * MB).map((size) => 'x'.repeat(size)),
      ),
    },
  );
  return fc.tuple(contentType, value).map(([type, body]) => ({ type, text: bodyText(type, body) }));
}

const OTHER_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];

/**
 * Requests to one route of the OpenAPI document, mostly with what lets them reach its handler
 * (its method, its role's credential, known ids, its request example) and each with something
 * hostile in it: the body and its content type, the path's parameters, the query string, the
 * credentials and the other headers.
 */
export function requestsTo(
  route: RouteSpec,
  document: { paths: Record<string, Record<string, unknown>> },
  known: KnownValues,
  credentials: Credentials,
): fc.Arbitrary<FuzzedRequest> {
  const operation = Operation.parse(document.paths[route.path]?.[route.method.toLowerCase()]);
  const method = fc.oneof(
    { weight: 9, arbitrary: fc.constant(route.method) },
    fc.constantFrom(...OTHER_METHODS),
  );
  const headers = fc.record(
    {
      'idempotency-key': fc.oneof(
        fc.stringMatching(/^[A-Za-z0-9._:-]{8,100}$/),
        fc.constant('fuzz-key-1'),
        headerText,
      ),
      'x-correlation-id': headerText,
      'accept-encoding': fc.constantFrom('gzip', 'br', '*', 'gzip;q=0', 'identity'),
      cookie: fc.constantFrom('a=b; c', '=;;', 'session=x'),
      origin: fc.constantFrom('null', 'https://portal.example', 'http://evil.example'),
    },
    { requiredKeys: [] },
  );
  return fc
    .record({
      method,
      path: pathOf(route, known),
      query: queryOf(operation.parameters, known),
      authorization: authorizationOf(route.role, credentials),
      headers,
      body: route.body === 'none' ? fc.constant(undefined) : bodyOf(operation, known),
    })
    .map(({ method, path, query, authorization, headers, body }) => ({
      method,
      path: `${path}${query}`,
      headers: {
        ...headers,
        ...(authorization !== undefined ? { authorization } : {}),
        ...(body && method !== 'GET' ? { 'content-type': body.type } : {}),
      },
      ...(body && method !== 'GET' ? { body: body.text } : {}),
    }));
}
