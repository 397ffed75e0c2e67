import type { z } from 'zod';
import { fieldIssues, RequestValidationError } from './error-response.js';

export type RequestPart = 'body' | 'query' | 'path';

/** Parses one part of a request, or refuses it with every wrong field named (400). */
export function parseRequest<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  part: RequestPart,
): z.output<Schema> {
  const parsed = schema.safeParse(value ?? (part === 'body' ? undefined : {}));
  if (!parsed.success) throw new RequestValidationError(fieldIssues(parsed.error, part));
  return parsed.data;
}
