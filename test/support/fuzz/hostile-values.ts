import fc from 'fast-check';
import { RawJson } from './json-text.js';

/**
 * Values that break programs written for well-behaved input: the fuzz puts them in place of any
 * field of a request, and in its path, query and headers.
 */

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const controlCharacter = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));

/** Text with what a text field should refuse or survive: controls, NUL, CR/LF, bidi overrides, lone surrogates. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    'first\r\nX-Injected: yes',
    '\r\n\r\n',
    '\t',
    '\u0007\u001b[31mred',
    '\u202egnp.exe',
    '\u2066isolated\u2069',
    '\u200b',
    '\ufeffbom',
    '\ud800',
    'tail\udfff',
    'é',
    'e\u0301',
    '𝕏😀',
    '\uffff',
    '<script>alert(1)</script>',
    "' OR '1'='1",
    '{{7*7}}',
    '__proto__',
    'constructor',
    '../../etc/passwd',
    '%00',
    'NaN',
    'Infinity',
    '-0',
    '1e309',
    '0x1F',
    ' 25 ',
    'null',
  ),
  fc.string({ unit: fc.oneof(controlCharacter, loneSurrogate, fc.string({ minLength: 1, maxLength: 1 })) }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc
    .tuple(fc.constantFrom('x', 'é', '😀', '\u202e'), fc.integer({ min: 200, max: 70_000 }))
    .map(([unit, count]) => unit.repeat(count)),
);

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Instants from year 0 to 9999, impossible dates and times, and spellings that are not instants at all. */
export const oddInstant: fc.Arbitrary<string> = fc.oneof(
  fc
    .date({
      min: new Date('0000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59.999Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString()),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      fc.integer({ min: 0, max: 61 }),
    )
    .map(
      ([year, month, day, hour, minute, second]) =>
        `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}Z`,
    ),
  fc.constantFrom(
    '2026-07-15',
    '2026-07-15T14:30:00',
    '2026-07-15T14:30:00+02:00',
    '2026-07-15T14:30:00.123456789Z',
    '2026-07-15 14:30:00Z',
    '2026-07-15T14:30:00z',
    '2026-02-29T00:00:00Z',
    '2024-02-29T23:59:60Z',
    '+275760-09-13T00:00:00.000Z',
    '-000001-01-01T00:00:00Z',
    '1721053800',
    'now',
  ),
);

/** Numbers out of every range: negative, fractional where whole numbers go, beyond 2^53, beyond a double. */
export const oddNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(-1, 0, -0, 0.5, 1.5, 2 ** 31, 2 ** 53, 2 ** 53 + 2, 1e21, 1e308, -1e308, Number.MIN_VALUE),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc
    .constantFrom('1e400', '-1e400', '1.0', '1E2', '-0', '123456789012345678901234567890')
    .map((literal) => new RawJson(literal)),
  fc.constantFrom('NaN', 'Infinity', '25', '1.5', '-1', ''),
);

/** Arrays and objects nested deeper than any recursive walk of them survives. */
export const deeplyNested: fc.Arbitrary<RawJson> = fc
  .tuple(fc.constantFrom(['[', ']'], ['{"a":', '}']), fc.integer({ min: 1_000, max: 200_000 }))
  .map(([[open, close], depth]) => new RawJson(`${open.repeat(depth)}1${close.repeat(depth)}`));

/** Any of the above, or a JSON value of another type than the one expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 2, arbitrary: oddInstant },
  { weight: 2, arbitrary: oddNumber },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      null,
      true,
      false,
      [],
      {},
      [null],
      new RawJson('{"__proto__":{"polluted":1}}'),
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: deeplyNested },
);
