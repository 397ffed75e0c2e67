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
 *
 * The check is generated as the source of one function, as zod compiles its own parsers: each
 * field is then read by its name, which is several times faster than walking the schema per value.
 * Only names and numbers from the schema are written into that source, never a value being read.
 */
export type CompiledCheck = { check: CanonicalCheck; unsupported: string[] };

export function compileCanonicalCheck(schema: z.ZodType): CompiledCheck {
  const source = new CheckSource();
  const body = source.node(schema as unknown as Schema, 'value', '(root)');
  const names = source.constants.map((_, index) => `c${index}`).join(', ');
  const build = new Function(
    'constants',
    `const [${names}] = constants;\nreturn (value) => {\n${body}return true;\n};`,
  );
  return { check: build(source.constants) as CanonicalCheck, unsupported: source.unsupported };
}

type Schema = z.core.$ZodTypes;
type CheckDef = (z.core.$ZodChecks | z.core.$ZodCustom)['_zod']['def'];
type FormatDef = z.core.$ZodCheckStringFormatDef & { fn?: (value: string) => unknown };

const FAIL = 'return false;';

// zod counts a string's length in code points (a character beyond U+FFFF, two UTF-16 units, is
// one), an array's in items: the same here, with the count of units where no surrogate is.
const SURROGATE = /[\uD800-\uDFFF]/;
const lengthOf = (value: string | unknown[]) =>
  typeof value === 'string' && SURROGATE.test(value) ? [...value].length : value.length;

// Formats whose pattern is the whole check, as zod runs them.
const PATTERN_FORMATS = new Set(['regex', 'email', 'uuid', 'guid']);

const isObject = (v: string) => `typeof ${v} !== 'object' || ${v} === null || Array.isArray(${v})`;

/** A number from a schema, as source: bounds are finite numbers; anything else is not modelled. */
const numeral = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

/** The statements of a check: each returns false as soon as the value is not as written. */
class CheckSource {
  readonly constants: unknown[] = [];
  readonly unsupported: string[] = [];
  private variables = 0;

  constant(value: unknown): string {
    const known = this.constants.indexOf(value);
    return `c${known >= 0 ? known : this.constants.push(value) - 1}`;
  }

  variable(): string {
    return `v${this.variables++}`;
  }

  refuse(path: string, feature: string): string {
    this.unsupported.push(`${path}: ${feature}`);
    return FAIL;
  }

  node(schema: Schema, v: string, path: string): string {
    // Instants are read far more often than anything else: checked by hand, without zod's pipe.
    if ((schema as unknown) === Instant) {
      return `if (typeof ${v} !== 'string' || !${this.constant(isCanonicalInstant)}(${v})) ${FAIL}\n`;
    }
    const def = schema._zod.def;
    if ('coerce' in def && def.coerce) return this.refuse(path, `coercion to ${def.type}`);
    const checks = (def.checks ?? []).map((check) =>
      this.check(check._zod.def as CheckDef, v, `${path} (${check._zod.def.check})`),
    );
    return this.base(schema, v, path) + checks.join('');
  }

  private base(schema: Schema, v: string, path: string): string {
    const def = schema._zod.def;
    switch (def.type) {
      case 'string': {
        // A string format (email, uuid) is its own first check.
        const format = 'format' in def && def.format ? this.format(def as unknown as FormatDef, v, path) : '';
        return `if (typeof ${v} !== 'string') ${FAIL}\n${format}`;
      }
      case 'number':
        return `if (typeof ${v} !== 'number' || !Number.isFinite(${v})) ${FAIL}\n`;
      case 'boolean':
        return `if (typeof ${v} !== 'boolean') ${FAIL}\n`;
      case 'unknown':
      case 'any':
        return '';
      case 'enum':
      case 'literal':
        return `if (!${this.constant(schema._zod.values)}.has(${v})) ${FAIL}\n`;
      case 'optional':
        return `if (${v} !== undefined) {\n${this.node(def.innerType as Schema, v, path)}}\n`;
      // A stored value that is missing would be filled in: not as written, so zod reads it.
      case 'default':
        return this.node(def.innerType as Schema, v, path);
      case 'pipe':
        return this.node(def.in as Schema, v, path) + this.node(def.out as Schema, v, path);
      case 'array': {
        const element = this.variable();
        const check = this.node(def.element as Schema, element, `${path}[]`);
        return `if (!Array.isArray(${v})) ${FAIL}\nfor (const ${element} of ${v}) {\n${check}}\n`;
      }
      case 'object':
        return this.object(def.shape, v, path);
      case 'record':
        return this.record(def, v, path);
      case 'union':
        return 'discriminator' in def && typeof def.discriminator === 'string'
          ? this.discriminatedUnion(def.options, def.discriminator, v, path)
          : this.union(def.options, v, path);
      default:
        return this.refuse(path, `zod type ${def.type}`);
    }
  }

  /**
   * The keys of the shape and no other (zod refuses the others, or strips them: either way not as
   * stored), each as its schema wants it; every key present but those that may be left out.
   */
  private object(shape: z.core.$ZodShape, v: string, path: string): string {
    const count = this.variable();
    const fields = Object.entries(shape).map(([key, schema]) => {
      const field = this.variable();
      const name = JSON.stringify(key);
      const check = this.node(schema as Schema, field, `${path}.${key}`);
      const read = `const ${field} = ${v}[${name}];\n`;
      return schema._zod.def.type === 'optional'
        ? `${read}if (${field} !== undefined || Object.hasOwn(${v}, ${name})) {\n${check}${count}++;\n}\n`
        : `${read}${check}${count}++;\n`;
    });
    // A key counted above but not in the value (one read from its prototype) leaves a difference too.
    return [
      `if (${isObject(v)}) ${FAIL}\nlet ${count} = 0;\n`,
      ...fields,
      `for (const _ in ${v}) ${count}--;\nif (${count} !== 0) ${FAIL}\n`,
    ].join('');
  }

  private record(def: z.core.$ZodRecordDef, v: string, path: string): string {
    if (def.keyType._zod.def.type !== 'string') return this.refuse(path, 'record keys other than strings');
    const [key, entry] = [this.variable(), this.variable()];
    // zod would set the prototype of its copy at __proto__, not a key.
    return [
      `if (${isObject(v)}) ${FAIL}\n`,
      `for (const ${key} in ${v}) {\nif (${key} === '__proto__') ${FAIL}\n`,
      this.node(def.keyType as Schema, key, `${path}{key}`),
      `const ${entry} = ${v}[${key}];\n`,
      this.node(def.valueType as Schema, entry, `${path}{}`),
      '}\n',
    ].join('');
  }

  /** zod picks the option by the discriminator's value: so does this. */
  private discriminatedUnion(
    options: readonly z.core.$ZodType[],
    discriminator: string,
    v: string,
    path: string,
  ): string {
    const cases = options.map((option) => {
      const values = [...(option._zod.propValues?.[discriminator] ?? [])];
      if (values.length === 0 || !values.every((value) => typeof value === 'string')) {
        return this.refuse(path, `discriminated union option without a literal ${discriminator}`);
      }
      const labels = values.map((value) => `case ${JSON.stringify(value)}:\n`).join('');
      return `${labels}{\n${this.node(option as Schema, v, `${path}<${values.join('|')}>`)}break;\n}\n`;
    });
    if (cases.includes(FAIL)) return FAIL;
    return `if (${isObject(v)}) ${FAIL}\nswitch (${v}[${JSON.stringify(discriminator)}]) {\n${cases.join('')}default:\n${FAIL}\n}\n`;
  }

  /**
   * zod answers with the first option that accepts: options of different kinds (a string or a
   * number) cannot both accept a value, so the one of the value's kind decides. Others are not modelled.
   */
  private union(options: readonly z.core.$ZodType[], v: string, path: string): string {
    const kinds = options.map((option) => kindOf(option as Schema));
    if (kinds.some((kind) => kind === undefined) || new Set(kinds).size !== kinds.length) {
      return this.refuse(path, 'union of options of the same kind');
    }
    const branches = options.map(
      (option, index) =>
        `if (${KIND_TESTS[kinds[index] as Kind](v)}) {\n${this.node(option as Schema, v, `${path}|${kinds[index]}`)}}`,
    );
    return `${branches.join(' else ')} else ${FAIL}\n`;
  }

  private check(def: CheckDef, v: string, path: string): string {
    switch (def.check) {
      case 'min_length':
        return `if (${this.constant(lengthOf)}(${v}) < ${def.minimum}) ${FAIL}\n`;
      case 'max_length':
        return `if (${this.constant(lengthOf)}(${v}) > ${def.maximum}) ${FAIL}\n`;
      case 'length_equals':
        return `if (${this.constant(lengthOf)}(${v}) !== ${def.length}) ${FAIL}\n`;
      case 'greater_than': {
        const bound = numeral(def.value);
        if (bound === undefined) break;
        return `if (!(${v} ${def.inclusive ? '>=' : '>'} ${bound})) ${FAIL}\n`;
      }
      case 'less_than': {
        const bound = numeral(def.value);
        if (bound === undefined) break;
        return `if (!(${v} ${def.inclusive ? '<=' : '<'} ${bound})) ${FAIL}\n`;
      }
      case 'number_format':
        if (def.format !== 'safeint') break;
        return `if (!Number.isSafeInteger(${v})) ${FAIL}\n`;
      case 'string_format':
        return this.format(def, v, path);
      // trim, toLowerCase: a value they would change is not as stored.
      case 'overwrite':
        return `if (${this.constant(def.tx)}(${v}) !== ${v}) ${FAIL}\n`;
      case 'custom': {
        // A refine's predicate only says yes or no; a superRefine's check would need zod's context.
        const { fn } = def as { fn?: unknown };
        if (typeof fn !== 'function') break;
        const verdict = this.variable();
        return `const ${verdict} = ${this.constant(fn)}(${v});\nif (!${verdict} || ${verdict} instanceof Promise) ${FAIL}\n`;
      }
    }
    return this.refuse(path, `check ${def.check}${'format' in def ? ` ${def.format}` : ''}`);
  }

  private format(def: FormatDef, v: string, path: string): string {
    if (def.fn) return `if (!${this.constant(def.fn)}(${v})) ${FAIL}\n`;
    const { pattern } = def;
    if (pattern && PATTERN_FORMATS.has(def.format)) {
      const regex = this.constant(pattern);
      const reset = pattern.global || pattern.sticky ? `${regex}.lastIndex = 0;\n` : '';
      return `${reset}if (!${regex}.test(${v})) ${FAIL}\n`;
    }
    if (def.format === 'lowercase') return `if (${v} !== ${v}.toLowerCase()) ${FAIL}\n`;
    return this.refuse(path, `string format ${def.format}`);
  }
}

type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object';

const KIND_TESTS: Record<Kind, (v: string) => string> = {
  string: (v) => `typeof ${v} === 'string'`,
  number: (v) => `typeof ${v} === 'number'`,
  boolean: (v) => `typeof ${v} === 'boolean'`,
  array: (v) => `Array.isArray(${v})`,
  object: (v) => `!(${isObject(v)})`,
};

const kindOfValue = (value: unknown) => (Array.isArray(value) ? 'array' : typeof value);

function kindOf(schema: Schema): Kind | undefined {
  const { type } = schema._zod.def;
  if (type in KIND_TESTS) return type as Kind;
  if (type === 'enum' || type === 'literal') {
    const kinds = new Set([...(schema._zod.values ?? [])].map(kindOfValue));
    const [kind] = kinds;
    return kinds.size === 1 && kind !== undefined && kind in KIND_TESTS ? (kind as Kind) : undefined;
  }
  return undefined;
}
