import * as z from 'zod';
import { Text } from '../../events/fields.js';
import { FraudFlagRaised } from '../../events/fraud.js';
import { Instant } from '../../events/instant.js';

/** A fraud flag as finance reads it: as raised, and where its review stands. */
export const FraudFlagJson = FraudFlagRaised.data.extend({
  status: z.enum(['open', 'cleared', 'confirmed']),
  review: z.strictObject({ note: Text(1000), reviewedAt: Instant }).optional(),
});
