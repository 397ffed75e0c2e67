import type * as z from 'zod';
import { Instant, isCanonicalInstant } from './instant.js';

/**
 * True only when the schema would accept the value and give back an equal one: nothing to
 * normalise, no default to fill in, nothing to refuse. Every event this code writes reads so, as
 * it was written through the same schema.
 */
export type CanonicalCheck = (value: unknown) => boolean;

/**
 * A schema's canonical check, built once from its zod definition. It may answer false where zod
 * would accept (the caller then asks zod), never true where zod would refuse or change the value.
 * What it cannot model is listed in `unsupported`, and answers false.
 */
export type CompiledCheck = { check: CanonicalCheck; unsupported: string[] };

export function compileCanonicalCheck(schema: z.ZodType): CompiledCheck {
  const unsupported: string[] = [];
  return { check: compile(schema as unknown as z.core.$ZodTypes, '(root)', unsupported), unsupported };
}

type Def = z.core.$ZodTypes['_zod']['def'];
type CheckDef = (z.core.$ZodChecks | z.core.$ZodCustom)['_zod']['def'];
type Predicate<T> = (value: T) => boolean;

const never = () => false;
const always = () => true;

function compile(schema: z.core.$ZodTypes, path: string, unsupported: string[]): CanonicalCheck {
  // Instants are read far more often than anything else: checked by hand, without zod's pipe.
  if ((schema as unknown) === Instant)
    return (value) => typeof value === 'string' && isCanonicalInstant(value);
  const def: Def = schema._zod.def;
  const refuse = (feature: string) => {
    unsupported.push(`${path}: ${feature}`);
    return never;
  };
  if ('coerce' in def && def.coerce) return refuse(`coercion to ${def.type}`);
  const checks = (def.checks ?? []).map((check) =>
    checkOf(check._zod.def as CheckDef, `${path} (${check._zod.def.check})`, unsupported),
  );
  const base = baseOf(schema, def, path, unsupported, refuse);
  if (checks.length === 0) return base;
  return (value) => {
    if (!base(value)) return false;
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

function baseOf(
  schema: z.core.$ZodTypes,
  def: Def,
  path: string,
  unsupported: string[],
  refuse: (feature: string) => CanonicalCheck,
): CanonicalCheck {
  const child = (inner: z.core.$ZodType, at: string) => compile(inner as z.core.$ZodTypes, at, unsupported);
  switch (def.type) {
    case 'string': {
      // A string format (email, uuid) is its own first check.
      const format = 'format' in def && def.format ? stringFormat(def as never, path, unsupported) : always;
      return (value) => typeof value === 'string' && format(value);
    }
    case 'number':
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'unknown':
    case 'any':
      return always;
    case 'enum':
    case 'literal': {
      const values = schema._zod.values as Set<unknown>;
      return (value) => values.has(value);
    }
    case 'optional': {
      const inner = child(def.innerType, path);
      return (value) => value === undefined || inner(value);
    }
    // A stored value that is missing would be filled in: not as written, so zod reads it.
    case 'default':
      return child(def.innerType, path);
    case 'pipe': {
      const [first, second] = [child(def.in, path), child(def.out, path)];
      return (value) => first(value) && second(value);
    }
    case 'array': {
      const element = child(def.element, `${path}[]`);
      return (value) => Array.isArray(value) && value.every(element);
    }
    case 'object':
      return objectCheck(def.shape, path, unsupported);
    case 'record': {
      if (def.keyType._zod.def.type !== 'string') return refuse('record keys other than strings');
      const [key, entry] = [child(def.keyType, `${path}{key}`), child(def.valueType, `${path}{}`)];
      return (value) => {
        if (!isObject(value)) return false;
        for (const name in value) {
          // zod would set the prototype of its copy there, not a key.
          if (name === '__proto__' || !key(name) || !entry(value[name])) return false;
        }
        return true;
      };
    }
    case 'union':
      return 'discriminator' in def && typeof def.discriminator === 'string'
        ? discriminatedUnionCheck(def.options, def.discriminator, path, unsupported, refuse)
        : unionCheck(def.options, path, unsupported, refuse);
    default:
      return refuse(`zod type ${def.type}`);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The keys of the shape and no other (zod refuses the others, or strips them: either way not as
 * stored), each as its schema wants it; every key present but those that may be left out.
 */
function objectCheck(shape: z.core.$ZodShape, path: string, unsupported: string[]): CanonicalCheck {
  const fields = Object.entries(shape).map(([key, schema]) => ({
    key,
    check: compile(schema as z.core.$ZodTypes, `${path}.${key}`, unsupported),
    optional: schema._zod.def.type === 'optional',
  }));
  return (value) => {
    if (!isObject(value)) return false;
    let present = 0;
    for (const { key, check, optional } of fields) {
      const field = value[key];
      if (field === undefined && optional && !Object.hasOwn(value, key)) continue;
      if (!check(field)) return false;
      present++;
    }
    for (const _ in value) present--;
    return present === 0;
  };
}

/** zod picks the option by the discriminator's value: so does this. */
function discriminatedUnionCheck(
  options: readonly z.core.$ZodType[],
  discriminator: string,
  path: string,
  unsupported: string[],
  refuse: (feature: string) => CanonicalCheck,
): CanonicalCheck {
  const byValue = new Map<unknown, CanonicalCheck>();
  for (const option of options) {
    const values = option._zod.propValues?.[discriminator];
    if (!values) return refuse(`discriminated union option without a literal ${discriminator}`);
    const check = compile(option as z.core.$ZodTypes, `${path}<${[...values].join('|')}>`, unsupported);
    for (const value of values) byValue.set(value, check);
  }
  return (value) => isObject(value) && (byValue.get(value[discriminator])?.(value) ?? false);
}

/**
 * zod answers with the first option that accepts: options of different kinds (a string or a number)
 * cannot both accept a value, so the one of the value's kind decides. Others are not modelled.
 */
function unionCheck(
  options: readonly z.core.$ZodType[],
  path: string,
  unsupported: string[],
  refuse: (feature: string) => CanonicalCheck,
): CanonicalCheck {
  const byKind = new Map<string, CanonicalCheck>();
  for (const option of options) {
    const kind = kindOf(option as z.core.$ZodTypes);
    if (kind === undefined || byKind.has(kind)) return refuse('union of options of the same kind');
    byKind.set(kind, compile(option as z.core.$ZodTypes, `${path}|${kind}`, unsupported));
  }
  return (value) => byKind.get(kindOfValue(value))?.(value) ?? false;
}

const kindOfValue = (value: unknown) =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;

const kindOf = (schema: z.core.$ZodTypes): string | undefined => {
  const { type } = schema._zod.def;
  if (type === 'string' || type === 'number' || type === 'boolean' || type === 'array' || type === 'object')
    return type;
  if (type === 'enum' || type === 'literal') {
    const kinds = new Set([...(schema._zod.values ?? [])].map(kindOfValue));
    return kinds.size === 1 ? [...kinds][0] : undefined;
  }
  return undefined;
};

const hasLength = (value: unknown): value is { length: number } =>
  typeof value === 'string' || Array.isArray(value);

function checkOf(def: CheckDef, path: string, unsupported: string[]): Predicate<unknown> {
  switch (def.check) {
    case 'min_length':
      return (value) => hasLength(value) && value.length >= def.minimum;
    case 'max_length':
      return (value) => hasLength(value) && value.length <= def.maximum;
    case 'length_equals':
      return (value) => hasLength(value) && value.length === def.length;
    case 'greater_than':
      if (typeof def.value !== 'number') break;
      return def.inclusive
        ? (value) => (value as number) >= (def.value as number)
        : (value) => (value as number) > (def.value as number);
    case 'less_than':
      if (typeof def.value !== 'number') break;
      return def.inclusive
        ? (value) => (value as number) <= (def.value as number)
        : (value) => (value as number) < (def.value as number);
    case 'number_format':
      if (def.format !== 'safeint') break;
      return (value) => Number.isSafeInteger(value);
    case 'string_format':
      return stringFormat(def, path, unsupported) as Predicate<unknown>;
    // trim, toLowerCase: a value they would change is not as stored.
    case 'overwrite':
      return (value) => def.tx(value) === value;
    case 'custom': {
      // A refine's predicate only says yes or no; a superRefine's check would need zod's context.
      const { fn } = def as { fn?: (value: unknown) => unknown };
      if (!fn) break;
      return (value) => {
        const verdict = fn(value);
        return Boolean(verdict) && !(verdict instanceof Promise);
      };
    }
  }
  unsupported.push(`${path}: check ${def.check}${'format' in def ? ` ${def.format}` : ''}`);
  return never;
}

// Formats whose pattern is the whole check, as zod runs them.
const PATTERN_FORMATS = new Set(['regex', 'email', 'uuid', 'guid']);

function stringFormat(
  def: z.core.$ZodCheckStringFormatDef & { fn?: (value: string) => unknown },
  path: string,
  unsupported: string[],
): Predicate<string> {
  if (def.fn) {
    const { fn } = def;
    return (value) => Boolean(fn(value));
  }
  const { pattern } = def;
  if (pattern && PATTERN_FORMATS.has(def.format)) {
    return (value) => {
      pattern.lastIndex = 0;
      return pattern.test(value);
    };
  }
  if (def.format === 'lowercase') return (value) => value === value.toLowerCase();
  unsupported.push(`${path}: string format ${def.format}`);
  return never;
}
