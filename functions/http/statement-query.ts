import * as z from 'zod';
import { Instant } from '../../events/instant.js';

/** `asOf` for statements: what had been recorded by that instant (default: now). */
export const AsOfQuery = z.strictObject({ asOf: Instant.optional() });

export const StatementQuery = AsOfQuery.extend({
  format: z.enum(['json', 'csv', 'pdf'], { message: "must be 'json', 'csv' or 'pdf'" }).default('json'),
});
