import fc from 'fast-check';
import { hostileText, oddInstant } from './hostile-values.js';

/** Text as a URL carries it, byte by byte of its UTF-8 (a lone surrogate goes as U+FFFD, as browsers send it). */
export const percentEncoded = (text: string) =>
  [...Buffer.from(text, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9._~-]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');

// Node's server takes 16 KB of request line and headers, API Gateway 10 KB: a path or a query
// value longer than this would test those limits, not the routes.
const MAX_URL_PART = 3_000;

/** Hostile text, percent-encoded, short enough for a URL. */
const encodedText = hostileText.map(percentEncoded).filter((encoded) => encoded.length <= MAX_URL_PART);

/** A path segment: hostile text, or an encoding a router may get wrong. */
export const oddSegment: fc.Arbitrary<string> = fc.oneof(
  encodedText,
  fc.constantFrom(
    '%2F',
    'a%2Fb',
    '%2e%2e',
    '%252F',
    '%',
    '%zz',
    '%ED%A0%80',
    '%C0%AF',
    '%FF',
    '%00',
    '%0D%0A',
    '%E2%80%AE',
    ';',
    '*',
    '~',
    '@',
    '+',
    'x'.repeat(MAX_URL_PART),
  ),
);

/** A query string value: an instant of any year, hostile text, or a broken encoding. */
export const oddQueryValue: fc.Arbitrary<string> = fc.oneof(
  oddInstant.map(percentEncoded),
  encodedText,
  fc.constantFrom('', '%', '%zz', '%ED%A0%80', '+', '%2B', 'a=b', '%26x%3D1'),
);

/** Pieces of a query string no parameter is spelled as. */
export const oddQueryPair: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    '&',
    '=',
    '==',
    'a=1=2',
    '%',
    '%zz=1',
    '+=+',
    '__proto__=1',
    'constructor=x',
    '%ED%A0%80=1',
    ';',
  ),
  fc.tuple(encodedText, oddQueryValue).map(([name, value]) => `${name}=${value}`),
);

/** What a path may become on its way: doubled or trailing slashes, dot segments, another case, a suffix. */
export const pathMangling: fc.Arbitrary<(path: string) => string> = fc.constantFrom(
  (path: string) => `/${path}`,
  (path: string) => `//${path}`,
  (path: string) => `//evil.example${path}`,
  (path: string) => `${path}/`,
  (path: string) => `/.${path}`,
  (path: string) => `${path}/..`,
  (path: string) => path.toUpperCase(),
  (path: string) => path.replace(/\//g, '//'),
  (path: string) => path.replace(/(?!^)\//g, '%2F'),
  (path: string) => `${path};x=1`,
  (path: string) => `${path}%00`,
  (path: string) => `${path}#fragment`,
);
