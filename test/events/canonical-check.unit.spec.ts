import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { compileCanonicalCheck } from '../../events/canonical-check.js';
import { eventCatalog, parseEvent } from '../../events/catalog.js';
import { EventEnvelope } from '../../events/envelope.js';
import { hostileText, oddInstant } from '../support/fuzz/hostile-values.js';
import { mutatedJson } from '../support/fuzz/json-mutations.js';
import { acceptedBy } from '../support/zod-arbitrary.js';

/**
 * The canonical check lets an event as written skip zod on the way back. It must never say yes
 * where zod would refuse the value or read it into another one; where it says no, zod reads.
 */

const asStored = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

/** Stands in for any field: other types, text and instants a schema refuses or rewrites, JSON of any shape. */
const replacement: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  oddInstant,
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(-1, 0, -0, 0.5, 2 ** 53, 1e21, '25', '', ' padded ', null, true, [], {}),
);

/** A JSON value as text with its keys in order, own keys all (`__proto__` too): the same value, the same text. */
const jsonOf = (value: unknown): string =>
  JSON.stringify(value, (_, field) =>
    typeof field === 'object' && field !== null && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : 1)))
      : field,
  );

/** What the check says of a value agrees with zod: yes only where zod gives the value back as it is. */
function agreesWithZod(schema: z.ZodType, check: (value: unknown) => boolean, value: unknown) {
  if (!check(value)) return;
  const read = schema.safeParse(value);
  expect(read.success).toBe(true);
  expect(jsonOf(read.data)).toBe(jsonOf(value));
}

const definitions = eventCatalog.map((definition) => [definition.type, definition.data] as const);

describe('The canonical check of each event type', () => {
  it('models every schema of the catalog, and the envelope', () => {
    const unsupported = [EventEnvelope, ...eventCatalog.map((d) => d.data)].flatMap(
      (schema) => compileCanonicalCheck(schema).unsupported,
    );
    expect(unsupported).toEqual([]);
  });

  it.each(definitions)(
    'passes %s data as it is written, and nothing zod would refuse or rewrite',
    (_, data) => {
      const { check } = compileCanonicalCheck(data);
      fc.assert(
        fc.property(acceptedBy(data), (given) => {
          expect(check(asStored(data.parse(given)))).toBe(true);
          agreesWithZod(data, check, asStored(given));
        }),
        { numRuns: 40 },
      );
    },
  );

  it.each(definitions)('says no to %s data that is wrong, or that zod would read differently', (_, data) => {
    const { check } = compileCanonicalCheck(data);
    const written = acceptedBy(data).map((given) => asStored(data.parse(given)));
    fc.assert(
      fc.property(
        written.chain((value) => mutatedJson(value, {}, replacement)),
        (mutated) => agreesWithZod(data, check, asStored(mutated)),
      ),
      { numRuns: 40 },
    );
  });
});

/** Every place in a JSON value but the root: the path to it. */
const placesIn = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => {
        const at = [...path, Array.isArray(value) ? Number(key) : key];
        return [at, ...placesIn(child, at)];
      })
    : [];

const replacedAt = (value: unknown, path: (string | number)[], by: unknown) => {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  const parent = path.slice(0, -1).reduce((at, step) => at[step] as typeof at, copy);
  parent[path.at(-1) as string | number] = by;
  return copy;
};

// Bounds of counts and amounts and one past them, other types, text and instants zod would rewrite.
const FIELD_REPLACEMENTS = [
  ...[-1, 0, 1, 0.5, 1_000_000, 1_000_001, 100_000_000_000, 100_000_000_001, -100_000_000_001, 2 ** 53],
  ...['', ' ', ' padded', 'x'.repeat(1001), '2026-07-01T04:00:00.000Z', '2026-02-29T00:00:00Z', '1234567'],
  ...[null, true, [], {}, { unknownField: 1 }, JSON.parse('{"__proto__": 1}')],
];

describe('The canonical check, field by field', () => {
  it.each([['the envelope', EventEnvelope as z.ZodType] as const, ...definitions])(
    'agrees with zod on %s with any one field replaced',
    (_, schema) => {
      const { check } = compileCanonicalCheck(schema);
      for (const given of fc.sample(acceptedBy(schema), { numRuns: 3, seed: 2026 })) {
        const written = asStored(schema.parse(given));
        for (const path of placesIn(written)) {
          for (const by of FIELD_REPLACEMENTS) agreesWithZod(schema, check, replacedAt(written, path, by));
          agreesWithZod(schema, check, replacedAt(written, path, undefined));
        }
      }
    },
  );

  it('counts a string as zod does, a character beyond U+FFFF as one', () => {
    const schema = z.strictObject({ text: z.string().min(16).max(20) });
    const { check } = compileCanonicalCheck(schema);
    // Sixteen UTF-16 units but eight characters: too short for zod, so for the check too.
    expect(check({ text: '\u{10000}'.repeat(8) })).toBe(false);
    expect(schema.safeParse({ text: '\u{10000}'.repeat(8) }).success).toBe(false);
    // Twenty characters in forty units: long enough, and not too long.
    expect(check({ text: '\u{10000}'.repeat(20) })).toBe(true);
    expect(check({ text: '\u{10000}'.repeat(21) })).toBe(false);
  });
});

describe('Reading stored events through the canonical checks', () => {
  const storedEvent = fc
    .tuple(fc.constantFrom(...eventCatalog), acceptedBy(EventEnvelope))
    .chain(([definition, envelope]) =>
      acceptedBy(definition.data).map((data) =>
        asStored({
          ...(envelope as object),
          type: definition.type,
          schemaVersion: definition.schemaVersion,
          data: definition.data.parse(data),
        }),
      ),
    );

  it('hands back an event as written, and only one that zod reads into an equal event', () =>
    fc.assert(
      fc.property(
        storedEvent.chain((event) => fc.oneof(fc.constant(event), mutatedJson(event, {}, replacement))),
        (raw) => {
          const handedBack = (() => {
            try {
              return parseEvent(raw) === raw;
            } catch {
              return false;
            }
          })();
          if (!handedBack) return;
          const envelope = EventEnvelope.parse(raw);
          const definition = eventCatalog.find((d) => d.type === envelope.type);
          expect(definition?.schemaVersion).toBe(envelope.schemaVersion);
          expect(jsonOf({ ...envelope, data: definition?.data.parse(envelope.data) })).toBe(jsonOf(raw));
        },
      ),
      { numRuns: 120 },
    ));
});

describe('What the canonical check does not model', () => {
  it.each([
    ['a transform', z.string().transform((text) => text.toUpperCase()), 'TEXT'],
    ['a union of two strings', z.union([z.string().max(3), z.string().min(5)]), 'text'],
    ['a superRefine', z.string().superRefine(() => {}), 'text'],
    ['a nullable value', z.string().nullable(), 'text'],
  ])('answers no to %s, and names it', (_, schema, value) => {
    const { check, unsupported } = compileCanonicalCheck(schema);
    expect(unsupported).toHaveLength(1);
    expect(check(value)).toBe(false);
  });

  it('answers no to keys that a plain object would strip, as a strict one refuses them', () => {
    const { check } = compileCanonicalCheck(z.object({ a: z.string() }));
    expect(check({ a: 'x' })).toBe(true);
    expect(check({ a: 'x', b: 'y' })).toBe(false);
  });
});
