import type { z } from 'zod';

/**
 * One event type of the catalog: its name, the version of its data schema, the schema itself,
 * the stream it belongs to and, where a projection reads it across streams, its index key.
 */
export type EventDefinition<Type extends string = string, Schema extends z.ZodType = z.ZodType> = {
  readonly type: Type;
  readonly schemaVersion: number;
  readonly data: Schema;
  readonly streamOf: (data: z.output<Schema>) => string;
  /** When it happened in the business (a sale's soldAt), which may precede when it was recorded. */
  readonly occurredAtOf: (data: z.output<Schema>) => string;
  readonly indexOf?: (data: z.output<Schema>) => string;
  /** Upcasters from each older schema version to the next one: `{ 1: (v1) => v2 }`. */
  readonly upcasters?: Readonly<Record<number, (data: Record<string, unknown>) => Record<string, unknown>>>;
};

export const defineEvent = <Type extends string, Schema extends z.ZodType>(
  definition: EventDefinition<Type, Schema>,
): EventDefinition<Type, Schema> => definition;

/** The event as the domain sees it: its type and its parsed data. */
export type EventOf<D> =
  D extends EventDefinition<infer Type, infer Schema> ? { type: Type; data: z.output<Schema> } : never;
