import fc from 'fast-check';
import type * as z from 'zod';
import { Instant } from '../../events/instant.js';

const DAY_MS = 86_400_000;

/**
 * Instants as callers write them: mostly in their one spelling, some with milliseconds of zero,
 * tenths or microseconds, which `Instant` reads into that spelling.
 */
export const writtenInstant: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: Date.UTC(1999, 0, 1) / DAY_MS, max: Date.UTC(2101, 0, 1) / DAY_MS }),
    fc.integer({ min: 0, max: DAY_MS - 1 }),
    fc.constantFrom('seconds', 'milliseconds', 'zero milliseconds', 'tenths', 'microseconds'),
  )
  .map(([day, ms, spelling]) => {
    const iso = new Date(day * DAY_MS + ms).toISOString();
    const seconds = iso.slice(0, 19);
    if (spelling === 'seconds') return `${seconds}Z`;
    if (spelling === 'zero milliseconds') return `${seconds}.000Z`;
    if (spelling === 'tenths') return `${iso.slice(0, 21)}Z`;
    if (spelling === 'microseconds') return `${iso.slice(0, 23)}456Z`;
    return iso;
  });

type Schema = z.core.$ZodTypes;

const checksOf = (schema: Schema) => (schema._zod.def.checks ?? []).map((check) => check._zod.def);

const bound = (schema: Schema, check: 'min_length' | 'max_length') => {
  const found = checksOf(schema).find((def) => def.check === check) as
    | { minimum?: number; maximum?: number }
    | undefined;
  return check === 'min_length' ? found?.minimum : found?.maximum;
};

/**
 * Values a zod schema accepts, from its definition: what the catalog's schemas are made of,
 * arrays and records kept short. Some need normalising (an instant to its spelling, text to be
 * trimmed, a default to fill in); values a refinement refuses are filtered out where it stands.
 */
export function acceptedBy(schema: z.core.$ZodType): fc.Arbitrary<unknown> {
  const node = schema as Schema;
  const { type } = node._zod.def;
  const refined = checksOf(node).some((def) => def.check === 'custom');
  const base = baseOf(node);
  // Bounds and patterns are taken from the schema loosely: it has the last word.
  return refined || type === 'string' || type === 'number'
    ? base.filter((value) => (node as unknown as z.ZodType).safeParse(value).success)
    : base;
}

function baseOf(schema: Schema): fc.Arbitrary<unknown> {
  if ((schema as unknown) === Instant) return writtenInstant;
  const def = schema._zod.def;
  switch (def.type) {
    case 'string': {
      const patterns = [def, ...checksOf(schema)].flatMap((check) =>
        'pattern' in check && check.pattern instanceof RegExp && check.pattern.source !== '^[\\s\\S]{0,}$'
          ? [check.pattern]
          : [],
      );
      const [pattern] = patterns;
      if (pattern) return fc.stringMatching(pattern);
      // Spaces around, for text that is trimmed.
      return fc
        .string({ minLength: bound(schema, 'min_length') ?? 0, maxLength: 40 })
        .chain((text) => fc.constantFrom(text, ` ${text}`, `${text} `));
    }
    case 'number': {
      const numbers = checksOf(schema);
      const whole = numbers.some((check) => check.check === 'number_format');
      const min = numbers.find((check) => check.check === 'greater_than') as { value: number } | undefined;
      const max = numbers.find((check) => check.check === 'less_than') as { value: number } | undefined;
      const range = { min: min?.value ?? -1e12, max: max?.value ?? 1e12 };
      return whole ? fc.integer(range) : fc.double({ ...range, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'unknown':
      return fc.jsonValue({ maxDepth: 2 });
    case 'enum':
    case 'literal':
      return fc.constantFrom(...(schema._zod.values as Set<unknown>));
    case 'optional':
    case 'default':
      return fc.option(acceptedBy(def.innerType), { nil: undefined, freq: 3 });
    case 'array': {
      const minLength = bound(schema, 'min_length') ?? 0;
      return fc.array(acceptedBy(def.element), { minLength, maxLength: Math.max(minLength, 3) });
    }
    case 'object': {
      const shape = Object.entries(def.shape);
      return fc.record(Object.fromEntries(shape.map(([key, field]) => [key, acceptedBy(field)])), {
        requiredKeys: shape.flatMap(([key, field]) =>
          ['optional', 'default'].includes(field._zod.def.type) ? [] : [key],
        ),
      });
    }
    case 'union':
      return fc.oneof(...def.options.map(acceptedBy));
    case 'record':
      return fc.dictionary(acceptedBy(def.keyType) as fc.Arbitrary<string>, acceptedBy(def.valueType), {
        maxKeys: 3,
      });
    default:
      throw new Error(`No values for zod type ${def.type}: teach acceptedBy`);
  }
}
