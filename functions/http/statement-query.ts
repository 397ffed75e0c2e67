import * as z from 'zod';
import { Instant } from '../../events/instant.js';
import type { Logger } from '../logging/logger.js';

/** `asOf` for statements: what had been recorded by that instant (default: now). */
export const AsOfQuery = z.strictObject({ asOf: Instant.optional() });

export const StatementQuery = AsOfQuery.extend({
  format: z.enum(['json', 'csv', 'pdf'], { message: "must be 'json', 'csv' or 'pdf'" }).default('json'),
});

/** A paid statement that no longer replays to its digest is logged as an error for the operators. */
export const reportChangedStatement = (logger: Logger) => (problem: Error) =>
  logger.error('A paid statement no longer matches its digest', { problem: problem.message });
